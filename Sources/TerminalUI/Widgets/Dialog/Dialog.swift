/// A modal box centred over the screen: a title, message lines and a row of
/// buttons, e.g. a confirmation. The button texts come from the caller
/// (`["Да", "Нет"]`), as does the title; the chosen button lives in `DialogState`.
///
///     let confirm = Dialog(title: "Удалить отметку?", message: "Отметка 5 за 12.09 будет удалена.", buttons: ["Да", "Нет"])
///     confirm.render(in: screen, buffer: &buffer, state: &confirmState)
///     switch confirmState.handle(key, for: confirm) {
///     case .chosen(0): delete()
///     case .chosen, .cancelled: close()
///     case .handled, .ignored: break
///     }
public struct Dialog: StatefulWidget {
    public var title: String
    public var message: [String]
    public var buttons: [String]
    public var style: StyleRole
    /// The widest the box may grow; the message is wrapped to fit.
    public var maxWidth: Int

    /// A dialog whose `message` is word-wrapped to the box.
    public init(title: String, message: String, buttons: [String], style: StyleRole = .dialog, maxWidth: Int = 60) {
        self.title = title
        self.message = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.buttons = buttons
        self.style = style
        self.maxWidth = maxWidth
    }

    /// The box for `area`: as wide as the message needs, within `maxWidth`.
    public func box(in area: Rect) -> Rect {
        let buttonsWidth = buttonRow.width
        let widest = max(message.map { DisplayWidth.of($0) }.max() ?? 0, buttonsWidth, DisplayWidth.of(title) + 2)
        let width = min(min(maxWidth, area.width), widest + 4)
        let lines = wrappedMessage(width: width - 4)
        return area.centered(Size(width: width, height: lines.count + 4))
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout DialogState) {
        state.selectedButton = min(max(0, state.selectedButton), max(0, buttons.count - 1))
        let box = box(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        Frame(title: title, border: .double, style: style, titleStyle: .dialogTitle, fillsInside: true)
            .render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        for (index, line) in wrappedMessage(width: inside.width).enumerated() where index < inside.height - 1 {
            buffer.write(line, at: Point(x: inside.x, y: inside.y + index), style: style, clip: inside)
        }
        renderButtons(in: inside.bottom(1), buffer: &buffer, selected: state.selectedButton)
    }

    private var buttonRow: (labels: [String], width: Int) {
        let labels = buttons.map { "[ \($0) ]" }
        return (labels, labels.reduce(0) { $0 + DisplayWidth.of($1) } + max(0, labels.count - 1) * 2)
    }

    private func wrappedMessage(width: Int) -> [String] {
        message.flatMap { TextFitting.wrap($0, width: max(1, width)) }
    }

    private func renderButtons(in row: Rect, buffer: inout Buffer, selected: Int) {
        let (labels, width) = buttonRow
        var x = row.x + max(0, (row.width - width) / 2)
        for (index, label) in labels.enumerated() {
            let style: StyleRole = index == selected ? .selected : style
            x = buffer.write(label, at: Point(x: x, y: row.y), style: style, clip: row) + 2
        }
    }
}

/// Which button of a `Dialog` is selected.
public struct DialogState: Hashable, Sendable {
    public var selectedButton: Int

    public init(selectedButton: Int = 0) {
        self.selectedButton = selectedButton
    }

    /// ← → Tab Shift-Tab move between buttons; Enter chooses the selected one;
    /// the first letter of a button chooses it on either keyboard layout ("Д" or
    /// "l" for "Да"); Esc and F10 cancel. A modal dialog takes every other key as
    /// `.handled` too, so nothing leaks to the screen beneath.
    public mutating func handle(_ key: Key, for dialog: Dialog) -> DialogResult {
        let count = dialog.buttons.count
        switch key {
        case .left, .backTab:
            selectedButton = count > 0 ? (selectedButton + count - 1) % count : 0
        case .right, .tab:
            selectedButton = count > 0 ? (selectedButton + 1) % count : 0
        case .enter:
            return count > 0 ? .chosen(min(selectedButton, count - 1)) : .cancelled
        case .escape, .function(10):
            return .cancelled
        case .character(let character):
            if let index = Self.button(startingWith: character, in: dialog.buttons) { return .chosen(index) }
        case .resize:
            return .ignored
        default:
            break
        }
        return .handled
    }

    private static func button(startingWith character: Character, in buttons: [String]) -> Int? {
        let candidates = KeyboardLayout.sameKey(character)
        return buttons.firstIndex { button in
            guard let first = button.first else { return false }
            return candidates.contains(first)
        }
    }
}

public enum DialogResult: Hashable, Sendable {
    case ignored
    case handled
    /// The index of the chosen button.
    case chosen(Int)
    case cancelled
}
