import GRDB
import JournalCore

extension AppDatabase {
    /// Sets a student's attendance code for a lesson, or clears it (nil = present).
    /// The first-entered time and author stay through later changes.
    public func setAttendance(lesson: LessonID, student: StudentID, code: AttendanceCode?,
                              by user: ActingUser) throws {
        try writeAttendance(lesson: lesson, student: student, code: code, expected: .none, by: user)
    }

    /// The same, refused when the code stored is no longer `expected` (what the
    /// screen showed; nil = present): another user changed it meanwhile, and
    /// theirs must not be overwritten unseen.
    public func setAttendance(lesson: LessonID, student: StudentID, code: AttendanceCode?, expected: AttendanceCode?,
                              by user: ActingUser) throws {
        try writeAttendance(lesson: lesson, student: student, code: code, expected: .some(expected), by: user)
    }

    private func writeAttendance(lesson: LessonID, student: StudentID, code: AttendanceCode?, expected: AttendanceCode??,
                                 by user: ActingUser) throws {
        try journalWrite(by: user) { ctx in
            let facts = try ctx.lessonForAttendance(lesson, student: student)
            try ctx.checkOnRoll(student, in: facts)
            let old = try String.fetchOne(
                ctx.db.cachedStatement(sql: "SELECT code FROM attendance WHERE lesson_id = ? AND student_id = ?"),
                arguments: [lesson, student])
            if case .some(let shown) = expected, shown?.rawValue != old { throw attendanceChangedMeanwhile }
            guard old != code?.rawValue else { return }
            switch (old, code) {
            case (nil, let code?):
                try ctx.db.cachedStatement(sql: """
                    INSERT INTO attendance (lesson_id, student_id, code, entered_at, entered_by) VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [lesson, student, code, ctx.now, ctx.actorID])
            case (_?, let code?):
                try ctx.db.cachedStatement(sql: """
                    UPDATE attendance SET code = ?, updated_at = ?, updated_by = ? WHERE lesson_id = ? AND student_id = ?
                    """).execute(arguments: [code, ctx.now, ctx.actorID, lesson, student])
            default:
                try ctx.db.cachedStatement(sql: "DELETE FROM attendance WHERE lesson_id = ? AND student_id = ?")
                    .execute(arguments: [lesson, student])
            }
            try ctx.audit(AuditEntry(action: old == nil ? .insert : (code == nil ? .delete : .update),
                                     table: "attendance", lessonID: lesson, studentID: student,
                                     old: old.map { ["code": $0] }, new: code.map { ["code": $0.rawValue] }))
            try LessonStats.refresh(ctx.db, lesson: lesson)
        }
    }
}

private let attendanceChangedMeanwhile = JournalError.conflict(Phrase(
    ru: "посещаемость этого ученика только что изменил другой пользователь; экран обновлён, проверьте ещё раз",
    en: "another user has just changed this student's attendance; the screen is refreshed, check again"))
