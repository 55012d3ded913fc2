import JournalCore
import JournalStore
import TerminalUI

/// The parts of the lesson editor, in the order Tab visits them.
enum LessonField: Int, CaseIterable {
    case topic, homework, comment, held, roll

    var isText: Bool { self == .topic || self == .homework || self == .comment }
}

/// The lesson editor's state: the lesson as stored, the three texts as typed,
/// which part has the focus, and the roll's cursor.
struct LessonEditorState {
    var sheet: LessonSheet
    var suggestion: PlanSuggestion?
    var focus = LessonField.topic
    var texts: [LessonField: TextFieldState] = [:]
    var roll = ListState(selected: 0)
    /// What else the class has due on the day the homework is due.
    var dueLoad: [DueHomeworkItem] = []

    init(sheet: LessonSheet, suggestion: PlanSuggestion?) {
        self.sheet = sheet
        self.suggestion = suggestion
        for field in [LessonField.topic, .homework, .comment] {
            texts[field] = TextFieldState(text: stored(field) ?? "", maxLength: 500)
        }
    }

    /// The value in the database for a text field.
    func stored(_ field: LessonField) -> String? {
        switch field {
        case .topic: sheet.lesson.topic
        case .homework: sheet.lesson.homework
        case .comment: sheet.lesson.comment
        default: nil
        }
    }

    func text(_ field: LessonField) -> String { texts[field]?.text ?? "" }

    /// Typed but not yet saved (blank and none are the same).
    func isChanged(_ field: LessonField) -> Bool {
        guard field.isText else { return false }
        let typed = text(field).trimmingSpaces
        return typed != (stored(field) ?? "")
    }

    var selectedStudent: GridStudent? {
        guard let index = roll.selected, sheet.students.indices.contains(index) else { return nil }
        return sheet.students[index]
    }

    mutating func moveFocus(by step: Int) {
        let all = LessonField.allCases
        let index = (focus.rawValue + step + all.count) % all.count
        focus = all[index]
        if focus == .roll && sheet.students.isEmpty { focus = step > 0 ? .topic : .held }
    }

    /// Fresh data from the database. A text being typed keeps what was typed;
    /// the others show what is stored now.
    mutating func update(_ fresh: LessonSheet) {
        let student = selectedStudent?.id
        sheet = fresh
        for field in [LessonField.topic, .homework, .comment] where field != focus || !isChanged(field) {
            texts[field] = TextFieldState(text: stored(field) ?? "", maxLength: 500)
        }
        roll.selected = fresh.students.firstIndex { $0.id == student } ?? roll.selected
        roll.clamp(itemCount: fresh.students.count)
    }
}
