import JournalCore
import TerminalUI

/// The school-year screens' small forms (a topic and its hours, a reason, a
/// weight): edited in one go, so Enter saves. The screen that opened one
/// checks the values and keeps it open while they are wrong.
typealias FieldsForm = FieldsDialogState

/// The people lists' forms (a new class, a transfer, a parent's account):
/// typed top to bottom, so Enter moves on and saves from the last field.
typealias PeopleForm = FieldsDialogState

extension FieldsDialogState {
    init(title: String, labels: [String], values: [String], hint: String = "", maxLength: Int = 300) {
        self.init(title: title, fields: zip(labels, values).map { (label: $0, text: $1) }, hints: hint.isEmpty ? [] : [hint],
                  maxLength: maxLength)
    }

    static func typedDown(title: String, fields: [(label: String, value: String)], hints: [String] = []) -> FieldsDialogState {
        FieldsDialogState(title: title, fields: fields.map { (label: $0.label, text: $0.value) }, hints: hints, enter: .movesOn,
                          maxLength: 80)
    }

    /// Draws the form with its keys worded in the user's language.
    func render(in area: Rect, buffer: inout Buffer, language: Language) {
        var state = self
        FieldsDialog(keysLine: keysLine(language), maxWidth: enter == .movesOn ? 74 : 72).render(in: area, buffer: &buffer, state: &state)
    }

    private func keysLine(_ language: Language) -> String {
        switch (enter, language) {
        case (.submits, .ru): "Enter — сохранить · Tab — поле · Esc — отмена"
        case (.submits, _): "Enter save · Tab field · Esc cancel"
        case (.movesOn, .ru): "Tab — поле · Enter на последнем, F2 — сохранить · Esc — отмена"
        case (.movesOn, _): "Enter next / save · F2 save · Tab field · Esc cancel"
        }
    }
}
