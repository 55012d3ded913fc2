import JournalCore
import JournalStore
import ReadinessMetrics

/// What the dashboard and its drill-downs share: where the numbers come from,
/// the moment they are as of, and everything computed so far. Nothing is
/// computed twice: reports, breakdowns and item lists are kept per window and
/// profile until `invalidate` (another process committed, or F2), which also
/// moves the moment to now. Screens remember `generation` to notice that their
/// rows were computed again and to put the cursor back on the same row.
final class ReadinessBoard {
    /// How many items a drill-down lists at most.
    static let itemLimit = 500

    let database: AppDatabase
    let source: any ReadinessSource
    private(set) var moment: SchoolTime
    private(set) var generation = 0
    private var school: Result<SchoolFacts, Error>?
    private var reports: [ReportKey: Result<DashboardReport, Error>] = [:]
    private var breakdowns: [BreakdownKey: Result<[BreakdownRow], Error>] = [:]
    private var items: [ItemsKey: Result<[ShortfallItem], Error>] = [:]

    init(database: AppDatabase, source: (any ReadinessSource)? = nil, now: SchoolTime) {
        self.database = database
        self.source = source ?? ReadinessCalculator(database: database)
        self.moment = now
    }

    /// Forgets everything computed; the next request computes as of `now`.
    func invalidate(now: SchoolTime) {
        moment = now
        generation += 1
        school = nil
        reports = [:]
        breakdowns = [:]
        items = [:]
    }

    /// Periods and settings, read once per generation.
    func facts() throws -> SchoolFacts {
        if let school { return try school.get() }
        let read = Result { try SchoolFacts(database: database) }
        school = read
        return try read.get()
    }

    func resolve(_ window: DashboardWindow) throws -> ReadinessWindow {
        try window.resolve(periods: facts().periods, asOf: moment)
    }

    func report(_ window: DashboardWindow, profile: ReadinessProfile) throws -> DashboardReport {
        let resolved = try resolve(window)
        let key = ReportKey(window: resolved, profile: profile)
        if let cached = reports[key] { return try cached.get() }
        let computed = Result { try computeReport(resolved, profile: profile) }
        reports[key] = computed
        return try computed.get()
    }

    /// One indicator split by class, teacher or subject. The lesson indicators
    /// cost one pass over the lessons together, so all of the profile's that
    /// split this way are computed at once: the next one's drill-down is free.
    func breakdown(_ indicator: IndicatorKey, by dimension: BreakdownDimension, window: ReadinessWindow,
                   profile: ReadinessProfile) throws -> [BreakdownRow] {
        let key = BreakdownKey(window: window, profile: profile, indicator: indicator, dimension: dimension)
        if let cached = breakdowns[key] { return try cached.get() }
        let together = indicator.isLessonBased ? profile.indicators.filter(\.isLessonBased) : [indicator]
        do {
            let rows = try source.breakdowns(of: together, profile: profile, window: window, by: dimension)
            for other in together {
                let otherKey = BreakdownKey(window: window, profile: profile, indicator: other, dimension: dimension)
                breakdowns[otherKey] = .success(rows[other] ?? [])
            }
        } catch {
            breakdowns[key] = .failure(error)
        }
        return try breakdowns[key]?.get() ?? []
    }

    /// Up to `itemLimit + 1` items, so that a screen can say there are more.
    func shortfall(_ indicator: IndicatorKey, slice: LessonSlice, window: ReadinessWindow,
                   profile: ReadinessProfile) throws -> [ShortfallItem] {
        let key = ItemsKey(window: window, profile: profile, indicator: indicator, slice: slice)
        if let cached = items[key] { return try cached.get() }
        let computed = Result {
            try source.shortfall(of: indicator, profile: profile, window: window, slice: slice, limit: Self.itemLimit + 1)
        }
        items[key] = computed
        return try computed.get()
    }

    private func computeReport(_ window: ReadinessWindow, profile: ReadinessProfile) throws -> DashboardReport {
        let weeks = try facts().verdictWeeks
        let report = try source.report(profile: profile, window: window, verdictWeeks: weeks)
        guard let sparkWindow = DashboardReport.sparklineWindow(for: window) else {
            return DashboardReport(report: report, sparklineWeeks: Array(report.weeks.suffix(DashboardReport.sparklineWeeks)))
        }
        let spark = try source.report(profile: profile, window: sparkWindow, verdictWeeks: weeks)
        return DashboardReport(report: report, sparklineWeeks: Array(spark.weeks.suffix(DashboardReport.sparklineWeeks)))
    }

    private struct ReportKey: Hashable {
        var window: ReadinessWindow
        var profile: ReadinessProfile
    }

    private struct BreakdownKey: Hashable {
        var window: ReadinessWindow
        var profile: ReadinessProfile
        var indicator: IndicatorKey
        var dimension: BreakdownDimension
    }

    private struct ItemsKey: Hashable {
        var window: ReadinessWindow
        var profile: ReadinessProfile
        var indicator: IndicatorKey
        var slice: LessonSlice
    }
}

/// The school's periods and readiness settings, as the board read them.
struct SchoolFacts {
    var periods: [Period]
    var defaultProfile: ReadinessProfile
    var verdictWeeks: Int

    init(database: AppDatabase) throws {
        periods = try database.periods().map(\.period)
        defaultProfile = try ReadinessSettings.defaultProfile(database)
        verdictWeeks = try ReadinessSettings.verdictWeeks(database)
    }
}
