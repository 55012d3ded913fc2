import JournalCore
import JournalStore
import TerminalUI

/// The form that changes one slot of a class's timetable from a date:
/// subject, teacher, room, group, and the date. Leaving a field (Tab) puts
/// the first match of what was typed — a code or a piece of a name — in it;
/// the screen checks conflicts after every key and shows them under the form.
struct TimetableCellForm: Equatable {
    enum Field: Int, CaseIterable {
        case subject, teacher, room, group, from
    }

    enum Outcome: Equatable {
        case editing(changed: Bool)
        case cancelled
        case submitted
    }

    let classCode: String
    let weekday: Int
    let number: Int
    var fields: [TextFieldState]
    var focus = Field.subject
    /// What the store says of the change as typed: conflicts, or the error
    /// that names a wrong value.
    var conflicts: [TimetableConflict] = []
    var problem: String?

    init(classCode: String, weekday: Int, number: Int, cell: TimetableCell?, from: SchoolDate) {
        self.classCode = classCode
        self.weekday = weekday
        self.number = number
        fields = [
            TextFieldState(text: cell?.subjectCode ?? "", maxLength: 40),
            TextFieldState(text: cell?.teacherLogin ?? "", maxLength: 40),
            TextFieldState(text: cell?.room ?? "", maxLength: 20),
            TextFieldState(text: cell?.groupCode ?? "", maxLength: 40),
            TextFieldState(text: from.iso, maxLength: 10),
        ]
    }

    func text(_ field: Field) -> String { fields[field.rawValue].text.trimmingSpaces }

    /// The change as typed; nil with the reason when the date cannot be read.
    func edit() -> Result<TimetableCellEdit, JournalError> {
        guard let from = TypedDate.parse(text(.from)) else { return .failure(.invalidDate(text(.from))) }
        let subject = text(.subject)
        return .success(TimetableCellEdit(classCode: classCode, groupCode: text(.group).nilIfBlank, weekday: weekday, number: number,
                                          subjectCode: subject.nilIfBlank, teacherLogin: text(.teacher),
                                          room: text(.room).nilIfBlank, from: from))
    }

    mutating func handle(_ key: Key, choices: TimetableChoices) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter: complete(choices); return .submitted
        case .tab, .down:
            complete(choices)
            focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!
            return .editing(changed: true)
        case .backTab, .up:
            complete(choices)
            focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
            return .editing(changed: true)
        default:
            return .editing(changed: fields[focus.rawValue].handle(key) == .changed)
        }
    }

    /// Replaces a piece of a name in the focused field by the code it finds.
    mutating func complete(_ choices: TimetableChoices) {
        let typed = text(focus)
        guard !typed.isEmpty, let code = Self.suggestions(for: focus, typed: typed, classCode: classCode, choices: choices).first?.code,
              code != typed else { return }
        fields[focus.rawValue] = TextFieldState(text: code, maxLength: fields[focus.rawValue].maxLength)
    }

    /// What the typed text may mean in `field`: codes whose code or name
    /// contains it, exact codes first.
    static func suggestions(for field: Field, typed: String, classCode: String,
                            choices: TimetableChoices) -> [(code: String, name: String)] {
        let all: [(code: String, name: String)] = switch field {
        case .subject: choices.subjects
        case .teacher: choices.teachers.map { ($0.login, $0.fullName) }
        case .room: choices.rooms.map { ($0, $0) }
        case .group: choices.groups[classCode] ?? []
        case .from: []
        }
        let needle = typed.lowercased()
        guard !needle.isEmpty else { return all }
        let exact = all.filter { $0.code.lowercased() == needle }
        let partial = all.filter { $0.code.lowercased() != needle && ($0.code.lowercased().contains(needle) || $0.name.lowercased().contains(needle)) }
        return exact + partial
    }

    /// A conflict needs a confirmation to save.
    var needsConfirmation: Bool { !conflicts.isEmpty }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.fields == rhs.fields && lhs.focus == rhs.focus && lhs.conflicts == rhs.conflicts && lhs.problem == rhs.problem
    }
}
