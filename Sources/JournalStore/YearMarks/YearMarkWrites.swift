import GRDB
import JournalCore

/// Which proposals a bulk accept confirms.
public enum YearMarkColumn: Sendable, Hashable {
    /// The year mark (the «Учебный год» period's final mark).
    case year
    /// A graduating grade's exam or итоговая mark.
    case graduation(GraduationMarkKind)
}

extension AppDatabase {
    /// Sets (or removes, nil) a graduating student's exam or итоговая mark in a
    /// subject: checked as a final mark of the year period is (the teacher of
    /// the subject or a supervisor, the year not closed, the group's grading).
    public func setGraduationMark(student: StudentID, subject: SubjectID, yearPeriod: PeriodID, kind: GraduationMarkKind,
                                  value: FinalMarkValue?, by user: ActingUser) throws {
        try journalWrite(by: user) { ctx in
            let period = try YearMarkChecks(ctx: ctx, subject: subject, yearPeriod: yearPeriod).period()
            try YearMarkChecks(ctx: ctx, subject: subject, yearPeriod: yearPeriod).check(student: student, period: period, value: value)
            try writeGraduationMark(ctx, student: student, subject: subject, yearPeriod: yearPeriod, kind: kind, value: value)
        }
    }

    /// Confirms, in ONE transaction, every proposal of the class in `column`
    /// that has no confirmed mark yet (a mark the teacher set stays as it is).
    /// Returns how many marks were set.
    @discardableResult
    public func acceptYearMarkProposals(_ audience: ClassOrGroup, subject: SubjectID, yearPeriod: PeriodID, column: YearMarkColumn,
                                        by user: ActingUser) throws -> Int {
        try journalWrite(by: user) { ctx in
            try JournalReadGuard(db: ctx.db, user: user).checkMayRead(audience)
            let checks = YearMarkChecks(ctx: ctx, subject: subject, yearPeriod: yearPeriod)
            let period = try checks.period()
            let data = try YearMarksReader(db: ctx.db).read(audience, subject: subject, yearPeriod: yearPeriod)
            try checks.requireTeaches(data.grid.students.map(\.id), period: period)
            var count = 0
            for student in data.grid.students.map(\.id) {
                switch column {
                case .year:
                    guard data.grid.finalMarks[student] == nil, let value = data.proposedYearMark(student) else { continue }
                    try checks.check(student: student, period: period, value: value)
                    try writeFinalMark(ctx, student: student, subject: subject, period: yearPeriod, value: value)
                case .graduation(let kind):
                    let current = kind == .exam ? data.exam[student] : data.overall[student]
                    guard kind == .overall, current == nil, let value = data.proposedOverall(student) else { continue }
                    try checks.check(student: student, period: period, value: value)
                    try writeGraduationMark(ctx, student: student, subject: subject, yearPeriod: yearPeriod, kind: kind, value: value)
                }
                count += 1
            }
            return count
        }
    }

    private func writeGraduationMark(_ ctx: WriteContext, student: StudentID, subject: SubjectID, yearPeriod: PeriodID,
                                     kind: GraduationMarkKind, value: FinalMarkValue?) throws {
        let key: StatementArguments = [student, subject, kind.rawValue, yearPeriod]
        let which = "student_id = ? AND subject_id = ? AND kind = ? AND year_period_id = ?"
        let old = try String.fetchOne(ctx.db, sql: "SELECT value FROM graduation_mark WHERE \(which)", arguments: key)
        guard old != value?.text else { return }
        switch (old, value) {
        case (nil, let value?):
            try ctx.db.execute(sql: """
                INSERT INTO graduation_mark (student_id, subject_id, kind, year_period_id, value, entered_at, entered_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: key + [value.text, ctx.now, ctx.actorID])
        case (_?, let value?):
            try ctx.db.execute(sql: """
                UPDATE graduation_mark SET value = ?, updated_at = ?, updated_by = ? WHERE \(which)
                """, arguments: [value.text, ctx.now, ctx.actorID] + key)
        default:
            try ctx.db.execute(sql: "DELETE FROM graduation_mark WHERE \(which)", arguments: key)
        }
        try ctx.audit(AuditEntry(action: old == nil ? .insert : (value == nil ? .delete : .update),
                                 table: "graduation_mark", studentID: student,
                                 old: old.map { ["value": $0, "subject": String(subject.rawValue), "kind": kind.rawValue] },
                                 new: value.map { ["value": $0.text, "subject": String(subject.rawValue), "kind": kind.rawValue] }))
    }
}

/// The checks of a year, exam or итоговая mark: those of a final mark of the
/// «Учебный год» period.
struct YearMarkChecks {
    let ctx: WriteContext
    let subject: SubjectID
    let yearPeriod: PeriodID

    func period() throws -> PeriodInfo {
        guard let period = try PeriodQueries.period(ctx.db, yearPeriod) else {
            throw JournalError.notFound(Phrase(ru: "период", en: "period"))
        }
        try PeriodLocks.checkFinalMarksOpen(ctx.db, of: period)
        return period
    }

    /// A bulk accept: a supervisor, or a teacher of the subject to at least
    /// one of the students (each mark is then checked on its own).
    func requireTeaches(_ students: [StudentID], period: PeriodInfo) throws {
        let teaches = try students.contains {
            try FinalMarkFacts(db: ctx.db, student: $0, subject: subject, period: period.period).isTaught(by: ctx.actorID)
        }
        guard Permissions.mayWriteFinalMark(roles: ctx.roles, teachesSubjectInClass: teaches) else {
            throw ctx.refuse("итоговые отметки ставит учитель этого предмета в классе",
                             "final marks are set by the teacher of the subject in the class")
        }
    }

    func check(student: StudentID, period: PeriodInfo, value: FinalMarkValue?) throws {
        let facts = FinalMarkFacts(db: ctx.db, student: student, subject: subject, period: period.period)
        guard Permissions.mayWriteFinalMark(roles: ctx.roles, teachesSubjectInClass: try facts.isTaught(by: ctx.actorID)) else {
            throw ctx.refuse("итоговые отметки ставит учитель этого предмета в классе",
                             "final marks are set by the teacher of the subject in the class")
        }
        if let value { try facts.checkGrading(allows: value) }
    }
}
