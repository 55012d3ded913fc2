import JournalCore
import TerminalUI

/// A small dialog of labelled text fields (a topic and its hours, a reason, a
/// weight): Tab or ↑↓ between fields, Enter submits, Esc cancels. The screen
/// that opened it checks the values and keeps it open while they are wrong.
struct FieldsForm: Equatable {
    enum Outcome: Equatable {
        case editing
        case cancelled
        case submitted([String])
    }

    var title: String
    var labels: [String]
    var fields: [TextFieldState]
    var hint: String
    var focus = 0
    /// What the screen found wrong in the last submit.
    var problem: String?

    init(title: String, labels: [String], values: [String], hint: String = "", maxLength: Int = 300) {
        self.title = title
        self.labels = labels
        self.fields = values.map { TextFieldState(text: $0, maxLength: maxLength) }
        self.hint = hint
    }

    var values: [String] { fields.map(\.text) }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .enter: return .submitted(values)
        default: _ = fields[focus].handle(key)
        }
        return .editing
    }

    func render(in area: Rect, buffer: inout Buffer, language: Language) {
        let height = fields.count + 5 + (problem == nil ? 0 : 1)
        let box = area.centered(Size(width: min(72, area.width), height: min(height, area.height)))
        Frame(title: title, border: .double, style: .dialog, titleStyle: .dialogTitle, fillsInside: true).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 1
        for (row, label) in labels.enumerated() {
            buffer.write(label, at: Point(x: inside.x, y: inside.y + row), style: .dialog, clip: inside)
            var field = fields[row]
            TextField(isFocused: focus == row)
                .render(in: Rect(x: inside.x + labelWidth, y: inside.y + row, width: max(4, inside.width - labelWidth), height: 1),
                        buffer: &buffer, state: &field)
        }
        var y = inside.y + fields.count + 1
        if let problem {
            buffer.write(problem, at: Point(x: inside.x, y: y), style: .error, clip: inside)
            y += 1
        }
        let keys = language == .ru ? "Enter — сохранить · Tab — поле · Esc — отмена" : "Enter save · Tab field · Esc cancel"
        buffer.write(hint.isEmpty ? keys : hint + " · " + keys, at: Point(x: inside.x, y: y), style: .dialog, clip: inside)
    }
}
