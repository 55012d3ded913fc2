import GRDB
import JournalCore

/// Putting, changing and removing current marks.
extension AppDatabase {
    /// Adds a mark to a student's cell of a lesson (a cell may hold several).
    @discardableResult
    public func addMark(lesson: LessonID, student: StudentID, value: MarkValue, workType: String? = nil,
                        comment: String? = nil, by user: ActingUser) throws -> MarkID {
        try journalWrite(by: user) { ctx in
            let facts = try ctx.lessonForContent(lesson)
            try ctx.checkTakesMarks(facts)
            try ctx.checkOnRoll(student, in: facts)
            let type = try ctx.workType(workType)
            let comment = normalizedText(comment)
            try ctx.db.cachedStatement(sql: """
                INSERT INTO mark (lesson_id, student_id, value, work_type_id, comment, entered_at, entered_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [lesson, student, value.value, type.id, comment, ctx.now, ctx.actorID])
            let id = MarkID(ctx.db.lastInsertedRowID)
            try ctx.audit(AuditEntry(action: .insert, table: "mark", rowID: id.rawValue, lessonID: lesson,
                                     studentID: student,
                                     new: ["value": String(value.value), "work_type": type.code, "comment": comment]))
            try LessonStats.refresh(ctx.db, lesson: lesson)
            return id
        }
    }

    /// Changes a mark's value, work type or comment. `expected` is the value the
    /// screen showed: when another user changed the mark meanwhile, the change is
    /// refused rather than silently overwriting theirs. The first-entered time and
    /// author stay; the edit records its own.
    public func updateMark(_ id: MarkID, value: MarkValue, workType: String? = nil, comment: String? = nil,
                           expected: MarkValue? = nil, by user: ActingUser) throws {
        try journalWrite(by: user) { ctx in
            let old = try StoredMark.fetch(ctx.db, id)
            try ctx.checkTakesMarks(try ctx.lessonForContent(old.lessonID))
            if let expected, expected.value != old.value { throw markChangedMeanwhile }
            let type = try ctx.workType(workType ?? old.workTypeCode)
            let comment = normalizedText(comment)
            try ctx.db.cachedStatement(sql: """
                UPDATE mark SET value = ?, work_type_id = ?, comment = ?, updated_at = ?, updated_by = ? WHERE id = ?
                """).execute(arguments: [value.value, type.id, comment, ctx.now, ctx.actorID, id])
            try ctx.audit(AuditEntry(action: .update, table: "mark", rowID: id.rawValue, lessonID: old.lessonID,
                                     studentID: old.studentID, old: old.auditValues,
                                     new: ["value": String(value.value), "work_type": type.code, "comment": comment]))
            try LessonStats.refresh(ctx.db, lesson: old.lessonID)
        }
    }

    /// Removes a mark; the audit log keeps what it was.
    public func deleteMark(_ id: MarkID, expected: MarkValue? = nil, by user: ActingUser) throws {
        try journalWrite(by: user) { ctx in
            let old = try StoredMark.fetch(ctx.db, id)
            _ = try ctx.lessonForContent(old.lessonID)
            if let expected, expected.value != old.value { throw markChangedMeanwhile }
            try ctx.db.cachedStatement(sql: "DELETE FROM mark WHERE id = ?").execute(arguments: [id])
            try ctx.audit(AuditEntry(action: .delete, table: "mark", rowID: id.rawValue, lessonID: old.lessonID,
                                     studentID: old.studentID, old: old.auditValues))
            try LessonStats.refresh(ctx.db, lesson: old.lessonID)
        }
    }
}

private let markChangedMeanwhile = JournalError.conflict(Phrase(
    ru: "эту отметку только что изменил другой пользователь; экран обновлён, проверьте ещё раз",
    en: "another user has just changed this mark; the screen is refreshed, check again"))

/// A mark as stored, for edits and the audit log.
struct StoredMark: FetchableRecord {
    var lessonID: LessonID
    var studentID: StudentID
    var value: Int
    var workTypeCode: String
    var comment: String?

    init(row: Row) throws {
        lessonID = row["lesson_id"]
        studentID = row["student_id"]
        value = row["value"]
        workTypeCode = row["code"]
        comment = row["comment"]
    }

    static func fetch(_ db: Database, _ id: MarkID) throws -> StoredMark {
        guard let mark = try StoredMark.fetchOne(db.cachedStatement(sql: """
            SELECT m.lesson_id, m.student_id, m.value, w.code, m.comment
            FROM mark m JOIN work_type w ON w.id = m.work_type_id WHERE m.id = ?
            """), arguments: [id]) else {
            throw JournalError.notFound(Phrase(ru: "отметка (её уже удалили)", en: "mark (already removed)"))
        }
        return mark
    }

    var auditValues: [String: String?] {
        ["value": String(value), "work_type": workTypeCode, "comment": comment]
    }
}
