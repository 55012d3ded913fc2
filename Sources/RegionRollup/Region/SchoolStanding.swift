import JournalCore
import ReadinessMetrics

/// One school in the region's roll-up: its newest trusted report and the
/// files of its other weeks.
public struct SchoolStanding: Hashable, Sendable {
    public var code: String
    public var name: String
    /// The newest trusted report; nil when the school has sent none.
    public var latest: WeeklyReport?
    /// `SHA256:…` of the key that signed it.
    public var keyFingerprint: String?
    /// Its trusted files, one per week (the latest moment when a week came
    /// twice), newest week first.
    public var files: [ReportFile]
    /// The newest report is for an earlier week than the region's.
    public var isStale: Bool

    /// A trusted file of one week.
    public struct ReportFile: Hashable, Sendable {
        /// Relative to the region's folder.
        public var path: String
        public var week: String
        public var asOf: String
    }

    /// What the school lacks to the profile's thresholds in its report's week,
    /// in percentage points summed over the indicators (no data: the whole
    /// threshold); 0 when every indicator met its threshold. The ranking's key.
    public var shortfall: Double {
        guard let latest, let week = latest.ownWeek else { return .infinity }
        return latest.indicators.reduce(0) { sum, key in
            guard let threshold = week.indicator(key)?.threshold else { return sum }
            let goal = Double(threshold.hundredths) / 100
            guard let ratio = week.indicator(key)?.ratio, ratio.hasValue else { return sum + goal }
            return sum + max(0, goal - Double(ratio.numerator) * 100 / Double(ratio.denominator))
        }
    }

    /// How many of the profile's indicators missed their threshold in the report's week.
    public var unmetCount: Int {
        guard let latest, let week = latest.ownWeek else { return 0 }
        return latest.indicators.filter { !(week.indicator($0)?.met ?? false) }.count
    }

    public func light(_ key: IndicatorKey) -> IndicatorLight {
        guard let latest, latest.indicators.contains(key) else { return .notInProfile }
        guard let value = latest.ownWeek?.indicator(key), value.ratio.hasValue else { return .noData }
        if !value.met { return .failing }
        return latest.verdict.held(key) ? .recovering : .met
    }

    /// For each of the last eight weeks of the newest report (oldest first): the
    /// share of the profile's indicators that met their threshold; nil for a
    /// week without any data.
    public var series: [Double?] {
        guard let latest, !latest.indicators.isEmpty else { return [] }
        let weeks = latest.weeks.filter { $0.label <= latest.header.week }.suffix(WeeklyReportJSON.seriesWeeks)
        return weeks.map { week in
            let values = latest.indicators.compactMap { week.indicator($0) }
            guard values.contains(where: \.ratio.hasValue) else { return nil }
            return Double(values.filter(\.met).count) / Double(latest.indicators.count)
        }
    }
}

/// A school's indicator on the region's screen, as a traffic light.
public enum IndicatorLight: Hashable, Sendable {
    /// Met in the report's week and in every week of the verdict.
    case met
    /// Met in the report's week, but missed in an earlier week of the verdict:
    /// on its way, not yet there.
    case recovering
    /// Missed in the report's week.
    case failing
    /// No lessons or no pupils that week: does not meet the threshold either.
    case noData
    /// Not an indicator of the school's profile.
    case notInProfile
}
