/// A small modal form of labelled one-line fields (a topic and its hours, a
/// new class, an excuse): Tab or ↑↓ move between fields, Esc or F10 cancels,
/// F2 submits from any field. Enter either submits (`.submits`, for short
/// forms edited in one go) or moves on and submits from the last field
/// (`.movesOn`, for forms typed top to bottom). The state only collects text:
/// what a submission means, and what is wrong with it, is the screen's; a
/// refusal goes into `problem` and the form stays open with what was typed.
public struct FieldsDialogState: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case editing
        case cancelled
        /// The fields' texts, trimmed of spaces at both ends.
        case submitted([String])
    }

    public enum EnterKey: Hashable, Sendable {
        case submits
        case movesOn
    }

    public var title: String
    public var labels: [String]
    public var fields: [TextFieldState]
    /// Lines of advice under the fields.
    public var hints: [String]
    public var focus = 0
    public var enter: EnterKey
    /// What the screen found wrong with the last submission.
    public var problem: String?

    public init(title: String, fields: [(label: String, text: String)], hints: [String] = [], enter: EnterKey = .submits,
                maxLength: Int = 300) {
        self.title = title
        labels = fields.map(\.label)
        self.fields = fields.map { TextFieldState(text: $0.text, maxLength: maxLength) }
        self.hints = hints
        self.enter = enter
    }

    public var values: [String] {
        fields.map { field in
            let text = field.text.drop { $0 == " " || $0 == "\t" }
            return String(text.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        }
    }

    public mutating func handle(_ key: Key) -> Outcome {
        guard !fields.isEmpty else { return key == .escape ? .cancelled : .editing }
        switch key {
        case .escape, .function(10): return .cancelled
        case .function(2): return .submitted(values)
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .enter:
            guard enter == .movesOn, focus < fields.count - 1 else { return .submitted(values) }
            focus += 1
        default: _ = fields[focus].handle(key)
        }
        return .editing
    }
}

/// Draws a `FieldsDialogState` centred over the area: the fields under their
/// labels' column, a blank line, the hints, the problem (as an error) and the
/// line of keys the caller words in the user's language.
public struct FieldsDialog: StatefulWidget {
    public var keysLine: String
    public var maxWidth: Int

    public init(keysLine: String, maxWidth: Int = 72) {
        self.keysLine = keysLine
        self.maxWidth = maxWidth
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout FieldsDialogState) {
        let height = state.fields.count + state.hints.count + (state.problem == nil ? 0 : 1) + 4
        let box = area.centered(Size(width: min(maxWidth, area.width), height: min(height, area.height)))
        Frame(title: state.title, border: .double, style: .dialog, titleStyle: .dialogTitle, fillsInside: true).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        let labelWidth = min(24, (state.labels.map { DisplayWidth.of($0) }.max() ?? 0) + 1)
        for (row, label) in state.labels.enumerated() {
            buffer.write(label, at: Point(x: inside.x, y: inside.y + row), style: .dialog, clip: inside)
            TextField(isFocused: state.focus == row)
                .render(in: Rect(x: inside.x + labelWidth, y: inside.y + row, width: max(4, inside.width - labelWidth), height: 1),
                        buffer: &buffer, state: &state.fields[row])
        }
        var y = inside.y + state.fields.count + 1
        for hint in state.hints {
            buffer.write(hint, at: Point(x: inside.x, y: y), style: .dialog, clip: inside)
            y += 1
        }
        if let problem = state.problem {
            buffer.write(problem, at: Point(x: inside.x, y: y), style: .error, clip: inside)
            y += 1
        }
        buffer.write(keysLine, at: Point(x: inside.x, y: y), style: .dialog, clip: inside)
    }
}
