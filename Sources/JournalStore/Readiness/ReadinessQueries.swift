import GRDB
import JournalCore

/// The grouped counts behind the readiness indicators. Only counts cross from
/// SQLite into Swift here; the definitions live in ReadinessMetrics.
extension AppDatabase {
    /// Everything a readiness report needs, read in one transaction so that the
    /// indicators agree with each other while teachers keep writing.
    public func readinessCounts(_ request: ReadinessCountRequest) throws -> ReadinessCounts {
        try read { db in
            var counts = ReadinessCounts()
            for lessonRequest in request.lessonCounts {
                counts.lessons.append(try LessonCounting(db: db, request: lessonRequest).counts())
            }
            if let asOf = request.enrolmentAsOf {
                counts.enrolment = try PopulationQueries.enrolment(db, day: asOf.date, asOf: asOf)
            }
            if request.timetable { counts.timetableSpans = try PopulationQueries.timetableSpans(db) }
            if let asOf = request.activationAsOf {
                counts.activation = try PopulationQueries.activation(db, at: asOf)
            }
            if let range = request.signInRange {
                counts.weeklySignIns = try PopulationQueries.weeklySignIns(db, from: range.start, to: range.end)
            }
            counts.activatedAccounts = try PopulationQueries.activatedAccounts(db, at: request.activatedAccountTimes)
            return counts
        }
    }

    /// One lesson count on its own (drill-downs, tests).
    public func lessonCounts(_ request: LessonCountRequest) throws -> [LessonGroupCounts] {
        try read { try LessonCounting(db: $0, request: request).counts() }
    }
}

/// Which counts to read together; each part is optional.
public struct ReadinessCountRequest: Sendable {
    public var lessonCounts: [LessonCountRequest] = []
    /// Students enrolled on this moment's day, with parent accounts created by it.
    public var enrolmentAsOf: SchoolTime?
    public var timetable = false
    /// Accounts (not disabled, created by then) and how many were activated by then.
    public var activationAsOf: SchoolTime?
    /// Distinct accounts that signed in, per ISO week, between two moments.
    public var signInRange: (start: SchoolTime, end: SchoolTime)?
    /// Accounts activated (not disabled, created and activated) by each moment.
    public var activatedAccountTimes: [SchoolTime] = []

    public init() {}
}

/// The answers, in the order asked.
public struct ReadinessCounts: Sendable {
    public var lessons: [[LessonGroupCounts]] = []
    public var enrolment: SchoolEnrolmentCounts?
    public var timetableSpans: [TimetableSpan] = []
    public var activation: AccountActivationCounts?
    /// `SchoolDate.weekIndex` → distinct accounts signed in that week (weeks
    /// without a sign-in are absent).
    public var weeklySignIns: [Int: Int] = [:]
    /// One count per `activatedAccountTimes` moment.
    public var activatedAccounts: [Int] = []
}

extension AppDatabase {
    /// The moment of the latest journal entry or sign-in: "now" for a school
    /// that was generated or imported rather than lived in (benchmarks, demos).
    public func latestActivity() throws -> SchoolTime? {
        try read { db in
            let lessons = try SchoolTime.fetchOne(db, sql: "SELECT max(latest) FROM lesson_day_stats")
            let signIns = try SchoolTime.fetchOne(db, sql: "SELECT max(at) FROM sign_in")
            return [lessons, signIns].compactMap { $0 }.max()
        }
    }
}
