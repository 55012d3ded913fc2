import JournalCore
import ReadinessMetrics
import TerminalUI

/// Draws the dashboard: what is shown (profile, window, moment), the
/// indicators, the parents' coverage and the verdict, top to bottom in 78×19.
struct DashboardView {
    let screen: ReadinessDashboardScreen
    let context: AppContext

    private var language: Language { context.language }

    func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area)
        let profile = screen.currentProfile
        buffer.write(profileLine(profile), at: area.origin, clip: area)
        let dashboard: DashboardReport
        do {
            dashboard = try screen.currentReport()
        } catch {
            renderError(error, in: area.removingTop(2), buffer: &buffer)
            return
        }
        buffer.write(windowLine(dashboard.report.window), at: Point(x: area.x, y: area.y + 1), clip: area)
        var rest = area.removingTop(3)
        buffer.write(IndicatorLine.header(language), at: rest.origin, clip: rest)
        rest = rest.removingTop(1)
        let indicators = dashboard.report.indicators
        renderIndicators(indicators, dashboard, in: rest.top(indicators.count), buffer: &buffer)
        rest = rest.removingTop(indicators.count)
        if let coverage = dashboard.report.indicator(.parentAccounts)?.coverage {
            buffer.write(coverageLine(coverage), at: rest.origin, style: .dim, clip: rest)
            rest = rest.removingTop(1)
        }
        renderVerdict(dashboard.report, in: rest.removingTop(1), buffer: &buffer)
    }

    private func profileLine(_ profile: ReadinessProfile) -> Line {
        Line([Span(context.t("Профиль ", "Profile ")), Span(profile.id, style: .emphasis), Span(" — " + profile.name)])
    }

    private func windowLine(_ window: ReadinessWindow) -> Line {
        let periods = (try? screen.board.facts().periods) ?? []
        let name = screen.state.window.title(resolved: window, periods: periods, language: language)
        return Line([Span(context.t("Окно ", "Window ")), Span(name, style: .emphasis),
                     Span(": " + ReadinessFormat.window(window) + context.t(" · на ", " · as of ") + ReadinessFormat.moment(window.asOf))])
    }

    private func renderIndicators(_ indicators: [IndicatorValue], _ dashboard: DashboardReport, in area: Rect,
                                  buffer: inout Buffer) {
        let keys = indicators.map(\.key)
        let selected = screen.state.selected.flatMap { keys.firstIndex(of: $0) } ?? 0
        var list = screen.state.list
        list.selected = keys.isEmpty ? nil : selected
        let items = indicators.map { ListItem(IndicatorLine.line($0, sparkline: dashboard.sparkline(of: $0.key), language: language)) }
        List(items: items).render(in: area, buffer: &buffer, state: &list)
        screen.remember(list: list, selected: keys.isEmpty ? nil : keys[selected])
    }

    private func coverageLine(_ coverage: Ratio) -> String {
        context.t("  охват: родитель в журнале есть у \(coverage.text(in: language)) учеников (\(coverage.numerator) из \(coverage.denominator))",
                  "  coverage: \(coverage.text(in: language)) of students have a parent account (\(coverage.numerator) of \(coverage.denominator))")
    }

    private func renderVerdict(_ report: ReadinessReport, in area: Rect, buffer: inout Buffer) {
        var lines = VerdictLines.lines(report, width: area.width, language: language)
        if lines.count > area.height, area.height > 0 {
            lines = Array(lines.prefix(area.height - 1)) + [Line(context.t("  … и ещё: Enter на показателе ✗ покажет подробности",
                                                                          "  … and more: Enter on a ✗ indicator shows the details"), style: .dim)]
        }
        Paragraph(lines).render(in: area, buffer: &buffer)
    }

    private func renderError(_ error: Error, in area: Rect, buffer: inout Buffer) {
        let text = context.t("Показатели не посчитаны: ", "The indicators could not be computed: ") + context.describe(error)
        let lines = TextFitting.wrap(text, width: area.width).map { Line($0, style: .warning) }
        Paragraph(lines).render(in: area, buffer: &buffer)
    }
}
