import JournalCore
import TerminalUI

/// A small form over «Мой класс»: the excuse (from, to, document), a
/// person's contacts, an event, a week to go to. It only collects text; the
/// screen parses it by its purpose and the store checks it.
struct MyClassForm {
    enum Purpose: Equatable {
        case excuse(StudentID, name: String)
        case contact(ContactTarget)
        case event(ClassEvent?)
        case goToDate
    }

    let purpose: Purpose
    var dialog: FieldsDialogState

    init(purpose: Purpose, title: String, fields: [(label: String, text: String)]) {
        self.purpose = purpose
        dialog = FieldsDialogState(title: title, fields: fields, maxLength: 200)
    }

    mutating func handle(_ key: Key) -> FieldsDialogState.Outcome { dialog.handle(key) }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        dialog.render(in: area, buffer: &buffer, language: context.language)
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
