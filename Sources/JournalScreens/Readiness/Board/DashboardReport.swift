import JournalCore
import ReadinessMetrics

/// A report as the dashboard shows it: the window's report and, for each
/// indicator, the last eight weeks up to the window's last week (the sparkline).
struct DashboardReport {
    static let sparklineWeeks = 8

    var report: ReadinessReport
    /// Oldest first; at most `sparklineWeeks`.
    var sparklineWeeks: [WeekReport]

    func sparkline(of key: IndicatorKey) -> [IndicatorValue?] {
        sparklineWeeks.map { $0.indicator(key) }
    }

    /// The eight weeks ending with the window's last week (clipped to `asOf`);
    /// nil when the window itself has that many, so its own weeks serve.
    static func sparklineWindow(for window: ReadinessWindow) -> ReadinessWindow? {
        guard window.weeks.count < sparklineWeeks else { return nil }
        let lastDay = max(window.from, min(window.to, window.asOf.date))
        let from = lastDay.mondayOfWeek.adding(days: -7 * (sparklineWeeks - 1))
        return try? ReadinessWindow(from: from, to: lastDay, asOf: window.asOf)
    }
}
