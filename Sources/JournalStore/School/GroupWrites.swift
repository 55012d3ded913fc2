import GRDB
import JournalCore

/// Teaching groups and their members. A supervisor creates a group (it is part
/// of the timetable's structure); the secretary, the deputy or the
/// administrator keeps its members, as they keep the class history.
extension AppDatabase {
    /// A new group with bundle id `code`. A `part` group needs its class, a
    /// `mixed` group has none; an `extra` group may name one.
    public func addGroup(code: String, name: String, kind: GroupKind, classCode: String?, subjectCode: String?,
                         grading: GroupGrading, by requester: Requester) throws {
        try administration(by: requester, refusal: Phrase(ru: "группы создаёт завуч или администратор",
                                                          en: "only the deputy or the administrator creates groups"),
                           Permissions.mayManageSchedule) { ctx in
            let code = code.trimmingSpaces
            guard !code.isEmpty, !code.contains(where: \.isWhitespace) else {
                throw JournalError.emptyValue(field: Phrase(ru: "код группы (без пробелов)", en: "group code (without spaces)"))
            }
            guard let name = normalizedText(name) else {
                throw JournalError.emptyValue(field: Phrase(ru: "название группы (--name)", en: "group name (--name)"))
            }
            guard try GroupID.fetchOne(ctx.db, sql: "SELECT id FROM teaching_group WHERE code = ?", arguments: [code]) == nil else {
                throw JournalError.conflict(Phrase(ru: "группа «\(code)» уже есть", en: "group \"\(code)\" exists already"))
            }
            let classID = try Self.groupClass(ctx.db, classCode, kind: kind)
            let subjectID = try subjectCode.map { try SchoolReferences.subject(ctx.db, $0) }
            try ctx.db.execute(sql: """
                INSERT INTO teaching_group (code, name, kind, class_id, subject_id, grading) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [code, name, kind.rawValue, classID, subjectID, grading.rawValue])
            try ctx.audit(AuditEntry(action: .insert, table: "teaching_group", rowID: ctx.db.lastInsertedRowID,
                                     new: ["code": code, "name": name, "kind": kind.rawValue, "class": classCode,
                                           "subject": subjectCode, "grading": grading.rawValue]))
        }
    }

    /// Students join the group from `from` (through `to`, or open-ended), in
    /// one action. A `part` group takes only students of its class on `from`,
    /// and their membership ends when their stay in the class does.
    public func addGroupMembers(group code: String, students: [String], from: SchoolDate, to: SchoolDate?,
                                by requester: Requester) throws {
        try membershipChange(by: requester) { ctx in
            if let to, to < from {
                throw JournalError.conflict(Phrase(ru: "дата окончания \(to.russian) раньше начала \(from.russian)",
                                                   en: "the end \(to.iso) is before the start \(from.iso)"))
            }
            let group = try GroupQueries.group(ctx.db, code: code)
            try ctx.checkPeriodsOpen(from: from, to: to)
            for studentCode in students {
                let student = try SchoolReferences.student(ctx.db, studentCode)
                let end = try Self.membershipEnd(ctx.db, group, student, from: from, to: to)
                try Self.checkNoOverlap(ctx.db, group, student, from: from, to: end)
                try ctx.db.execute(sql: "INSERT INTO group_member (group_id, student_id, from_day, to_day) VALUES (?, ?, ?, ?)",
                                   arguments: [group.audience.groupID, student.id, from, end])
                try ctx.audit(AuditEntry(action: .insert, table: "group_member", rowID: ctx.db.lastInsertedRowID, studentID: student.id,
                                         new: ["group": code, "from": from.iso, "to": end?.iso]))
            }
        }
    }

    /// Students leave the group from `date` on: their memberships end the day
    /// before (those beginning on or after it are removed).
    public func removeGroupMembers(group code: String, students: [String], from date: SchoolDate,
                                   by requester: Requester) throws {
        try membershipChange(by: requester) { ctx in
            let group = try GroupQueries.group(ctx.db, code: code)
            guard let groupID = group.audience.groupID else { return }
            for studentCode in students {
                let student = try SchoolReferences.student(ctx.db, studentCode)
                let ended = try MembershipEnd.end(ctx, student: student.id, from: date, groups: "gm.group_id = \(groupID.rawValue)")
                guard ended > 0 else {
                    throw JournalError.conflict(Phrase(
                        ru: "ученик \(student.fullName) не состоит в группе «\(group.groupName ?? code)» с \(date.russian)",
                        en: "\(student.fullName) is not a member of \"\(code)\" from \(date.iso)"))
                }
                try RosterChangeCheck.checkNoEntryLeftBehind(ctx.db, student: student.id, fullName: student.fullName, from: date)
            }
        }
    }

    private func membershipChange(by requester: Requester, _ body: (AdministrationContext) throws -> Void) throws {
        try administration(by: requester, refusal: Phrase(ru: "состав групп ведёт секретарь, завуч или администратор",
                                                          en: "only the secretary, the deputy or the administrator keeps group members"),
                           Permissions.mayKeepStudentLists, body)
    }

    /// The class a new group belongs to, checked against its kind.
    private static func groupClass(_ db: Database, _ classCode: String?, kind: GroupKind) throws -> ClassID? {
        switch (kind.classRule, classCode) {
        case (.required, nil):
            throw JournalError.emptyValue(field: Phrase(ru: "класс группы вида part (--class)", en: "the class of a part group (--class)"))
        case (.forbidden, _?):
            throw JournalError.conflict(Phrase(ru: "группа вида mixed объединяет несколько классов: класс не указывается",
                                               en: "a mixed group spans classes: it has no class"))
        default:
            return try classCode.map { try SchoolReferences.schoolClass(db, $0).id }
        }
    }

    /// When a new membership ends: as asked, and for a `part` group no later
    /// than the student's stay in its class, which must cover `from`.
    private static func membershipEnd(_ db: Database, _ group: AudienceFacts, _ student: (id: StudentID, fullName: String),
                                      from: SchoolDate, to: SchoolDate?) throws -> SchoolDate? {
        guard let kind = try String.fetchOne(db, sql: "SELECT kind FROM teaching_group WHERE id = ?", arguments: [group.audience.groupID]),
              kind == GroupKind.part.rawValue, let classID = group.classID else { return to }
        guard let stay = try StayRow.all(db, student.id).first(where: { $0.classID == classID && $0.span.contains(from) }) else {
            throw JournalError.conflict(Phrase(
                ru: "ученик \(student.fullName) не в классе «\(group.className ?? "")» на \(from.russian): в его группу не записать",
                en: "\(student.fullName) is not in class \"\(group.className ?? "")\" on \(from.iso): cannot join its group"))
        }
        guard let stayEnd = stay.to else { return to }
        return to.map { min($0, stayEnd) } ?? stayEnd
    }

    private static func checkNoOverlap(_ db: Database, _ group: AudienceFacts, _ student: (id: StudentID, fullName: String),
                                       from: SchoolDate, to: SchoolDate?) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT gm.from_day, gm.to_day FROM group_member gm
            WHERE gm.group_id = ? AND gm.student_id = ? AND \(ClassHistorySQL.overlaps("gm", from: "?", to: "ifnull(?, 2147483647)"))
            LIMIT 1
            """, arguments: [group.audience.groupID, student.id, to, from]) else { return }
        let span = DaySpan(from: row["from_day"], to: row["to_day"])
        let until = span.to.map { " по \($0.russian)" } ?? ""
        throw JournalError.conflict(Phrase(
            ru: "ученик \(student.fullName) уже в группе «\(group.groupName ?? "")» с \(span.from.russian)\(until)",
            en: "\(student.fullName) is already in the group \"\(group.groupName ?? "")\" from \(span.from.iso)"))
    }
}

/// Ends group memberships when a student leaves a group, moves out of a class
/// or leaves the school: a membership covering the date ends the day before,
/// one beginning on or after it is removed.
enum MembershipEnd {
    /// The memberships of the `part` groups of class `partGroupsOf`, or of
    /// every group when nil.
    static func end(_ ctx: AdministrationContext, student: StudentID, from date: SchoolDate, partGroupsOf classID: ClassID?) throws {
        let groups = classID.map { "gm.group_id IN (SELECT id FROM teaching_group WHERE kind = 'part' AND class_id = \($0.rawValue))" }
        try end(ctx, student: student, from: date, groups: groups ?? "1")
    }

    /// `groups`: a condition on `gm` (ids are written in, never user text).
    /// Returns how many memberships changed.
    @discardableResult
    static func end(_ ctx: AdministrationContext, student: StudentID, from date: SchoolDate, groups: String) throws -> Int {
        let rows = try Row.fetchAll(ctx.db, sql: """
            SELECT gm.id, g.code, gm.from_day, gm.to_day FROM group_member gm JOIN teaching_group g ON g.id = gm.group_id
            WHERE gm.student_id = ? AND (gm.to_day IS NULL OR gm.to_day >= ?) AND \(groups)
            """, arguments: [student, date])
        for r in rows {
            let id: Int64 = r["id"], from: SchoolDate = r["from_day"], to: SchoolDate? = r["to_day"]
            let old: [String: String?] = ["group": r["code"], "from": from.iso, "to": to?.iso]
            if from >= date {
                try ctx.db.execute(sql: "DELETE FROM group_member WHERE id = ?", arguments: [id])
                try ctx.audit(AuditEntry(action: .delete, table: "group_member", rowID: id, studentID: student, old: old))
            } else {
                let last = date.adding(days: -1)
                try ctx.db.execute(sql: "UPDATE group_member SET to_day = ? WHERE id = ?", arguments: [last, id])
                try ctx.audit(AuditEntry(action: .update, table: "group_member", rowID: id, studentID: student,
                                         old: old, new: ["to": last.iso]))
            }
        }
        return rows.count
    }
}
