import JournalCore
import TerminalUI

/// «Свои даты»: a report over days of the user's choosing, in the form the
/// readiness dashboard uses. Enter checks the dates and shows the report.
final class ReportDatesScreen: Screen {
    enum Action: Equatable { case submit, field, back }

    private var form: DateRangeForm
    private let onChoose: (SchoolDate, SchoolDate, AppContext) -> Void
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(from: SchoolDate, to: SchoolDate, context: AppContext, onChoose: @escaping (SchoolDate, SchoolDate, AppContext) -> Void) {
        form = DateRangeForm(from: from, to: to)
        self.onChoose = onChoose
        keyMap = KeyMap([
            KeyBinding(.enter, action: .submit, help: context.t("показать отчёт за эти даты", "show the report for these dates")),
            KeyBinding([.tab, .backTab, .up, .down], action: .field, help: context.t("другое поле", "the other field"), caption: "Tab ↑ ↓"),
            KeyBinding([.escape], action: .back, help: context.t("отмена", "cancel"), label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String { context.t("Отчёт за свои даты", "Report for own dates") }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch form.handle(key, language: context.language) {
        case .editing: return []
        case .cancelled: return [.pop]
        case .chosen(let from, let to):
            onChoose(from, to, context)
            return [.pop]
        }
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        form.render(in: area, buffer: &buffer, language: context.language)
    }
}
