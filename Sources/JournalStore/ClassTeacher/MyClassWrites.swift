import GRDB
import JournalCore

/// A notice ready to send: about whom, and its words as previewed.
public struct NoticeDraft: Hashable, Sendable {
    public var student: StudentID
    public var text: String

    public init(student: StudentID, text: String) {
        self.student = student
        self.text = text
    }
}

extension AppDatabase {
    /// Excuses a student's absences without a reason («н» → «уп») on the days
    /// `from`...`to`, with the note of the document («справка № …»): one
    /// transaction, one audit row per lesson. Only the homeroom teacher of
    /// the class the student was in on each of those days (or the admin) may;
    /// a day in a closed period refuses the whole range. Returns how many
    /// lessons were excused.
    @discardableResult
    public func excuseAbsences(of student: StudentID, from: SchoolDate, to: SchoolDate, note: String,
                               by user: ActingUser) throws -> Int {
        let note = NoticeText.clean(note).trimmingSpaces
        guard !note.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "документ (справка № …)", en: "document (note no. …)")) }
        guard from <= to else { throw JournalError.invalidDate("\(from.russian)–\(to.russian)") }
        guard to.dayNumber - from.dayNumber <= 366 else { throw JournalError.invalidDate("\(from.russian)–\(to.russian)") }
        return try write { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.lesson_id, l.day, c.id AS class_id FROM attendance a JOIN lesson l ON l.id = a.lesson_id
                LEFT JOIN class c ON c.id = \(ClassHistorySQL.classOn("a.student_id", "l.day"))
                WHERE a.student_id = ? AND a.code = 'н' AND l.day BETWEEN ? AND ? AND l.cancelled = 0
                ORDER BY l.day, l.lesson_number
                """, arguments: [student, from, to])
            let guardian = ClassTeacherGuard(db: db, user: user)
            var actor = try AccessCheck.account(db, user)
            let classes = Set(rows.map { $0["class_id"] as ClassID? })
            if classes.isEmpty, let latest = try ClassID.fetchOne(db, sql: "SELECT \(ClassHistorySQL.latestClass("?"))", arguments: [student]) {
                actor = try guardian.checkMayKeep(latest)
            }
            for classID in classes {
                guard let classID else { throw JournalError.forbidden(Phrase(ru: "это не ваш ученик", en: "this is not your student")) }
                actor = try guardian.checkMayKeep(classID)
            }
            let now = try now(db)
            for row in rows {
                try PeriodLocks.checkOpen(db, on: row["day"])
                let lesson: LessonID = row["lesson_id"]
                try db.execute(sql: "UPDATE attendance SET code = 'уп', note = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                               arguments: [note, now, actor.id, row["id"] as Int64])
                try AuditLog.append(AuditEntry(action: .update, table: "attendance", rowID: row["id"], lessonID: lesson, studentID: student,
                                               old: ["code": "н"], new: ["code": "уп", "note": note]), at: now, actor: actor.id, in: db)
                try LessonStats.refresh(db, lesson: lesson)
            }
            return rows.count
        }
    }

    /// Keeps a pupil's or a parent's contacts and consent date current:
    /// the class teacher of the pupil's class (of one of the parent's
    /// children), the secretary and the admin. Audited with old and new values.
    public func saveContact(_ contact: PersonContact, of owner: ContactOwner, by user: ActingUser) throws {
        let clean = PersonContact(phone: normalizedText(contact.phone.map(NoticeText.clean)),
                                  email: normalizedText(contact.email.map(NoticeText.clean)),
                                  address: normalizedText(contact.address.map(NoticeText.clean)), consentDate: contact.consentDate)
        try write { db in
            let account = try AccessCheck.account(db, user)
            let (column, id, studentID, accountID): (String, Int64, StudentID?, AccountID?)
            let isHomeroom: Bool
            switch owner {
            case .student(let student):
                (column, id, studentID, accountID) = ("student_id", student.rawValue, student, nil)
                isHomeroom = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM class c WHERE c.id = \(ClassHistorySQL.latestClass("?1")) AND c.homeroom_id = ?2)
                    """, arguments: [student, user.accountID]) ?? false
            case .parent(let parent):
                (column, id, studentID, accountID) = ("account_id", parent.rawValue, nil, parent)
                isHomeroom = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM guardian g JOIN class c ON c.id = \(ClassHistorySQL.latestClass("g.student_id"))
                                   WHERE g.parent_id = ?1 AND c.homeroom_id = ?2)
                    """, arguments: [parent, user.accountID]) ?? false
            }
            guard Permissions.mayKeepContacts(roles: account.roleList, isHomeroom: isHomeroom) else {
                throw JournalError.forbidden(Phrase(ru: "контакты ведёт классный руководитель, секретарь или администратор",
                                                    en: "contacts are kept by the class teacher, the secretary or the admin"))
            }
            let old = try Row.fetchOne(db, sql: "SELECT * FROM contact WHERE \(column) = ?", arguments: [id])
            let now = try now(db)
            if let old {
                try db.execute(sql: """
                    UPDATE contact SET phone = ?, email = ?, address = ?, consent_day = ?, updated_at = ?, updated_by = ? WHERE id = ?
                    """, arguments: [clean.phone, clean.email, clean.address, clean.consentDate, now, account.id, old["id"] as Int64])
            } else {
                try db.execute(sql: """
                    INSERT INTO contact (\(column), phone, email, address, consent_day, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, clean.phone, clean.email, clean.address, clean.consentDate, now, account.id])
            }
            try AuditLog.append(AuditEntry(action: old == nil ? .insert : .update, table: "contact",
                                           rowID: old?["id"] ?? db.lastInsertedRowID, studentID: studentID, accountID: accountID,
                                           old: old.map { ContactRows.values(ContactRows.contact($0)) }, new: ContactRows.values(clean)),
                                at: now, actor: account.id, in: db)
        }
    }

    /// Adds (no id) or changes an event of the class; audited.
    @discardableResult
    public func saveClassEvent(_ event: ClassEvent, in classID: ClassID, by user: ActingUser) throws -> ClassEvent {
        let title = NoticeText.clean(event.title).trimmingSpaces
        guard !title.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "название события", en: "event title")) }
        var saved = event
        saved.title = String(title.prefix(200))
        saved.place = normalizedText(event.place.map(NoticeText.clean)).map { String($0.prefix(200)) }
        return try write { db in
            let actor = try ClassTeacherGuard(db: db, user: user).checkMayKeep(classID)
            let now = try now(db)
            var old: ClassEvent?
            if let id = event.id {
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM class_event WHERE id = ? AND class_id = ?", arguments: [id, classID]) else {
                    throw JournalError.notFound(Phrase(ru: "событие", en: "event"))
                }
                old = ClassEventRows.event(row)
                try db.execute(sql: """
                    UPDATE class_event SET day = ?, start_min = ?, title = ?, place = ?, updated_at = ?, updated_by = ? WHERE id = ?
                    """, arguments: [saved.date, saved.time?.minutes, saved.title, saved.place, now, actor.id, id])
            } else {
                try db.execute(sql: """
                    INSERT INTO class_event (class_id, day, start_min, title, place, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [classID, saved.date, saved.time?.minutes, saved.title, saved.place, now, actor.id])
                saved.id = db.lastInsertedRowID
            }
            try AuditLog.append(AuditEntry(action: old == nil ? .insert : .update, table: "class_event", rowID: saved.id,
                                           old: old.map(Self.eventValues), new: Self.eventValues(saved)), at: now, actor: actor.id, in: db)
            return saved
        }
    }

    /// Deletes an event of the class; audited.
    public func deleteClassEvent(_ id: Int64, in classID: ClassID, by user: ActingUser) throws {
        try write { db in
            let actor = try ClassTeacherGuard(db: db, user: user).checkMayKeep(classID)
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM class_event WHERE id = ? AND class_id = ?", arguments: [id, classID]) else {
                throw JournalError.notFound(Phrase(ru: "событие", en: "event"))
            }
            try db.execute(sql: "DELETE FROM class_event WHERE id = ?", arguments: [id])
            try AuditLog.append(AuditEntry(action: .delete, table: "class_event", rowID: id, old: Self.eventValues(ClassEventRows.event(row))),
                                at: try now(db), actor: actor.id, in: db)
        }
    }

    private static func eventValues(_ event: ClassEvent) -> [String: String?] {
        ["day": event.date.iso, "time": event.time?.text, "title": event.title, "place": event.place]
    }

    /// Sends each draft to every parent linked to its student (a student of
    /// `classID`): one row and one audit entry per parent, in one
    /// transaction. Returns how many parents it went to; a student with no
    /// parent account is named in the refusal and nothing is sent.
    @discardableResult
    public func sendNotices(_ drafts: [NoticeDraft], in classID: ClassID, by user: ActingUser) throws -> Int {
        try write { db in
            let actor = try ClassTeacherGuard(db: db, user: user).checkMayKeep(classID)
            let now = try now(db)
            var sent = 0
            for draft in drafts {
                let text = NoticeText.clean(draft.text).trimmingSpaces
                guard !text.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "текст уведомления", en: "notice text")) }
                guard let name = try String.fetchOne(db, sql: """
                    SELECT s.full_name FROM student s WHERE s.id = ? AND \(ClassHistorySQL.latestClass("s.id")) = ?
                    """, arguments: [draft.student, classID]) else {
                    throw JournalError.forbidden(Phrase(ru: "это не ученик вашего класса", en: "this is not a student of your class"))
                }
                let parents = try AccountID.fetchAll(db, sql: """
                    SELECT g.parent_id FROM guardian g JOIN account a ON a.id = g.parent_id WHERE g.student_id = ? AND a.disabled = 0
                    """, arguments: [draft.student])
                guard !parents.isEmpty else {
                    throw JournalError.notFound(Phrase(ru: "родитель ученика \(name) в журнале", en: "a parent of \(name) in the journal"))
                }
                for parent in parents {
                    try db.execute(sql: """
                        INSERT INTO parent_notice (class_id, student_id, parent_id, text, sent_at, sent_by) VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [classID, draft.student, parent, text, now, actor.id])
                    try AuditLog.append(AuditEntry(action: .insert, table: "parent_notice", rowID: db.lastInsertedRowID,
                                                   studentID: draft.student, accountID: parent, new: ["text": text]),
                                        at: now, actor: actor.id, in: db)
                    sent += 1
                }
            }
            return sent
        }
    }

    /// Marks the parent's own notices `ids` read (others' are left alone); audited.
    public func markNoticesRead(_ ids: [Int64], by user: ActingUser) throws {
        guard !ids.isEmpty else { return }
        try write { db in
            let account = try AccessCheck.account(db, user)
            let now = try now(db)
            for id in ids {
                try db.execute(sql: "UPDATE parent_notice SET read_at = ? WHERE id = ? AND parent_id = ? AND read_at IS NULL",
                               arguments: [now, id, account.id])
                guard db.changesCount > 0 else { continue }
                try AuditLog.append(AuditEntry(action: .update, table: "parent_notice", rowID: id, accountID: account.id,
                                               old: ["read_at": nil], new: ["read_at": now.iso]), at: now, actor: account.id, in: db)
            }
        }
    }
}
