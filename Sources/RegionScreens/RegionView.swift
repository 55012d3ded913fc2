import JournalCore
import ReadinessMetrics
import RegionRollup
import TerminalUI

/// The tables of the region screen's pages, built from the state; keys move
/// their selection, `RegionView` draws them.
public struct RegionTables {
    var schools: Table
    var weeks: Table
    var untrusted: Table

    init(_ state: RegionState) {
        schools = Self.schools(state)
        weeks = Self.weeks(state)
        untrusted = Self.untrusted(state)
    }

    /// №, school | the indicators (they scroll when many) | shortfall, 8 weeks, verdict.
    static func schools(_ state: RegionState) -> Table {
        let rollup = state.rollup, language = state.language, ru = language == .ru
        let keys = rollup.columns
        let columns = [TableColumn(width: 4, alignment: .right), TableColumn(width: 20)]
            + keys.map { _ in TableColumn(width: 5, alignment: .right) }
            + [TableColumn(width: 5, alignment: .right), TableColumn(width: 8), TableColumn(width: 6)]
        let header = [TableCell("№"), TableCell(ru ? "Школа" : "School")] + keys.map { TableCell(RegionWords.column($0, language)) }
            + [TableCell(ru ? "Недоб" : "Short"), TableCell(ru ? "8 недель" : "8 weeks"), TableCell(ru ? "Итог" : "Result")]
        return Table(columns: columns, headerRows: [header], rowCount: rollup.schools.count, frozenColumns: 2, trailingFrozenColumns: 3,
                     selectionMode: .row, rowHeaderHighlight: .none) { row, column in
            let school = rollup.schools[row]
            switch column {
            case 0: return TableCell(String(row + 1))
            case 1: return TableCell(school.name)
            case columns.count - 3: return TableCell(RegionWords.shortfall(school), alignment: .right)
            case columns.count - 2: return TableCell(Sparkline.bars(school.series, range: 0...1), style: .emphasis)
            case columns.count - 1: return RegionWords.verdict(school, language)
            default:
                let key = keys[column - 2]
                return RegionWords.cell(school.light(key), school.latest?.ownWeek?.indicator(key))
            }
        }
    }

    /// Week | the indicators of that week | who signed.
    static func weeks(_ state: RegionState) -> Table {
        guard case .weeks(let page) = state.page else { return Table(columns: [], rows: []) }
        let language = state.language, ru = language == .ru
        let keys = page.school.latest?.indicators ?? state.rollup.columns
        let columns = [TableColumn(width: 9)] + keys.map { _ in TableColumn(width: 6, alignment: .right) } + [TableColumn(width: 16)]
        let header = [TableCell(ru ? "Неделя" : "Week")] + keys.map { TableCell(RegionWords.column($0, language)) }
            + [TableCell(ru ? "Отчёт на" : "As of")]
        return Table(columns: columns, headerRows: [header], rowCount: page.weeks.count, frozenColumns: 1,
                     selectionMode: .row, rowHeaderHighlight: .none) { row, column in
            switch page.weeks[row] {
            case .failure(let file):
                if column == 0 { return TableCell(ru ? "не засч." : "untrusted", style: .error) }
                return column == 1 ? TableCell(file.path + ": " + file.reason.text(in: language), style: .error) : .empty
            case .success(let report):
                if column == 0 { return TableCell(report.header.week) }
                if column == columns.count - 1 { return TableCell(report.header.asOfText, style: .dim) }
                let value = report.ownWeek?.indicator(keys[column - 1])
                let light: IndicatorLight = value == nil ? .notInProfile : !(value!.ratio.hasValue) ? .noData : value!.met ? .met : .failing
                return RegionWords.cell(light, value)
            }
        }
    }

    static func untrusted(_ state: RegionState) -> Table {
        let files = state.rollup.untrusted, language = state.language
        return Table(columns: [TableColumn(width: 30), TableColumn(width: 200)],
                     headerRows: [[TableCell(language == .ru ? "Файл" : "File"), TableCell(language == .ru ? "Почему не засчитан" : "Why")]],
                     rowCount: files.count, frozenColumns: 1, selectionMode: .row, rowHeaderHighlight: .none) { row, column in
            column == 0 ? TableCell(files[row].path) : TableCell(files[row].reason.text(in: language), style: .error)
        }
    }
}

/// Draws the region screen: title bar, the page in a frame, status line and
/// function bar, as every zhurnal screen (ui.md).
public enum RegionView {
    public static let minimumSize = Size(width: 80, height: 24)

    public static func frame(_ state: inout RegionState, size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        let ru = state.language == .ru
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            _ = buffer.write(ru ? "Окно \(size.width)×\(size.height): нужно не меньше 80×24." : "Window \(size.width)×\(size.height): 80×24 is needed.",
                             at: Point(x: 0, y: 0), style: .warning)
            return buffer
        }
        let layout = ScreenLayout(area: buffer.area)
        titleBar(state).render(in: layout.title, buffer: &buffer)
        let box = Frame(title: title(state))
        box.render(in: layout.body, buffer: &buffer)
        var tables = RegionTables(state)
        body(&state, tables: &tables, in: box.inner(of: layout.body), buffer: &buffer)
        StatusBar(Line(" " + status(state))).render(in: layout.status, buffer: &buffer)
        FunctionBar(keyMap: state.keys).render(in: layout.functionBar, buffer: &buffer)
        if var help = state.help {
            let area = layout.body.inset(by: 1)
            let frame = Frame(title: ru ? "Справка — F1" : "Help — F1", style: .dialog, titleStyle: .dialogTitle, fillsInside: true)
            frame.render(in: area, buffer: &buffer)
            HelpView(keyMap: state.keys, heading: [Line(title(state), style: .emphasis), Line("")])
                .render(in: frame.inner(of: area), buffer: &buffer, state: &help)
            state.help = help
        }
        return buffer
    }

    static func titleBar(_ state: RegionState) -> StatusBar {
        let ru = state.language == .ru
        let right = (ru ? "неделя " : "week ") + (state.rollup.week ?? "—") + " "
        return StatusBar(Line(" " + (ru ? "Район · " : "Region · ") + state.rollup.folder), right: Line(right), style: .title)
    }

    static func title(_ state: RegionState) -> String {
        let ru = state.language == .ru
        switch state.page {
        case .schools: return ru ? "Школы по недобору" : "Schools by shortfall"
        case .weeks(let page): return (ru ? "Недели школы · " : "Weeks of · ") + page.school.name
        case .untrusted: return ru ? "Не засчитанные файлы" : "Files not counted"
        }
    }

    static func status(_ state: RegionState) -> String {
        let rollup = state.rollup, ru = state.language == .ru
        let ready = rollup.schools.filter { $0.latest?.verdict.ready == true && !$0.isStale }.count
        let counts = ru ? "школ \(rollup.schools.count), готовы \(ready) · файлов \(rollup.fileCount)"
            : "schools \(rollup.schools.count), ready \(ready) · files \(rollup.fileCount)"
        if let problem = state.problem { return counts + " · " + problem }
        guard rollup.checkedAll else {
            return counts + (ru ? " · проверяются подписи остальных файлов…" : " · checking the other files' signatures…")
        }
        return counts + (ru ? ", не засчитано \(rollup.untrusted.count)" : ", not counted \(rollup.untrusted.count)")
    }

    private static func body(_ state: inout RegionState, tables: inout RegionTables, in area: Rect, buffer: inout Buffer) {
        switch state.page {
        case .schools:
            let footer = schoolsFooter(state, width: area.width)
            tables.schools.render(in: area.removingBottom(footer.count), buffer: &buffer, state: &state.schoolsTable)
            Paragraph(footer).render(in: area.bottom(footer.count), buffer: &buffer)
        case .weeks(let page):
            let footer = weeksFooter(page, state.language)
            tables.weeks.render(in: area.removingBottom(footer.count), buffer: &buffer, state: &state.weeksTable)
            Paragraph(footer).render(in: area.bottom(footer.count), buffer: &buffer)
        case .untrusted:
            if state.rollup.untrusted.isEmpty {
                Paragraph([Line(state.language == .ru ? "Все файлы подписаны ключами школ и не изменены." : "Every file is signed by a school's key and unchanged.",
                                style: .success)]).render(in: area, buffer: &buffer)
            } else {
                tables.untrusted.render(in: area, buffer: &buffer, state: &state.untrustedTable)
            }
        }
    }

    /// The selected school's verdict, the files not counted, the legend.
    static func schoolsFooter(_ state: RegionState, width: Int) -> [Line] {
        let ru = state.language == .ru
        var lines: [Line] = []
        if let school = state.selectedSchool {
            let text: String
            if let latest = school.latest {
                text = school.name + " (" + school.code + ", " + latest.header.week + "): " + RegionWords.verdictLine(latest, state.language)
            } else {
                text = school.name + " (" + school.code + "): " + (ru ? "не прислала ни одного отчёта" : "has sent no report")
            }
            lines.append(Line(TextFitting.truncate(text, toWidth: width)))
        }
        let untrusted = state.rollup.untrusted
        if let first = untrusted.first {
            let more = untrusted.count > 1 ? (ru ? " и ещё \(untrusted.count - 1) — F4" : " and \(untrusted.count - 1) more — F4") : ""
            let text = (ru ? "Не засчитан: " : "Not counted: ") + first.path + " — " + first.reason.text(in: state.language) + more
            lines.append(Line(TextFitting.truncate(text, toWidth: width), style: .error))
        }
        lines.append(RegionWords.legend(state.language))
        return lines
    }

    static func weeksFooter(_ page: RegionState.SchoolWeeks, _ language: Language) -> [Line] {
        let ru = language == .ru
        guard let latest = page.school.latest else { return [] }
        return [
            Line(RegionWords.verdictLine(latest, language)),
            Line((ru ? "Аудит: " : "Audit: ") + latest.header.auditHead.prefix(24) + "…  " + (ru ? "ключ " : "key ")
                 + (page.school.keyFingerprint ?? ""), style: .dim),
            RegionWords.legend(language),
        ]
    }
}
