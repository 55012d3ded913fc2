import JournalCore
import JournalStore
import TerminalUI

/// The form for a lesson not in the timetable: class, group, subject,
/// teacher, number. Tab completes a code from a piece of a name, as in the
/// timetable's form.
struct ExtraLessonForm: Equatable {
    static let labels = ["Класс:", "Группа:", "Предмет:", "Учитель:", "Номер урока:"]
    static let labelsEnglish = ["Class:", "Group:", "Subject:", "Teacher:", "Number:"]

    var fields = (0..<5).map { _ in TextFieldState(maxLength: 40) }
    var focus = 0

    enum Outcome: Equatable { case editing, cancelled, submitted }

    func text(_ index: Int) -> String { fields[index].text.trimmingSpaces }

    mutating func handle(_ key: Key, choices: TimetableChoices) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter: complete(choices); return .submitted
        case .tab, .down: complete(choices); focus = (focus + 1) % 5
        case .backTab, .up: complete(choices); focus = (focus + 4) % 5
        default: _ = fields[focus].handle(key)
        }
        return .editing
    }

    func suggestions(_ index: Int, choices: TimetableChoices) -> [(code: String, name: String)] {
        let typed = text(index).lowercased()
        let all: [(code: String, name: String)] = switch index {
        case 0: choices.classes
        case 1: choices.groups[text(0)] ?? []
        case 2: choices.subjects
        case 3: choices.teachers.map { ($0.login, $0.fullName) }
        default: []
        }
        guard !typed.isEmpty else { return all }
        return all.filter { $0.code.lowercased() == typed }
            + all.filter { $0.code.lowercased() != typed && ($0.code.lowercased().contains(typed) || $0.name.lowercased().contains(typed)) }
    }

    mutating func complete(_ choices: TimetableChoices) {
        guard !text(focus).isEmpty, let code = suggestions(focus, choices: choices).first?.code else { return }
        fields[focus] = TextFieldState(text: code, maxLength: 40)
    }

    func render(in area: Rect, buffer: inout Buffer, language: Language, date: SchoolDate, choices: TimetableChoices) {
        let ru = language == .ru
        let box = area.centered(Size(width: min(70, area.width), height: 11))
        Frame(title: (ru ? "Дополнительный урок " : "Extra lesson ") + date.russian, border: .double, style: .dialog,
              titleStyle: .dialogTitle, fillsInside: true).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        for index in 0..<5 {
            let y = inside.y + index
            buffer.write((ru ? Self.labels : Self.labelsEnglish)[index], at: Point(x: inside.x, y: y), style: .dialog, clip: inside)
            var state = fields[index]
            TextField(isFocused: focus == index).render(in: Rect(x: inside.x + 14, y: y, width: 16, height: 1), buffer: &buffer, state: &state)
            let name = suggestions(index, choices: choices).first { $0.code == text(index) }?.name ?? ""
            buffer.write(TextFitting.truncate(name, toWidth: max(0, inside.width - 32)), at: Point(x: inside.x + 32, y: y), style: .dim, clip: inside)
        }
        let hints = suggestions(focus, choices: choices).prefix(3).map { "\($0.code) — \($0.name)" }.joined(separator: " · ")
        buffer.write(TextFitting.truncate((ru ? "Подходит: " : "Matches: ") + (hints.isEmpty ? "—" : hints), toWidth: inside.width),
                     at: Point(x: inside.x, y: inside.y + 6), style: .dim, clip: inside)
        buffer.write(ru ? "Enter — добавить · Tab — поле (дополнит код) · Esc — отмена" : "Enter add · Tab field · Esc cancel",
                     at: Point(x: inside.x, y: inside.y + 7), style: .dialog, clip: inside)
    }
}
