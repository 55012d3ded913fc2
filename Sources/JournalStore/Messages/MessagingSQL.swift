import GRDB
import JournalCore

/// Who teaches or heads whom, in SQL: the one place that says it for the
/// messages' rights. A teacher teaches a student when a timetable row of
/// theirs, not ended before `today`, is for the student's class (a part
/// group of it included) or for a group the student belongs to; a class
/// teacher heads the students of their class. Stays and memberships count
/// unless they ended before `today`.
enum MessagingSQL {
    /// The classes a student is in (or will be in), as a subquery.
    static func classesOf(_ student: String, _ today: String) -> String {
        "SELECT e.class_id FROM enrollment e WHERE e.student_id = \(student) AND (e.to_day IS NULL OR e.to_day >= \(today))"
    }

    static func groupsOf(_ student: String, _ today: String) -> String {
        "SELECT gm.group_id FROM group_member gm WHERE gm.student_id = \(student) AND (gm.to_day IS NULL OR gm.to_day >= \(today))"
    }

    /// Account `teacher` teaches or heads student `student` (columns or parameters).
    static func teachesOrHeads(_ teacher: String, _ student: String, _ today: String) -> String {
        """
        (EXISTS (SELECT 1 FROM timetable t WHERE t.teacher_id = \(teacher) AND (t.valid_to IS NULL OR t.valid_to >= \(today))
                   AND (t.class_id IN (\(classesOf(student, today))) OR t.group_id IN (\(groupsOf(student, today)))))
         OR EXISTS (SELECT 1 FROM class c WHERE c.homeroom_id = \(teacher) AND c.id IN (\(classesOf(student, today)))))
        """
    }

    /// The facts `Permissions.mayMessage` decides on, for one sender and one recipient.
    static func facts(_ db: Database, from sender: AccountRow, to recipient: AccountRow, today: SchoolDate) throws -> MessagingFacts {
        let row = try Row.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM guardian g WHERE g.parent_id = ?1 AND \(teachesOrHeads("?2", "g.student_id", "?3"))),
                   EXISTS (SELECT 1 FROM student s WHERE s.account_id = ?1 AND \(teachesOrHeads("?2", "s.id", "?3"))),
                   EXISTS (SELECT 1 FROM guardian g WHERE g.parent_id = ?2 AND \(teachesOrHeads("?1", "g.student_id", "?3"))),
                   EXISTS (SELECT 1 FROM student s WHERE s.account_id = ?2 AND \(teachesOrHeads("?1", "s.id", "?3")))
            """, arguments: [sender.id, recipient.id, today])
        return MessagingFacts(senderRoles: sender.roleList, recipientRoles: recipient.roleList,
                              recipientTeachesSendersChild: row?[0] ?? false, recipientTeachesSender: row?[1] ?? false,
                              senderTeachesRecipientsChild: row?[2] ?? false, senderTeachesRecipient: row?[3] ?? false)
    }

    /// Whether `sender` may write to `recipient` now (a disabled account receives nothing).
    static func mayMessage(_ db: Database, from sender: AccountRow, to recipient: AccountRow, today: SchoolDate) throws -> Bool {
        guard !recipient.disabled, sender.id != recipient.id else { return false }
        return Permissions.mayMessage(try facts(db, from: sender, to: recipient, today: today))
    }

    /// Whether two people may be in one thread: one of them may write to the
    /// other, so the other may answer. Two families never may.
    static func mayShareThread(_ db: Database, _ a: AccountRow, _ b: AccountRow, today: SchoolDate) throws -> Bool {
        guard !a.disabled, !b.disabled else { return false }
        return try mayMessage(db, from: a, to: b, today: today) || mayMessage(db, from: b, to: a, today: today)
    }

    /// The words of a refusal to write to `name`, with the rule that applies to the sender.
    static func refusal(to name: String, senderRoles roles: [Role]) -> JournalError {
        let rule: Phrase
        if Permissions.isStaff(roles) {
            rule = Phrase(ru: "сотрудники пишут коллегам, своим ученикам и их родителям",
                          en: "staff write to colleagues, their own students and their parents")
        } else if roles.contains(.parent) {
            rule = Phrase(ru: "родители пишут учителям своих детей",
                          en: "parents write only to their children's teachers and class teacher")
        } else {
            rule = Phrase(ru: "ученики пишут только своим учителям", en: "students write only to their own teachers")
        }
        return .forbidden(Phrase(ru: "писать «\(name)» нельзя: " + rule.ru, en: "you may not write to \(name): " + rule.en))
    }

    /// Staff roles in the `roles` column (`teacher;deputy`), as an SQL condition on `a`.
    static let staffCondition = "(';' || a.roles || ';' GLOB '*;admin;*' OR ';' || a.roles || ';' GLOB '*;deputy;*' OR ';' || a.roles || ';' GLOB '*;director;*' OR ';' || a.roles || ';' GLOB '*;teacher;*' OR ';' || a.roles || ';' GLOB '*;secretary;*')"

    static func hasRole(_ role: String, _ column: String = "a.roles") -> String {
        "';' || \(column) || ';' GLOB '*;\(role);*'"
    }
}
