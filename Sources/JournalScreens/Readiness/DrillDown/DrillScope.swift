import JournalCore
import ReadinessMetrics

/// What a drill-down is about: one indicator, in the dashboard's window and
/// profile, over the shared board. The window is kept as chosen, not as dates,
/// so that after a refresh every level is computed as of the same new moment.
struct DrillScope {
    let board: ReadinessBoard
    let window: DashboardWindow
    let profile: ReadinessProfile
    let indicator: IndicatorKey
    let openLesson: LessonOpener?

    func resolvedWindow() throws -> ReadinessWindow {
        try board.resolve(window)
    }

    /// The indicator over the whole school, as the dashboard shows it.
    func total() throws -> IndicatorValue? {
        try board.report(window, profile: profile).report.indicator(indicator)
    }

    /// `Окно 1 четверть: 02.09.2024 – 25.10.2024 · на 03.09.2024 10:00`
    func windowText(_ language: Language) -> String {
        guard let resolved = try? resolvedWindow() else { return "" }
        let periods = (try? board.facts().periods) ?? []
        return (language == .ru ? "Окно " : "Window ") + window.title(resolved: resolved, periods: periods, language: language)
            + ": " + ReadinessFormat.window(resolved) + (language == .ru ? " · на " : " · as of ") + ReadinessFormat.moment(resolved.asOf)
    }
}
