import GRDB
import JournalCore

extension AppDatabase {
    public func setTopic(lesson: LessonID, _ text: String?, by user: ActingUser) throws {
        try setLessonText(lesson, column: "topic", normalizedText(text), by: user)
    }

    /// The homework text. A homework that had none gets its default due
    /// lesson (`HomeworkDueRule`); one that is removed loses it; a changed text
    /// keeps the due lesson the teacher chose. One audit row tells both.
    public func setHomework(lesson: LessonID, _ text: String?, by user: ActingUser) throws {
        let text = normalizedText(text)
        try journalWrite(by: user) { ctx in
            let facts = try ctx.lessonForContent(lesson)
            let row = try Row.fetchOne(ctx.db, sql: """
                SELECT homework, homework_due_day, homework_due_number FROM lesson WHERE id = ?
                """, arguments: [lesson])
            let old: String? = row?["homework"]
            guard old != text else { return }
            let oldDue = HomeworkDueText.due(row)
            var newDue = oldDue
            if text == nil { newDue = nil } else if oldDue == nil {
                newDue = try HomeworkDueRule(db: ctx.db).upcoming(after: facts, count: 1).first
            }
            try ctx.db.execute(sql: "UPDATE lesson SET homework = ?, homework_due_day = ?, homework_due_number = ? WHERE id = ?",
                               arguments: [text, newDue?.date, newDue?.lessonNumber, lesson])
            var oldValues: [String: String?] = ["homework": old], newValues: [String: String?] = ["homework": text]
            if oldDue != newDue {
                oldValues[HomeworkDueText.column] = HomeworkDueText.text(oldDue)
                newValues[HomeworkDueText.column] = HomeworkDueText.text(newDue)
            }
            try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: lesson.rawValue, lessonID: lesson,
                                     old: oldValues, new: newValues))
        }
    }

    /// The lesson comment; its time is recorded when it first gets a text and is
    /// kept through later edits, like a mark's.
    public func setComment(lesson: LessonID, _ text: String?, by user: ActingUser) throws {
        let text = normalizedText(text)
        try journalWrite(by: user) { ctx in
            _ = try ctx.lessonForContent(lesson)
            let row = try Row.fetchOne(ctx.db, sql: "SELECT comment, comment_at FROM lesson WHERE id = ?", arguments: [lesson])
            let old: String? = row?["comment"]
            guard old != text else { return }
            let oldAt: SchoolTime? = row?["comment_at"]
            let at: SchoolTime? = text == nil ? nil : (oldAt ?? ctx.now)
            try ctx.db.execute(sql: "UPDATE lesson SET comment = ?, comment_at = ? WHERE id = ?", arguments: [text, at, lesson])
            try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: lesson.rawValue, lessonID: lesson,
                                     old: ["comment": old], new: ["comment": text]))
        }
    }

    /// The "lesson held" mark (отметка о проведении урока): set now, or removed.
    public func setHeld(lesson: LessonID, _ held: Bool, by user: ActingUser) throws {
        try journalWrite(by: user) { ctx in
            _ = try ctx.lessonForContent(lesson)
            let old = try SchoolTime?.fetchOne(ctx.db, sql: "SELECT held_at FROM lesson WHERE id = ?", arguments: [lesson]) ?? nil
            guard (old != nil) != held else { return }
            let new = held ? ctx.now : nil
            try ctx.db.execute(sql: "UPDATE lesson SET held_at = ? WHERE id = ?", arguments: [new, lesson])
            try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: lesson.rawValue, lessonID: lesson,
                                     old: ["held_at": old?.iso], new: ["held_at": new?.iso]))
        }
    }

    private func setLessonText(_ lesson: LessonID, column: String, _ text: String?, by user: ActingUser) throws {
        try journalWrite(by: user) { ctx in
            _ = try ctx.lessonForContent(lesson)
            let old = try String?.fetchOne(ctx.db, sql: "SELECT \(column) FROM lesson WHERE id = ?", arguments: [lesson]) ?? nil
            guard old != text else { return }
            try ctx.db.execute(sql: "UPDATE lesson SET \(column) = ? WHERE id = ?", arguments: [text, lesson])
            try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: lesson.rawValue, lessonID: lesson,
                                     old: [column: old], new: [column: text]))
        }
    }
}
