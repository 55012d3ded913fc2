import ControlReports
import JournalCore
import TerminalUI

/// What the reports screen shows: which report, whose, over which days, the
/// report computed for them (or why it could not be), which of its tables and
/// which cell. A value: the keys change it and the tests read it without a
/// database.
struct ReportsState {
    var kinds: [ReportKind]
    var kindIndex = 0
    var filters: [ReportFilter]
    var filterIndex = 0
    var windows: [ReportWindowChoice]
    var windowIndex = 0
    /// The academic year whose periods `windows` are; `{` `}` move to another.
    var year = AcademicYearSwitch(years: [])
    /// The report for the choices above, once computed.
    private(set) var report: ControlReport?
    /// Why there is no report: the store's refusal or a window with no lessons.
    private(set) var problem: String?
    /// The report's tables as shown: the progress report's categories first.
    private(set) var tables: [ReportTable] = []
    var tableIndex = 0
    var cursor = TableState()

    init(kinds: [ReportKind], filters: [ReportFilter], windows: [ReportWindowChoice], windowIndex: Int = 0) {
        self.kinds = kinds
        self.filters = filters
        self.windows = windows
        self.windowIndex = windows.indices.contains(windowIndex) ? windowIndex : 0
    }

    /// Another academic year: its periods as the windows, on the term of
    /// `day` (a past year's last term); the user's own dates are dropped.
    mutating func show(year: AcademicYearSwitch, periods: [Period], day: SchoolDate) {
        self.year = year
        windows = ReportWindowChoice.list(periods)
        windowIndex = ReportWindowChoice.current(in: windows, today: day)
    }

    var kind: ReportKind { kinds[min(kindIndex, kinds.count - 1)] }
    var filter: ReportFilter { filters[min(filterIndex, filters.count - 1)] }
    var window: ReportWindowChoice? { windows.indices.contains(windowIndex) ? windows[windowIndex] : nil }
    var table: ReportTable? { tables.indices.contains(tableIndex) ? tables[tableIndex] : nil }

    /// A report was computed: shown from its first table, the cursor on its first figure.
    mutating func show(_ report: ControlReport) {
        let sameKind = self.report?.kind == report.kind
        let keptTable = sameKind ? table?.name : nil
        self.report = report
        problem = nil
        tables = (ReportDrills.categories(report).map { [$0] } ?? []) + report.tables
        tableIndex = keptTable.flatMap { name in tables.firstIndex { $0.name == name } } ?? 0
        if !sameKind { cursor = TableState() }
        placeCursor()
    }

    mutating func fail(_ problem: String) {
        report = nil
        tables = []
        self.problem = problem
    }

    mutating func nextTable() {
        guard !tables.isEmpty else { return }
        tableIndex = (tableIndex + 1) % tables.count
        cursor = TableState()
        placeCursor()
    }

    mutating func step(kind delta: Int) {
        kindIndex = (kindIndex + delta + kinds.count) % kinds.count
    }

    /// The cursor on the first column after the frozen ones.
    private mutating func placeCursor() {
        guard let table else { return }
        let layout = ReportTableLayout(table)
        cursor.selectedColumn = max(cursor.selectedColumn, layout.frozen < table.columns.count ? layout.frozen : 0)
    }

    /// What Enter on the selected cell opens.
    var drill: ReportDrill? {
        guard let report, let table else { return nil }
        return ReportDrills.drill(report, table: table, row: cursor.selectedRow, column: cursor.selectedColumn)
    }

    /// The selected row as column key → value.
    var selectedRecord: [String: ReportValue]? {
        guard let table, table.rows.indices.contains(cursor.selectedRow) else { return nil }
        return table.records[cursor.selectedRow]
    }

    /// «Успеваемость и качество · класс 5А · 1 четверть»: the line under the title.
    var choiceLine: String {
        [kind.title.ru, filter.label, window?.label ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}

/// How a report table fits the terminal: its naming columns (class, group,
/// subject, teacher, student…) stay put while ← → move over the figures;
/// a column is as wide as its widest value, a long title is cut (the line
/// under the table gives it whole).
struct ReportTableLayout {
    static let namingKeys: Set<String> = ["class", "group", "subject", "teacher", "student", "week", "date", "month", "login", "full_name"]
    static let maxTextWidth = 24
    static let maxNumberTitle = 11

    var widths: [Int]
    var numeric: [Bool]
    var frozen: Int

    init(_ table: ReportTable) {
        let numeric = table.columns.indices.map { index in
            !table.rows.isEmpty && table.rows.allSatisfy { if case .text = $0[index] { false } else { true } }
        }
        self.numeric = numeric
        widths = table.columns.indices.map { index in
            let values = table.rows.prefix(500).map { DisplayWidth.of($0[index].printed) }.max() ?? 1
            let title = DisplayWidth.of(table.columns[index].title)
            let wanted = numeric[index] ? max(values, min(title, Self.maxNumberTitle)) : max(values, min(title, 12))
            return max(2, min(wanted, Self.maxTextWidth))
        }
        var count = 0, width = 0
        for column in table.columns where Self.namingKeys.contains(column.key) && count < 3 {
            guard table.columns.firstIndex(of: column) == count, width + widths[count] <= 48 else { break }
            width += widths[count] + 1
            count += 1
        }
        frozen = min(count, max(0, table.columns.count - 1))
    }
}
