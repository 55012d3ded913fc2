import ReadinessMetrics
import TerminalUI

/// What the administrator chose on the dashboard; kept while they drill down
/// and when the numbers are computed again.
struct DashboardState {
    var window: DashboardWindow = .currentPeriod
    /// Nil: the school's default profile (setting `default_profile`).
    var profile: ReadinessProfile?
    /// The indicator under the cursor, by key, so it stays put when numbers change.
    var selected: IndicatorKey?
    var list = ListState()
    /// The own-dates form, while it is open.
    var form: DateRangeForm?

    /// The profile after `current` in the built-in list.
    static func profile(after current: ReadinessProfile) -> ReadinessProfile {
        let all = ReadinessProfile.builtIn
        guard let index = all.firstIndex(where: { $0.id == current.id }) else { return all[0] }
        return all[(index + 1) % all.count]
    }
}
