import JournalCore
import TerminalUI

/// The small form for the dashboard's own dates: «с» and «по», prefilled with
/// the window shown. Enter checks and gives the dates; Esc gives up.
struct DateRangeForm {
    enum Outcome: Equatable {
        case editing
        case cancelled
        case chosen(from: SchoolDate, to: SchoolDate)
    }

    var from: TextFieldState
    var to: TextFieldState
    var focusOnTo = false
    var error: String?

    init(from: SchoolDate, to: SchoolDate) {
        self.from = TextFieldState(text: from.russian, maxLength: 10)
        self.to = TextFieldState(text: to.russian, maxLength: 10)
    }

    mutating func handle(_ key: Key, language: Language) -> Outcome {
        switch key {
        case .escape, .function(10):
            return .cancelled
        case .tab, .backTab, .up, .down:
            focusOnTo.toggle()
            return .editing
        case .enter:
            return submit(language)
        default:
            _ = focusOnTo ? to.handle(key) : from.handle(key)
            return .editing
        }
    }

    private mutating func submit(_ language: Language) -> Outcome {
        let ru = language == .ru
        guard let first = DateInput.parse(from.text) else {
            focusOnTo = false
            error = ru ? "Не понял дату «с»: нужно ДД.ММ.ГГГГ." : "Cannot read the start date: DD.MM.YYYY is needed."
            return .editing
        }
        guard let last = DateInput.parse(to.text) else {
            focusOnTo = true
            error = ru ? "Не понял дату «по»: нужно ДД.ММ.ГГГГ." : "Cannot read the end date: DD.MM.YYYY is needed."
            return .editing
        }
        guard first <= last else {
            error = ru ? "Начало окна позже его конца." : "The start is after the end."
            return .editing
        }
        return .chosen(from: first, to: last)
    }

    /// Wide enough for the line of keys, which stays under an error.
    static let size = Size(width: 48, height: 8)

    func render(in area: Rect, buffer: inout Buffer, language: Language) {
        let ru = language == .ru
        let box = area.centered(Self.size)
        let frame = Frame(title: ru ? "Свои даты" : "Custom dates", border: .double, style: .dialog, titleStyle: .dialogTitle,
                          fillsInside: true)
        frame.render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        buffer.write(ru ? "с:" : "from:", at: inside.origin, style: .dialog, clip: inside)
        buffer.write(ru ? "по:" : "to:", at: Point(x: inside.x, y: inside.y + 2), style: .dialog, clip: inside)
        let fieldX = inside.x + 6
        var first = from, last = to
        TextField(isFocused: !focusOnTo).render(in: Rect(x: fieldX, y: inside.y, width: 12, height: 1), buffer: &buffer, state: &first)
        TextField(isFocused: focusOnTo).render(in: Rect(x: fieldX, y: inside.y + 2, width: 12, height: 1), buffer: &buffer, state: &last)
        buffer.write(ru ? "ДД.ММ.ГГГГ" : "DD.MM.YYYY", at: Point(x: fieldX + 14, y: inside.y), style: .dialog, clip: inside)
        if let error {
            buffer.write(TextFitting.truncate(error, toWidth: inside.width), at: Point(x: inside.x, y: inside.y + 4),
                         style: .error, clip: inside)
        }
        buffer.write(ru ? "Enter — показать · Tab — поле · Esc — отмена" : "Enter show · Tab field · Esc cancel",
                     at: Point(x: inside.x, y: inside.y + 5), style: .dialog, clip: inside)
    }
}

/// Dates as people type them: `02.09.2024`, `2.9.2024`, `02.09.24`, `2024-09-02`.
public enum DateInput {
    public static func parse(_ text: String) -> SchoolDate? {
        let trimmed = text.trimmingSpaces
        if let iso = SchoolDate(iso: trimmed) { return iso }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4 else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return SchoolDate(year: year, month: month, day: day)
    }
}
