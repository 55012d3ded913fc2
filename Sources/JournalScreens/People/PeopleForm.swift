import JournalCore
import TerminalUI

/// A small form of labelled text fields over the people lists: a new class,
/// a student's transfer, a parent's account… It only collects the text; what
/// a submission means is the screen's (`PeopleFormPurpose`). A refusal keeps
/// the form open with what was typed, so nothing is typed twice.
struct PeopleForm: Equatable {
    enum Outcome: Equatable {
        case editing, cancelled
        case submitted([String])
    }

    struct Field: Equatable {
        var label: String
        var state: TextFieldState
    }

    var title: String
    var fields: [Field]
    var hints: [String]
    var focus = 0
    /// The last refusal, drawn inside the form.
    var problem: String?

    init(title: String, fields: [(label: String, value: String)], hints: [String] = []) {
        self.title = title
        self.fields = fields.map { Field(label: $0.label, state: TextFieldState(text: $0.value, maxLength: 80)) }
        self.hints = hints
    }

    var values: [String] { fields.map { $0.state.text.trimmingSpaces } }

    /// Tab, ↓ and Enter move on; Enter on the last field submits; Esc or F10 cancels.
    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape, .function(10): return .cancelled
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .enter:
            if focus < fields.count - 1 { focus += 1 } else { return .submitted(values) }
        case .function(2): return .submitted(values)
        default: _ = fields[focus].state.handle(key)
        }
        return .editing
    }

    func render(in area: Rect, buffer: inout Buffer, language: Language) {
        let labelWidth = min(24, (fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 1)
        let height = fields.count + hints.count + 5
        let box = area.centered(Size(width: min(74, area.width), height: min(height, area.height)))
        Frame(title: title, border: .double, style: .dialog, titleStyle: .dialogTitle, fillsInside: true).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        for (row, field) in fields.enumerated() {
            buffer.write(field.label, at: Point(x: inside.x, y: inside.y + row), style: .dialog, clip: inside)
            var state = field.state
            TextField(isFocused: focus == row).render(in: Rect(x: inside.x + labelWidth, y: inside.y + row,
                                                               width: max(10, inside.width - labelWidth), height: 1),
                                                      buffer: &buffer, state: &state)
        }
        var y = inside.y + fields.count + 1
        for hint in hints {
            buffer.write(hint, at: Point(x: inside.x, y: y), style: .dialog, clip: inside)
            y += 1
        }
        if let problem {
            buffer.write(problem, at: Point(x: inside.x, y: y), style: .error, clip: inside)
        }
        let keys = language == .ru ? "Tab — поле · Enter на последнем, F2 — сохранить · Esc — отмена"
                                   : "Enter next / save · F2 save · Tab field · Esc cancel"
        buffer.write(keys, at: Point(x: inside.x, y: inside.maxY - 1), style: .dialog, clip: inside)
    }
}

