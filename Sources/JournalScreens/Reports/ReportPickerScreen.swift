import JournalCore
import TerminalUI

/// A list to choose one thing from (a report, whose, a period, a format).
/// Typing narrows a long list to the lines holding what was typed; Enter
/// chooses, Esc gives up.
final class ReportPickerScreen: Screen {
    enum Action: Equatable { case move, choose, erase, back }

    private let heading: String
    private let items: [String]
    private let onChoose: (Int, AppContext) -> [ScreenEffect]
    private var typed = ""
    private var list: ListState
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(title: String, items: [String], selected: Int, context: AppContext,
         onChoose: @escaping (Int, AppContext) -> [ScreenEffect]) {
        heading = title
        self.items = items
        self.onChoose = onChoose
        list = ListState(selected: items.indices.contains(selected) ? selected : 0)
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move, help: context.t("выбрать строку", "choose a line"),
                       caption: "↑ ↓"),
            KeyBinding(.enter, action: .choose, help: context.t("выбрать", "choose")),
            KeyBinding([.backspace], action: .erase, help: context.t("стереть набранную букву поиска", "erase a typed letter")),
            KeyBinding([.escape], action: .back, help: context.t("назад, ничего не меняя", "back, changing nothing"),
                       label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String { heading }
    var helpEntries: [HelpEntry] {
        keyMap.helpEntries + [HelpEntry(keys: "буквы", text: "найти: остаются строки, где есть набранное")]
    }

    /// Indices into `items` of the lines holding what was typed.
    var shown: [Int] {
        let wanted = typed.lowercased()
        return wanted.isEmpty ? Array(items.indices) : items.indices.filter { items[$0].lowercased().contains(wanted) }
    }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if case .character(let character) = key, keyMap.action(for: key) == nil, !character.isNewline {
            typed.append(character)
            list.selected = 0
            return []
        }
        switch keyMap.action(for: key) {
        case .move?:
            _ = list.handle(key, itemCount: shown.count)
        case .erase?:
            if !typed.isEmpty { typed.removeLast() }
            list.selected = 0
        case .choose?:
            let lines = shown
            guard let selected = list.selected, lines.indices.contains(selected) else { return [] }
            return [.pop] + onChoose(lines[selected], context)
        case .back?:
            return [.pop]
        case nil:
            break
        }
        return []
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        let search = typed.isEmpty ? context.t("Наберите буквы, чтобы найти.", "Type to find.") : context.t("Поиск: ", "Find: ") + typed
        buffer.write(search, at: inner.origin, style: typed.isEmpty ? .dim : .emphasis, clip: inner)
        let lines = shown
        guard !lines.isEmpty else {
            buffer.write(context.t("Ничего не найдено.", "Nothing found."), at: Point(x: inner.x, y: inner.y + 2), style: .warning, clip: inner)
            return
        }
        var state = list
        List(items: lines.map { ListItem(items[$0]) })
            .render(in: inner.removingTop(2), buffer: &buffer, state: &state)
        list = state
    }
}
