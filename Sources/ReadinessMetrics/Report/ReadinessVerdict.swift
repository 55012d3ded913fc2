import JournalCore

/// Whether the school may switch to the paperless journal: every indicator of
/// the profile met its threshold in each of the last N complete weeks of the
/// report. Fewer than N complete weeks in the window is not ready either.
public struct ReadinessVerdict: Hashable, Sendable {
    public var ready: Bool
    /// N: the `verdict_weeks` setting.
    public var requiredWeeks: Int
    /// The complete weeks looked at (at most N, the latest), oldest first.
    public var weeks: [String]
    /// Indicators not met in at least one of those weeks, in readiness.md order.
    public var blocking: [IndicatorKey]
    /// For each blocking indicator, the weeks it was not met.
    public var heldBack: [HeldBackIndicator]

    public init(weekly: [WeekReport], profile: ReadinessProfile, requiredWeeks: Int) {
        self.requiredWeeks = requiredWeeks
        let examined = Array(weekly.filter(\.week.isComplete).suffix(max(0, requiredWeeks)))
        weeks = examined.map(\.week.label)
        heldBack = profile.indicators.compactMap { key in
            let missed = examined.filter { !($0.indicator(key)?.met ?? false) }.map(\.week.label)
            return missed.isEmpty ? nil : HeldBackIndicator(key: key, weeks: missed)
        }
        blocking = heldBack.map(\.key)
        ready = requiredWeeks > 0 && examined.count == requiredWeeks && blocking.isEmpty && !profile.indicators.isEmpty
    }

    /// How many complete weeks the window lacks for a verdict.
    public var missingWeeks: Int { max(0, requiredWeeks - weeks.count) }
}

/// An indicator that held the school back, and the weeks it did.
public struct HeldBackIndicator: Hashable, Sendable {
    public var key: IndicatorKey
    public var weeks: [String]

    public init(key: IndicatorKey, weeks: [String]) {
        self.key = key
        self.weeks = weeks
    }
}
