import JournalCore
import JournalStore
import TerminalUI

/// Every mark of one subject in the period, with its date and kind of work:
/// what the family view's one line per subject shortens. It shows only values
/// the family view already read; it asks the store for nothing.
final class FamilySubjectScreen: Screen {
    enum Action { case back }

    private let subject: FamilySubject
    private let child: FamilyChild
    private let period: String
    private var tableState = TableState()
    let keyMap: KeyMap<Action>

    init(subject: FamilySubject, child: FamilyChild, period: String) {
        self.subject = subject
        self.child = child
        self.period = period
        keyMap = KeyMap([KeyBinding([.escape], action: .back, help: "назад", label: "Назад", slot: 10)])
    }

    func title(in context: AppContext) -> String { "\(subject.name): \(child.fullName) · \(period)" }
    var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if keyMap.action(for: key) == .back { return [.pop] }
        _ = tableState.handle(key, for: table)
        return []
    }

    private var table: Table {
        Table(columns: [TableColumn(width: 12), TableColumn(width: 8, alignment: .center), TableColumn(width: 40)],
              headerRows: [["Дата", "Отметка", "Вид работы"]], rowCount: subject.marks.count, selectionMode: .row) { [subject] row, column in
            let mark = subject.marks[row]
            switch column {
            case 0: return TableCell(mark.date.russian)
            case 1: return TableCell(String(mark.value.value), style: mark.value.styleRole)
            default: return TableCell(mark.workType)
            }
        }
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let summary = context.t("Отметок: \(subject.marks.count) · средний балл: \(subject.average.isEmpty ? "—" : subject.average.russianText)",
                                "Marks: \(subject.marks.count) · average: \(subject.average.isEmpty ? "—" : subject.average.russianText)")
        _ = buffer.write(" " + summary, at: area.origin, clip: area)
        guard !subject.marks.isEmpty else { return }
        table.render(in: area.removingTop(2), buffer: &buffer, state: &tableState)
    }
}
