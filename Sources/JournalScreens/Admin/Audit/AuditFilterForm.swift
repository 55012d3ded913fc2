import JournalCore
import JournalStore
import TerminalUI

/// F4 on the journal of changes: a lesson, a student or a login, one of the
/// three; all left empty shows every change. Enter checks and gives the filter;
/// Esc gives up.
struct AuditFilterForm {
    enum Outcome: Equatable {
        case editing
        case cancelled
        case chosen(AuditTrailFilter)
    }

    /// Lesson, student, login, in the order Tab visits them.
    var fields: [TextFieldState]
    var focus = 0
    var error: String?

    /// Prefilled with the filter shown.
    init(_ filter: AuditTrailFilter) {
        fields = Array(repeating: TextFieldState(maxLength: 64), count: 3)
        switch filter {
        case .none: break
        case .lesson(let code): fields[0] = TextFieldState(text: code, maxLength: 64)
        case .student(let code): fields[1] = TextFieldState(text: code, maxLength: 64)
        case .account(let login): fields[2] = TextFieldState(text: login, maxLength: 64)
        }
        focus = fields.firstIndex { !$0.isEmpty } ?? 0
    }

    mutating func handle(_ key: Key, language: Language) -> Outcome {
        switch key {
        case .escape, .function(10): return .cancelled
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .enter: return submit(language)
        default: _ = fields[focus].handle(key)
        }
        return .editing
    }

    private mutating func submit(_ language: Language) -> Outcome {
        let typed = fields.map { $0.text.trimmingSpaces }
        let filled = typed.indices.filter { !typed[$0].isEmpty }
        guard filled.count <= 1 else {
            error = language == .ru ? "Заполните одно поле из трёх." : "Fill in one field of the three."
            focus = filled[1]
            return .editing
        }
        guard let index = filled.first else { return .chosen(.none) }
        let value = typed[index]
        return .chosen(index == 0 ? .lesson(code: value.hasPrefix("№") ? value.dropFirst().trimmingSpaces : value)
                                  : index == 1 ? .student(code: value) : .account(login: value))
    }

    static let size = Size(width: 52, height: 10)

    func render(in area: Rect, buffer: inout Buffer, language: Language) {
        let ru = language == .ru
        let box = area.centered(Self.size)
        Frame(title: ru ? "Фильтр" : "Filter", border: .double, style: .dialog, titleStyle: .dialogTitle, fillsInside: true)
            .render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        let labels = ru ? ["Урок №:", "Ученик (код):", "Логин:"] : ["Lesson #:", "Student code:", "Login:"]
        for (index, label) in labels.enumerated() {
            let y = inside.y + index
            buffer.write(label, at: Point(x: inside.x, y: y), style: .dialog, clip: inside)
            var field = fields[index]
            TextField(isFocused: index == focus).render(in: Rect(x: inside.x + 15, y: y, width: inside.width - 15, height: 1),
                                                       buffer: &buffer, state: &field)
        }
        buffer.write(ru ? "Одно поле из трёх; все пустые — все изменения." : "One field of the three; none: every change.",
                     at: Point(x: inside.x, y: inside.y + 4), style: .dialog, clip: inside)
        if let error {
            buffer.write(TextFitting.truncate(error, toWidth: inside.width), at: Point(x: inside.x, y: inside.y + 5),
                         style: .error, clip: inside)
        }
        buffer.write(ru ? "Enter — показать · Tab — поле · Esc — отмена" : "Enter show · Tab field · Esc cancel",
                     at: Point(x: inside.x, y: inside.y + 7), style: .dialog, clip: inside)
    }
}
