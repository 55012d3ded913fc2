import GRDB
import JournalCore

extension AppDatabase {
    /// Sets a student's final mark for a subject and period, or removes it (nil).
    public func setFinalMark(student: StudentID, subject: SubjectID, period: PeriodID, value: FinalMarkValue?,
                             by user: ActingUser) throws {
        try journalWrite(by: user) { ctx in
            guard let periodRow = try Row.fetchOne(ctx.db, sql: "SELECT name, locked, end_day FROM period WHERE id = ?",
                                                   arguments: [period]) else {
                throw JournalError.notFound(Phrase(ru: "период", en: "period"))
            }
            if periodRow["locked"] as Bool { throw JournalError.periodLocked(periodRow["name"]) }
            // The class the student finished the period in (or left it from).
            guard let classID = try ClassID.fetchOne(ctx.db, sql: """
                SELECT e.class_id FROM enrollment e WHERE e.student_id = ? AND e.from_day <= ?
                ORDER BY e.from_day DESC LIMIT 1
                """, arguments: [student, periodRow["end_day"] as Int]) else {
                throw JournalError.notFound(Phrase(ru: "ученик", en: "student"))
            }
            let teaches = try Bool.fetchOne(ctx.db, sql: """
                SELECT EXISTS (SELECT 1 FROM timetable WHERE class_id = ? AND subject_id = ? AND teacher_id = ?)
                    OR EXISTS (SELECT 1 FROM lesson WHERE class_id = ? AND subject_id = ? AND teacher_id = ?)
                """, arguments: [classID, subject, ctx.actorID, classID, subject, ctx.actorID]) ?? false
            guard Permissions.mayWriteFinalMark(roles: ctx.roles, teachesSubjectInClass: teaches) else {
                throw ctx.refuse("итоговые отметки ставит учитель этого предмета в классе",
                                 "final marks are set by the teacher of the subject in the class")
            }
            try writeFinalMark(ctx, student: student, subject: subject, period: period, value: value)
        }
    }

    private func writeFinalMark(_ ctx: WriteContext, student: StudentID, subject: SubjectID, period: PeriodID,
                                value: FinalMarkValue?) throws {
        let key: StatementArguments = [student, subject, period]
        let old = try String.fetchOne(ctx.db, sql: """
            SELECT value FROM final_mark WHERE student_id = ? AND subject_id = ? AND period_id = ?
            """, arguments: key)
        guard old != value?.text else { return }
        switch (old, value) {
        case (nil, let value?):
            try ctx.db.execute(sql: """
                INSERT INTO final_mark (student_id, subject_id, period_id, value, entered_at, entered_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: key + [value.text, ctx.now, ctx.actorID])
        case (_?, let value?):
            try ctx.db.execute(sql: """
                UPDATE final_mark SET value = ?, updated_at = ?, updated_by = ?
                WHERE student_id = ? AND subject_id = ? AND period_id = ?
                """, arguments: [value.text, ctx.now, ctx.actorID] + key)
        default:
            try ctx.db.execute(sql: "DELETE FROM final_mark WHERE student_id = ? AND subject_id = ? AND period_id = ?",
                               arguments: key)
        }
        try ctx.audit(AuditEntry(action: old == nil ? .insert : (value == nil ? .delete : .update),
                                 table: "final_mark", studentID: student,
                                 old: old.map { ["value": $0, "subject": String(subject.rawValue), "period": String(period.rawValue)] },
                                 new: value.map { ["value": $0.text, "subject": String(subject.rawValue), "period": String(period.rawValue)] }))
    }
}
