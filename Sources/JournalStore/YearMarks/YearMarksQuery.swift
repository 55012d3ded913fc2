import GRDB
import JournalCore

/// What the year-marks screen shows for a class's (or group's) subject: the
/// year's grid (its students and confirmed year marks), the period marks the
/// proposal is made from, and for grades 9 and 11 the exam and итоговая marks.
public struct YearMarksData: Sendable {
    public var grid: ClassGridData
    public var grade: Int
    /// The marking periods of the class (quarters or half-years), in order.
    public var periods: [PeriodInfo]
    public var periodMarks: [StudentID: [PeriodID: FinalMarkValue]]
    public var exam: [StudentID: FinalMarkValue]
    public var overall: [StudentID: FinalMarkValue]
    public var rule: YearMarkRule
    public var rounding: RoundingRule

    public init(grid: ClassGridData, grade: Int, periods: [PeriodInfo], periodMarks: [StudentID: [PeriodID: FinalMarkValue]],
                exam: [StudentID: FinalMarkValue], overall: [StudentID: FinalMarkValue], rule: YearMarkRule, rounding: RoundingRule) {
        self.grid = grid
        self.grade = grade
        self.periods = periods
        self.periodMarks = periodMarks
        self.exam = exam
        self.overall = overall
        self.rule = rule
        self.rounding = rounding
    }

    /// Grades 9 and 11 end the year with exams and итоговые отметки.
    public var isGraduating: Bool { YearMarkProposal.graduatingGrades.contains(grade) }

    /// The period marks of a student in period order (nil: none yet).
    public func marks(of student: StudentID) -> [FinalMarkValue?] {
        periods.map { periodMarks[student]?[$0.id] }
    }

    public func proposedYearMark(_ student: StudentID) -> FinalMarkValue? {
        YearMarkProposal.yearMark(marks(of: student), rule: rule, rounding: rounding)
    }

    /// The итоговая proposed from the confirmed year mark and the exam mark.
    public func proposedOverall(_ student: StudentID) -> FinalMarkValue? {
        YearMarkProposal.overallMark(year: grid.finalMarks[student], exam: exam[student])
    }
}

extension AppDatabase {
    /// The year marks of a class's subject; `yearPeriod` is the «Учебный год» period.
    public func yearMarks(_ audience: ClassOrGroup, subject: SubjectID, yearPeriod: PeriodID,
                          by user: ActingUser) throws -> YearMarksData {
        try read { db in
            try JournalReadGuard(db: db, user: user).checkMayRead(audience)
            return try YearMarksReader(db: db).read(audience, subject: subject, yearPeriod: yearPeriod)
        }
    }
}

struct YearMarksReader {
    let db: Database

    func read(_ audience: ClassOrGroup, subject: SubjectID, yearPeriod: PeriodID) throws -> YearMarksData {
        let grid = try ClassGridReader(db: db).read(audience, subjectID: subject, periodID: yearPeriod)
        let grade = try AudienceFacts.fetch(db, audience).grade(db)
        let all = try PeriodQueries.all(db)
        let kind = MarkingPeriods.kind(forGrade: grade, available: Set(all.map(\.period.kind)))
        let periods = all.filter { $0.period.kind == kind }.sorted { $0.period.start < $1.period.start }
        let students = grid.students.map(\.id)
        let settings = try SettingsStore.load(db)
        return YearMarksData(grid: grid, grade: grade, periods: periods,
                             periodMarks: try periodMarks(students, subject: subject, periods: periods.map(\.id)),
                             exam: try graduationMarks(students, subject: subject, yearPeriod: yearPeriod, kind: .exam),
                             overall: try graduationMarks(students, subject: subject, yearPeriod: yearPeriod, kind: .overall),
                             rule: settings.yearMarkRule, rounding: settings.rounding)
    }

    private func periodMarks(_ students: [StudentID], subject: SubjectID,
                             periods: [PeriodID]) throws -> [StudentID: [PeriodID: FinalMarkValue]] {
        guard !students.isEmpty, !periods.isEmpty else { return [:] }
        var marks: [StudentID: [PeriodID: FinalMarkValue]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT student_id, period_id, value FROM final_mark
            WHERE subject_id = ? AND student_id IN (\(students.map { String($0.rawValue) }.joined(separator: ",")))
              AND period_id IN (\(periods.map { String($0.rawValue) }.joined(separator: ",")))
            """, arguments: [subject]) {
            if let value = try? FinalMarkValue(parsing: row["value"]) {
                marks[row["student_id"], default: [:]][row["period_id"]] = value
            }
        }
        return marks
    }

    func graduationMarks(_ students: [StudentID], subject: SubjectID, yearPeriod: PeriodID,
                         kind: GraduationMarkKind) throws -> [StudentID: FinalMarkValue] {
        guard !students.isEmpty else { return [:] }
        var marks: [StudentID: FinalMarkValue] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT student_id, value FROM graduation_mark WHERE subject_id = ? AND kind = ? AND year_period_id = ?
              AND student_id IN (\(students.map { String($0.rawValue) }.joined(separator: ",")))
            """, arguments: [subject, kind.rawValue, yearPeriod]) {
            marks[row["student_id"]] = try? FinalMarkValue(parsing: row["value"])
        }
        return marks
    }
}
