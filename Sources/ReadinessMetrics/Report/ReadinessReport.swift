import JournalCore

/// A readiness report: each indicator over the whole window, the weekly series
/// and the verdict. What `zhurnal report readiness` prints and the dashboard shows.
public struct ReadinessReport: Hashable, Sendable {
    public var profile: ReadinessProfile
    public var window: ReadinessWindow
    /// Over the whole window, in readiness.md order.
    public var indicators: [IndicatorValue]
    /// One per ISO week overlapping the window, oldest first.
    public var weeks: [WeekReport]
    public var verdict: ReadinessVerdict

    public init(profile: ReadinessProfile, window: ReadinessWindow, indicators: [IndicatorValue], weeks: [WeekReport],
                verdict: ReadinessVerdict) {
        self.profile = profile
        self.window = window
        self.indicators = indicators
        self.weeks = weeks
        self.verdict = verdict
    }

    public func indicator(_ key: IndicatorKey) -> IndicatorValue? {
        indicators.first { $0.key == key }
    }

    /// One indicator week by week, oldest first: a sparkline's points.
    public func series(of key: IndicatorKey) -> [Ratio] {
        weeks.compactMap { $0.indicator(key)?.ratio }
    }
}

/// The indicators of one clipped ISO week.
public struct WeekReport: Hashable, Sendable {
    public var week: ReportWeek
    public var indicators: [IndicatorValue]

    public init(week: ReportWeek, indicators: [IndicatorValue]) {
        self.week = week
        self.indicators = indicators
    }

    public func indicator(_ key: IndicatorKey) -> IndicatorValue? {
        indicators.first { $0.key == key }
    }
}
