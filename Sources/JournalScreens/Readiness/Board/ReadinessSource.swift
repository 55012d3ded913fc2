import JournalStore
import ReadinessMetrics

/// Where the dashboard's numbers come from: `ReadinessCalculator` in the
/// program, a counting wrapper in tests that check nothing is computed twice.
public protocol ReadinessSource {
    func report(profile: ReadinessProfile, window: ReadinessWindow, verdictWeeks: Int) throws -> ReadinessReport
    /// Several indicators split the same way, in one pass over the lessons.
    func breakdowns(of keys: [IndicatorKey], profile: ReadinessProfile, window: ReadinessWindow,
                    by dimension: BreakdownDimension) throws -> [IndicatorKey: [BreakdownRow]]
    func shortfall(of key: IndicatorKey, profile: ReadinessProfile, window: ReadinessWindow, slice: LessonSlice,
                   limit: Int?) throws -> [ShortfallItem]
}

extension ReadinessCalculator: ReadinessSource {
    public func report(profile: ReadinessProfile, window: ReadinessWindow, verdictWeeks: Int) throws -> ReadinessReport {
        try report(profile: profile, window: window, verdictWeeks: verdictWeeks, indicators: nil)
    }
}
