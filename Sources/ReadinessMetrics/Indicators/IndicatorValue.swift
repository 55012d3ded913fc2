import JournalCore

/// One indicator over one span: its ratio, the profile's threshold and whether
/// it was met.
public struct IndicatorValue: Hashable, Sendable {
    public var key: IndicatorKey
    public var ratio: Ratio
    /// Nil for an indicator computed outside the profile.
    public var threshold: Threshold?
    /// `parent_accounts` only: students with at least one parent account among
    /// enrolled students (the indicator itself may exceed 100 %).
    public var coverage: Ratio?

    public init(key: IndicatorKey, ratio: Ratio, threshold: Threshold?, coverage: Ratio? = nil) {
        self.key = key
        self.ratio = ratio
        self.threshold = threshold
        self.coverage = coverage
    }

    /// Met when there is a threshold and the ratio reaches it; no data is not met.
    public var met: Bool {
        threshold.map(ratio.meets) ?? false
    }
}
