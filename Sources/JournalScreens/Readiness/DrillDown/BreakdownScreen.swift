import JournalCore
import ReadinessMetrics
import TerminalUI

/// An indicator by class, by teacher or by subject (Tab switches), worst
/// first. Enter lists what is behind the selected row's shortfall.
final class BreakdownScreen: Screen {
    let scope: DrillScope
    let keyMap: KeyMap<BreakdownAction>
    private let language: Language
    private(set) var dimension: BreakdownDimension
    /// The row under the cursor in each split, by who or what it is about.
    private var selected: [BreakdownDimension: BreakdownGroup] = [:]
    private var lists: [BreakdownDimension: ListState] = [:]

    init(scope: DrillScope, context: AppContext) {
        self.scope = scope
        keyMap = BreakdownAction.keyMap(context)
        language = context.language
        dimension = scope.indicator.breakdowns.first ?? .schoolClass
    }

    func title(in context: AppContext) -> String {
        scope.indicator.title.text(in: context.language) + " — " + ShortfallWords.split(dimension).text(in: context.language)
    }
    var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func reload(context: AppContext) {
        scope.board.invalidate(now: context.now)
    }

    func rows() throws -> [BreakdownRow] {
        try scope.board.breakdown(scope.indicator, by: dimension, window: scope.resolvedWindow(), profile: scope.profile)
    }

    /// The index of the selected row in `rows`: the same group as before, or the first.
    func selectedIndex(in rows: [BreakdownRow]) -> Int? {
        guard !rows.isEmpty else { return nil }
        return selected[dimension].flatMap { group in rows.firstIndex { $0.group == group } } ?? 0
    }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .move?: move(key)
        case .open?: return open(context)
        case .nextDimension?: return nextDimension(context)
        case .refresh?:
            scope.board.invalidate(now: context.now)
            return [.status(StatusMessage(context.t("Пересчитано на \(scope.board.moment.timeOfDay.text).",
                                                    "Computed again as of \(scope.board.moment.timeOfDay.text).")))]
        case .back?: return [.pop]
        case nil: break
        }
        return []
    }

    private func move(_ key: Key) {
        guard let rows = try? rows(), let index = selectedIndex(in: rows) else { return }
        var list = lists[dimension] ?? ListState()
        list.selected = index
        _ = list.handle(key, itemCount: rows.count)
        lists[dimension] = list
        if let moved = list.selected { selected[dimension] = rows[moved].group }
    }

    private func open(_ context: AppContext) -> [ScreenEffect] {
        guard let rows = try? rows(), let index = selectedIndex(in: rows) else { return [] }
        return [.push(ShortfallScreen(scope: scope, group: rows[index], context: context))]
    }

    private func nextDimension(_ context: AppContext) -> [ScreenEffect] {
        let all = scope.indicator.breakdowns
        guard all.count > 1, let index = all.firstIndex(of: dimension) else {
            return [.status(StatusMessage(context.t("Этот показатель делится только по классам.",
                                                    "This indicator splits by class only.")))]
        }
        dimension = all[(index + 1) % all.count]
        return []
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        let language = context.language
        buffer.write(scope.windowText(language), at: area.origin, style: .dim, clip: area)
        let rows: [BreakdownRow]
        do {
            buffer.write(try totalLine(language), at: Point(x: area.x, y: area.y + 1), clip: area)
            rows = try self.rows()
        } catch {
            Paragraph(wrapping: context.describe(error), width: area.width, style: .error).render(in: area.removingTop(2), buffer: &buffer)
            return
        }
        buffer.write(splitLine(language), at: Point(x: area.x, y: area.y + 2), clip: area)
        let table = area.removingTop(4)
        buffer.write(BreakdownLine.header(scope.indicator, dimension, language), at: table.origin, clip: table)
        guard !rows.isEmpty else {
            buffer.write(context.t("  Нет данных: в окне нет учитываемых уроков.", "  No data: no counted lessons in the window."),
                         at: Point(x: table.x, y: table.y + 1), style: .dim, clip: table)
            return
        }
        var list = lists[dimension] ?? ListState()
        list.selected = selectedIndex(in: rows)
        let items = rows.map { ListItem(BreakdownLine.line($0, scope.indicator, language)) }
        List(items: items).render(in: table.removingTop(1), buffer: &buffer, state: &list)
        lists[dimension] = list
        if let index = list.selected { selected[dimension] = rows[index].group }
    }

    /// `Порог 95 % · по школе ✗ 90,0 % (180 / 200)`
    private func totalLine(_ language: Language) throws -> Line {
        guard let total = try scope.total() else { return Line("") }
        let ru = language == .ru
        return Line([Span((ru ? "Порог " : "Goal ") + ReadinessFormat.threshold(total.threshold, language) + (ru ? " · по школе " : " · school ")),
                     Span(ReadinessFormat.mark(total.met), style: ReadinessFormat.style(total.met)),
                     Span(" " + total.ratio.text(in: language) + " (" + ReadinessFormat.fraction(total.ratio, width: 40) + ")",
                          style: .emphasis)])
    }

    /// `Разрез (Tab): [по классам]  по учителям  по предметам`
    private func splitLine(_ language: Language) -> Line {
        var spans = [Span(language == .ru ? "Разрез (Tab):" : "Split (Tab):")]
        for option in scope.indicator.breakdowns {
            let text = ShortfallWords.split(option).text(in: language)
            spans.append(option == dimension ? Span(" [" + text + "]", style: .emphasis) : Span("  " + text + " ", style: .dim))
        }
        return Line(spans)
    }
}

/// One row of a breakdown: mark, who or what, value, numerator over
/// denominator, and how many items are behind the shortfall.
enum BreakdownLine {
    static let nameWidth = 32
    static let countWidth = 10

    static func header(_ key: IndicatorKey, _ dimension: BreakdownDimension, _ language: Language) -> Line {
        let text = "  " + TextFitting.fit(ShortfallWords.groupColumn(dimension).text(in: language), width: nameWidth)
            + " " + TextFitting.fit(language == .ru ? "Значение" : "Value", width: IndicatorLine.valueWidth, alignment: .right)
            + " " + TextFitting.fit(language == .ru ? "Числ. / знам." : "Num. / den.", width: IndicatorLine.fractionWidth, alignment: .right)
            + " " + TextFitting.fit(ShortfallWords.column(key).text(in: language), width: countWidth, alignment: .right)
        return Line(text, style: .header)
    }

    static func line(_ row: BreakdownRow, _ key: IndicatorKey, _ language: Language) -> Line {
        let text = " " + TextFitting.fit(row.name, width: nameWidth)
            + " " + TextFitting.fit(row.ratio.text(in: language), width: IndicatorLine.valueWidth, alignment: .right)
            + " " + TextFitting.fit(ReadinessFormat.fraction(row.ratio, width: IndicatorLine.fractionWidth),
                                    width: IndicatorLine.fractionWidth, alignment: .right)
            + " " + TextFitting.fit(String(ShortfallWords.count(row)), width: countWidth, alignment: .right)
        return Line([Span(ReadinessFormat.mark(row.met), style: ReadinessFormat.style(row.met)), Span(text)])
    }
}
