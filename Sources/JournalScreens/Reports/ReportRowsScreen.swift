import ControlReports
import JournalCore
import TerminalUI

/// The rows behind a figure of a report (the students «с одной 2» of a class,
/// those with one mark in a subject, a teacher's remarks of a week). Enter
/// opens the row: the student's marks or the lesson.
final class ReportRowsScreen: Screen {
    enum Action: Equatable { case move, open, back }

    private let heading: String
    let table: ReportTable
    private let navigator: ReportNavigator
    private var cursor = TableState()
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(title: String, table: ReportTable, navigator: ReportNavigator, context: AppContext) {
        heading = title
        self.table = table
        self.navigator = navigator
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .left, .right, .home, .end], action: .move,
                       help: context.t("выбрать строку; ← → — остальные столбцы", "choose a row; ← → the other columns"),
                       caption: "↑ ↓ ← →"),
            KeyBinding(.enter, action: .open, help: context.t("открыть: отметки ученика или урок в журнале класса",
                                                              "open: the student's marks or the lesson in the class grid")),
            KeyBinding([.escape], action: .back, help: context.t("назад, к отчёту", "back to the report"),
                       label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String { heading }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    /// The name of the selected row's student, if it has one.
    var selectedStudent: String? {
        table.rows.indices.contains(cursor.selectedRow) ? table.records[cursor.selectedRow]["student"]?.plain : nil
    }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .move?:
            _ = cursor.handle(key, for: ReportTableView.widget(table, selection: .row))
        case .open?:
            guard let drill = ReportDrills.drill(navigator.report, table: table, row: cursor.selectedRow, column: 0) else {
                return [.status(StatusMessage(context.t("За этой строкой ничего нет.", "Nothing behind this row.")))]
            }
            return navigator.open(drill, context: context)
        case .back?: return [.pop]
        case nil: break
        }
        return []
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.write(navigator.report.subtitle, at: area.origin, style: .dim, clip: area)
        buffer.write(context.t("Строк: \(table.rows.count) · Enter — открыть", "Rows: \(table.rows.count) · Enter opens"),
                     at: Point(x: area.x, y: area.y + 1), clip: area)
        ReportTableView.widget(table, selection: .row).render(in: area.removingTop(3), buffer: &buffer, state: &cursor)
    }
}
