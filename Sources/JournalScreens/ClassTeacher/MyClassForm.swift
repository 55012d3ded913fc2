import JournalCore
import TerminalUI

/// A small form of labelled text fields over «Мой класс»: the excuse (from,
/// to, document), a person's contacts, an event, a week to go to. It only
/// collects text; the screen parses it and the store checks it.
struct MyClassForm {
    enum Purpose: Equatable {
        case excuse(StudentID, name: String)
        case contact(ContactTarget)
        case event(ClassEvent?)
        case goToDate
    }

    enum Outcome: Equatable {
        case editing, cancelled, submitted([String])
    }

    let purpose: Purpose
    let title: String
    let labels: [String]
    var fields: [TextFieldState]
    var focus = 0

    init(purpose: Purpose, title: String, fields: [(label: String, text: String)]) {
        self.purpose = purpose
        self.title = title
        labels = fields.map(\.label)
        self.fields = fields.map { TextFieldState(text: $0.text, maxLength: 200) }
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape, .function(10): return .cancelled
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .enter: return .submitted(fields.map(\.text))
        default: _ = fields[focus].handle(key)
        }
        return .editing
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let box = area.centered(Size(width: min(70, area.width), height: fields.count + 5))
        Frame(title: title, border: .double, style: .dialog, titleStyle: .dialogTitle, fillsInside: true).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        let labelWidth = (labels.map(\.count).max() ?? 0) + 1
        for (row, label) in labels.enumerated() {
            buffer.write(label, at: Point(x: inside.x, y: inside.y + row), style: .dialog, clip: inside)
            var field = fields[row]
            TextField(isFocused: focus == row).render(
                in: Rect(x: inside.x + labelWidth, y: inside.y + row, width: max(1, inside.width - labelWidth), height: 1),
                buffer: &buffer, state: &field)
        }
        buffer.write(context.t("Enter — сохранить · Tab — поле · Esc — отмена", "Enter save · Tab field · Esc cancel"),
                     at: Point(x: inside.x, y: inside.y + fields.count + 1), style: .dialog, clip: inside)
    }
}

/// Dates and times as people type them: `03.09.2024`, `3.9.2024`, `2024-09-03`;
/// `18:30`. Blank is no value (for text, `nilIfBlank`).
enum TypedValue {
    static func date(_ text: String) throws -> SchoolDate? {
        let text = text.trimmingSpaces
        guard !text.isEmpty else { return nil }
        guard let date = TypedDate.parse(text) else { throw JournalError.invalidDate(text) }
        return date
    }

    static func time(_ text: String) throws -> TimeOfDay? {
        let text = text.trimmingSpaces
        guard !text.isEmpty else { return nil }
        guard let time = TimeOfDay(text: text) else { throw JournalError.invalidTime(text) }
        return time
    }
}
