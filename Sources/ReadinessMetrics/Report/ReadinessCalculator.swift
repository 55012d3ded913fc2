import JournalCore
import JournalStore

/// Computes readiness reports and their drill-downs over the journal database.
/// The store answers with grouped counts; the indicators, the weekly series and
/// the verdict are assembled here. Nothing here writes: the lessons the
/// timetable owes that nobody has opened yet are counted by the store without
/// being made, so a user who may only read the file gets the same figures.
public struct ReadinessCalculator: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// The report of readiness.md. `indicators` defaults to the profile's; others
    /// may be asked for and come without a threshold (and stay out of the verdict).
    public func report(profile: ReadinessProfile, window: ReadinessWindow, verdictWeeks: Int,
                       indicators: [IndicatorKey]? = nil) throws -> ReadinessReport {
        let keys = (indicators ?? profile.indicators).sorted()
        let weeks = window.weeks
        let counts = try database.readinessCounts(countRequest(keys, profile: profile, window: window, weeks: weeks))
        let arithmetic = IndicatorArithmetic(counts: counts, profile: profile, window: window, weeks: weeks)
        let weekly = weeks.indices.map { position in
            WeekReport(week: weeks[position], indicators: keys.map { arithmetic.week($0, at: position) })
        }
        return ReadinessReport(profile: profile, window: window, indicators: keys.map(arithmetic.total), weeks: weekly,
                               verdict: ReadinessVerdict(weekly: weekly, profile: profile, requiredWeeks: verdictWeeks))
    }

    /// The report with the school's settings: the default profile and the
    /// number of verdict weeks.
    public func report(window: ReadinessWindow) throws -> ReadinessReport {
        let settings = try ReadinessSettings(database: database)
        return try report(profile: settings.profile, window: window, verdictWeeks: settings.verdictWeeks)
    }

    /// One count request for everything the asked indicators need.
    func countRequest(_ keys: [IndicatorKey], profile: ReadinessProfile, window: ReadinessWindow,
                      weeks: [ReportWeek], grouping: Set<LessonDimension> = [.day],
                      slice: LessonSlice = .school) -> ReadinessCountRequest {
        var request = ReadinessCountRequest()
        if keys.contains(where: \.isLessonBased) {
            request.lessonCounts = [lessonRequest(profile: profile, window: window, grouping: grouping, slice: slice)]
        }
        if keys.contains(.scheduleFill) || keys.contains(.parentAccounts) { request.enrolmentAsOf = window.asOf }
        request.timetable = keys.contains(.scheduleFill)
        if keys.contains(.activatedAccounts) { request.activationAsOf = window.asOf }
        if keys.contains(.uniqueLogins), let first = weeks.first, let last = weeks.last {
            // the clipped weeks follow each other: one range, counted week by week
            request.signInRange = (first.startTime, last.endTime)
            request.activatedAccountTimes = weeks.map(\.endTime)
        }
        return request
    }

    func lessonRequest(profile: ReadinessProfile, window: ReadinessWindow, grouping: Set<LessonDimension>,
                       slice: LessonSlice = .school, path: LessonCountPath = .fastest) -> LessonCountRequest {
        LessonCountRequest(from: window.from, to: window.to, asOf: window.asOf, grouping: grouping,
                           journalKinds: profile.journalEntryKinds, onTimeKinds: profile.onTimeEntryKinds,
                           deadline: profile.deadline, slice: slice, path: path)
    }
}
