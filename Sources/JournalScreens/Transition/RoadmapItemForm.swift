import JournalCore
import TerminalUI

/// The form for one roadmap item: deadline, responsible, the result
/// document's number and date, «выполнено», comment. Enter saves (the store
/// checks), Esc gives up; the form stays open with the store's refusal in
/// the status line.
struct RoadmapItemForm {
    enum Outcome: Equatable {
        case editing
        case cancelled
        case submitted(RoadmapItemEdit)
    }

    enum Field: Int, CaseIterable { case deadline, responsible, documentNumber, documentDate, done, comment }

    let item: RoadmapItem
    var deadline: TextFieldState
    var responsible: TextFieldState
    var documentNumber: TextFieldState
    var documentDate: TextFieldState
    var comment: TextFieldState
    var done: Bool
    var focus = Field.deadline
    var error: String?

    init(item: RoadmapItem) {
        self.item = item
        deadline = TextFieldState(text: item.deadline?.russian ?? "", maxLength: 10)
        responsible = TextFieldState(text: item.responsible, maxLength: 120)
        documentNumber = TextFieldState(text: item.documentNumber ?? "", maxLength: 40)
        documentDate = TextFieldState(text: item.documentDate?.russian ?? "", maxLength: 10)
        comment = TextFieldState(text: item.comment ?? "", maxLength: 300)
        done = item.status == .done
    }

    static var helpEntries: [HelpEntry] {
        [HelpEntry(keys: "Enter", text: "в форме пункта: сохранить · Tab, ↑ ↓ — поле · пробел — «выполнено» · Esc — не сохранять")]
    }

    mutating func handle(_ key: Key, language: Language) -> Outcome {
        switch key {
        case .escape, .function(10): return .cancelled
        case .tab, .down: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!
        case .backTab, .up: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
        case .enter: return submit(language)
        case .character(" ") where focus == .done: done.toggle()
        default: edit(key)
        }
        return .editing
    }

    private mutating func edit(_ key: Key) {
        switch focus {
        case .deadline: _ = deadline.handle(key)
        case .responsible: _ = responsible.handle(key)
        case .documentNumber: _ = documentNumber.handle(key)
        case .documentDate: _ = documentDate.handle(key)
        case .comment: _ = comment.handle(key)
        case .done: break
        }
    }

    private mutating func submit(_ language: Language) -> Outcome {
        let ru = language == .ru
        guard let deadlineDate = optionalDate(deadline.text) else {
            focus = .deadline
            error = ru ? "Не понял срок: нужно ДД.ММ.ГГГГ (или пусто)." : "Cannot read the deadline: DD.MM.YYYY (or empty)."
            return .editing
        }
        guard let documentDay = optionalDate(documentDate.text) else {
            focus = .documentDate
            error = ru ? "Не понял дату документа: нужно ДД.ММ.ГГГГ." : "Cannot read the document's date: DD.MM.YYYY."
            return .editing
        }
        error = nil
        return .submitted(RoadmapItemEdit(deadline: .some(deadlineDate), responsible: responsible.text, documentNumber: documentNumber.text,
                                          documentDate: .some(documentDay),
                                          status: item.closesItself ? nil : (done ? .done : .open), comment: comment.text))
    }

    /// nil: unreadable; .some(nil): empty.
    private func optionalDate(_ text: String) -> SchoolDate?? {
        if text.trimmingSpaces.isEmpty { return .some(nil) }
        return DateInput.parse(text).map { .some($0) }
    }

    static let size = Size(width: 74, height: 14)

    func render(in area: Rect, buffer: inout Buffer, language: Language) {
        let ru = language == .ru
        let box = area.centered(Size(width: min(Self.size.width, area.width), height: min(Self.size.height, area.height)))
        Frame(title: (ru ? "Пункт " : "Item ") + String(item.position), border: .double, style: .dialog, titleStyle: .dialogTitle,
              fillsInside: true).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        buffer.write(TextFitting.truncate(item.title, toWidth: inside.width), at: inside.origin, style: .dialog, clip: inside)
        let labels: [(Field, String)] = [(.deadline, ru ? "Срок:" : "Deadline:"), (.responsible, ru ? "Ответственный:" : "Responsible:"),
                                         (.documentNumber, ru ? "№ документа:" : "Document No:"),
                                         (.documentDate, ru ? "Дата документа:" : "Document date:"),
                                         (.done, ru ? "Выполнено:" : "Done:"), (.comment, ru ? "Комментарий:" : "Comment:")]
        let fieldX = inside.x + 17, fieldWidth = inside.width - 17
        for (row, (field, label)) in labels.enumerated() {
            let y = inside.y + 2 + row
            buffer.write(label, at: Point(x: inside.x, y: y), style: .dialog, clip: inside)
            let rect = Rect(x: fieldX, y: y, width: field == .deadline || field == .documentDate ? 12 : fieldWidth, height: 1)
            render(field, in: rect, buffer: &buffer, language: language)
        }
        if let error {
            buffer.write(TextFitting.truncate(error, toWidth: inside.width), at: Point(x: inside.x, y: inside.y + 9), style: .error, clip: inside)
        }
        let result = item.result.isEmpty ? "" : (ru ? "Документ-результат: " : "Result document: ") + item.result + " · "
        buffer.write(TextFitting.truncate(result + (ru ? "Enter — сохранить · Tab — поле · Esc — отмена" : "Enter save · Tab field · Esc cancel"),
                                          toWidth: inside.width),
                     at: Point(x: inside.x, y: inside.y + 11), style: .dialog, clip: inside)
    }

    private func render(_ field: Field, in rect: Rect, buffer: inout Buffer, language: Language) {
        let focused = focus == field
        var copy: TextFieldState
        switch field {
        case .deadline: copy = deadline
        case .responsible: copy = responsible
        case .documentNumber: copy = documentNumber
        case .documentDate: copy = documentDate
        case .comment: copy = comment
        case .done:
            let text = item.closesItself ? (language == .ru ? "закрывается сам по показателю" : "closes itself by the indicator")
                : "[\(done ? "x" : " ")] " + (language == .ru ? "пробел — отметить" : "Space toggles")
            buffer.write(text, at: rect.origin, style: focused ? .inputFocused : .dialog, clip: rect)
            return
        }
        TextField(isFocused: focused).render(in: rect, buffer: &buffer, state: &copy)
    }
}
