import GRDB
import JournalCore

extension AppDatabase {
    /// Sets a student's final mark for a subject and period, or removes it (nil).
    /// A final mark is per student, subject and period, whatever class or group
    /// the student was taught in; it is set by a teacher who taught them the
    /// subject in the period, or by a supervisor.
    public func setFinalMark(student: StudentID, subject: SubjectID, period periodID: PeriodID, value: FinalMarkValue?,
                             by user: ActingUser) throws {
        try journalWrite(by: user) { ctx in
            guard let period = try PeriodQueries.period(ctx.db, periodID) else {
                throw JournalError.notFound(Phrase(ru: "период", en: "period"))
            }
            try PeriodLocks.checkFinalMarksOpen(ctx.db, of: period)
            guard try Bool.fetchOne(ctx.db, sql: "SELECT EXISTS (SELECT 1 FROM student WHERE id = ?)", arguments: [student]) == true
            else { throw JournalError.notFound(Phrase(ru: "ученик", en: "student")) }
            let facts = FinalMarkFacts(db: ctx.db, student: student, subject: subject, period: period.period)
            guard Permissions.mayWriteFinalMark(roles: ctx.roles, teachesSubjectInClass: try facts.isTaught(by: ctx.actorID)) else {
                throw ctx.refuse("итоговые отметки ставит учитель этого предмета в классе",
                                 "final marks are set by the teacher of the subject in the class")
            }
            if let value { try facts.checkGrading(allows: value) }
            try writeFinalMark(ctx, student: student, subject: subject, period: periodID, value: value)
        }
    }

    func writeFinalMark(_ ctx: WriteContext, student: StudentID, subject: SubjectID, period: PeriodID,
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

/// What a final mark's checks ask of a student, a subject and a period: who
/// taught the student the subject then (by the timetable of their class or
/// group, or by a lesson on whose roll they were), and how their group for it
/// is graded.
struct FinalMarkFacts {
    let db: Database
    let student: StudentID
    let subject: SubjectID
    let period: Period

    func isTaught(by teacher: AccountID) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (
                SELECT 1 FROM timetable t WHERE t.subject_id = :subject AND t.teacher_id = :teacher AND CASE
                    WHEN t.group_id IS NULL THEN EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = :student
                        AND e.class_id = t.class_id AND \(ClassHistorySQL.overlaps("e", from: ":start", to: ":end")))
                    ELSE EXISTS (SELECT 1 FROM group_member gm WHERE gm.student_id = :student
                        AND gm.group_id = t.group_id AND \(ClassHistorySQL.overlaps("gm", from: ":start", to: ":end")))
                    END)
                OR EXISTS (
                SELECT 1 FROM lesson l WHERE l.subject_id = :subject AND l.teacher_id = :teacher
                    AND l.day BETWEEN :start AND :end AND \(LessonRoster.onRoll(":student", lesson: "l")))
            """, arguments: ["subject": subject, "teacher": teacher, "student": student,
                             "start": period.start, "end": period.end]) ?? false
    }

    /// A group graded without marks refuses every final mark; a pass/fail
    /// group takes only «зач» and «незач».
    func checkGrading(allows value: FinalMarkValue) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT g.name, g.grading, c.name AS class_name, s.name AS subject_name
            FROM group_member gm JOIN teaching_group g ON g.id = gm.group_id
                LEFT JOIN class c ON c.id = g.class_id JOIN subject s ON s.id = :subject
            WHERE gm.student_id = :student AND g.grading <> 'marks'
              AND \(ClassHistorySQL.overlaps("gm", from: ":start", to: ":end"))
              AND (g.subject_id = :subject OR EXISTS (SELECT 1 FROM timetable t WHERE t.group_id = g.id AND t.subject_id = :subject)
                   OR EXISTS (SELECT 1 FROM lesson l WHERE l.group_id = g.id AND l.subject_id = :subject))
            ORDER BY g.grading = 'none' DESC LIMIT 1
            """, arguments: ["student": student, "subject": subject, "start": period.start, "end": period.end]) else { return }
        let name = LessonLabel(className: row["class_name"], subjectName: row["subject_name"], groupName: row["name"]).text
        let grading = GroupGrading(rawValue: row["grading"]) ?? .marks
        switch grading {
        case .none: throw JournalError.groupNotGraded(name)
        case .passFail where value != .passed && value != .failed: throw JournalError.passFailOnly(name)
        default: return
        }
    }
}
