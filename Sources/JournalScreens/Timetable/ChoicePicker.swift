import JournalCore
import TerminalUI

/// A pick list over a dialog: typing narrows it (a code or a piece of a
/// name), arrows choose, Enter takes the chosen one, Esc leaves.
struct ChoicePicker: Equatable {
    enum Outcome: Equatable {
        case picking
        case cancelled
        case chosen(String)
    }

    struct Item: Equatable {
        var value: String
        var label: String
    }

    let title: String
    let items: [Item]
    var filter = TextFieldState(maxLength: 40)
    var list = ListState()

    init(title: String, items: [Item]) {
        self.title = title
        self.items = items
    }

    var visible: [Item] {
        let needle = filter.text.trimmingSpaces.lowercased()
        guard !needle.isEmpty else { return items }
        return items.filter { $0.value.lowercased().contains(needle) || $0.label.lowercased().contains(needle) }
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter:
            let shown = visible
            guard let index = list.selected, shown.indices.contains(index) else { return .picking }
            return .chosen(shown[index].value)
        case .up, .down, .pageUp, .pageDown, .home, .end:
            _ = list.handle(key, itemCount: visible.count)
        default:
            if filter.handle(key) == .changed { list = ListState() }
        }
        return .picking
    }

    func render(in area: Rect, buffer: inout Buffer, language: Language) {
        let box = area.centered(Size(width: min(50, area.width), height: min(16, area.height)))
        Frame(title: title, border: .double, style: .dialog, titleStyle: .dialogTitle, fillsInside: true).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 1, vertical: 1)
        let after = buffer.write(language == .ru ? "Поиск: " : "Find: ", at: inside.origin, style: .dialog, clip: inside)
        var field = filter
        TextField(isFocused: true).render(in: Rect(x: after, y: inside.y, width: inside.width - (after - inside.x), height: 1),
                                          buffer: &buffer, state: &field)
        var state = list
        List(items: visible.map { ListItem($0.label) }, style: .dialog).render(in: inside.removingTop(2), buffer: &buffer, state: &state)
    }
}
