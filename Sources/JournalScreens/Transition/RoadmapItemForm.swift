import JournalCore
import TerminalUI

/// The form for one roadmap item: the measure, deadline, responsible, the
/// result document, its number and date, «выполнено», comment; for a new
/// item only the first four. Enter saves (the store checks), Esc gives up;
/// the form stays open with the store's refusal in the status line.
struct RoadmapItemForm {
    enum Outcome: Equatable {
        case editing
        case cancelled
        case submitted(RoadmapItemEdit)
    }

    enum Field: Int, CaseIterable { case title, deadline, responsible, result, documentNumber, documentDate, done, comment }

    let item: RoadmapItem
    /// A new item, added after `item` (nil: the roadmap's first).
    let isNew: Bool
    var title: TextFieldState
    var result: TextFieldState
    var deadline: TextFieldState
    var responsible: TextFieldState
    var documentNumber: TextFieldState
    var documentDate: TextFieldState
    var comment: TextFieldState
    var done: Bool
    var focus = Field.title
    var error: String?

    init(item: RoadmapItem, isNew: Bool = false) {
        self.item = item
        self.isNew = isNew
        title = TextFieldState(text: item.title, maxLength: 300)
        result = TextFieldState(text: item.result, maxLength: 120)
        deadline = TextFieldState(text: item.deadline?.russian ?? "", maxLength: 10)
        responsible = TextFieldState(text: item.responsible, maxLength: 120)
        documentNumber = TextFieldState(text: item.documentNumber ?? "", maxLength: 40)
        documentDate = TextFieldState(text: item.documentDate?.russian ?? "", maxLength: 10)
        comment = TextFieldState(text: item.comment ?? "", maxLength: 300)
        done = item.status == .done
    }

    /// A blank new item after `item`, in its stage.
    static func new(after item: RoadmapItem?, stage: String) -> RoadmapItemForm {
        RoadmapItemForm(item: RoadmapItem(id: RoadmapItemID(0), position: (item?.position ?? 0) + 1, stage: item?.stage ?? stage,
                                          title: "", deadline: nil, responsible: item?.responsible ?? "", result: ""),
                        isNew: true)
    }

    static func helpEntries(_ context: AppContext) -> [HelpEntry] {
        [HelpEntry(keys: "Enter", text: context.t("в форме пункта: сохранить · Tab, ↑ ↓ — поле · пробел — «выполнено» · Esc — не сохранять",
                                                  "in the item's form: save · Tab, ↑ ↓ field · Space toggles done · Esc cancel"))]
    }

    var fields: [Field] { isNew ? [.title, .deadline, .responsible, .result] : Field.allCases }

    private mutating func move(by step: Int) {
        let index = fields.firstIndex(of: focus) ?? 0
        focus = fields[(index + step + fields.count) % fields.count]
    }

    mutating func handle(_ key: Key, language: Language) -> Outcome {
        switch key {
        case .escape, .function(10): return .cancelled
        case .tab, .down: move(by: 1)
        case .backTab, .up: move(by: -1)
        case .enter: return submit(language)
        case .character(" ") where focus == .done: done.toggle()
        default: edit(key)
        }
        return .editing
    }

    private mutating func edit(_ key: Key) {
        switch focus {
        case .title: _ = title.handle(key)
        case .result: _ = result.handle(key)
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
        return .submitted(RoadmapItemEdit(title: title.text, result: result.text, deadline: .some(deadlineDate),
                                          responsible: responsible.text, documentNumber: documentNumber.text,
                                          documentDate: .some(documentDay),
                                          status: item.closesItself ? nil : (done ? .done : .open), comment: comment.text))
    }

    /// nil: unreadable; .some(nil): empty.
    private func optionalDate(_ text: String) -> SchoolDate?? {
        if text.trimmingSpaces.isEmpty { return .some(nil) }
        return DateInput.parse(text).map { .some($0) }
    }

    static let size = Size(width: 76, height: 15)

    func render(in area: Rect, buffer: inout Buffer, language: Language) {
        let ru = language == .ru
        let box = area.centered(Size(width: min(Self.size.width, area.width), height: min(Self.size.height, area.height)))
        let heading = isNew ? (ru ? "Новый пункт " : "New item ") : (ru ? "Пункт " : "Item ")
        Frame(title: heading + String(item.position), border: .double, style: .dialog, titleStyle: .dialogTitle,
              fillsInside: true).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        buffer.write(TextFitting.truncate(item.stage, toWidth: inside.width), at: inside.origin, style: .dialog, clip: inside)
        let labels: [(Field, String)] = [(.title, ru ? "Мероприятие:" : "Measure:"), (.deadline, ru ? "Срок:" : "Deadline:"),
                                         (.responsible, ru ? "Ответственный:" : "Responsible:"),
                                         (.result, ru ? "Документ:" : "Document:"), (.documentNumber, ru ? "№ документа:" : "Document No:"),
                                         (.documentDate, ru ? "Дата документа:" : "Document date:"),
                                         (.done, ru ? "Выполнено:" : "Done:"), (.comment, ru ? "Комментарий:" : "Comment:")]
        let fieldX = inside.x + 17, fieldWidth = inside.width - 17
        for (row, (field, label)) in labels.filter({ fields.contains($0.0) }).enumerated() {
            let y = inside.y + 2 + row
            buffer.write(label, at: Point(x: inside.x, y: y), style: .dialog, clip: inside)
            let rect = Rect(x: fieldX, y: y, width: field == .deadline || field == .documentDate ? 12 : fieldWidth, height: 1)
            render(field, in: rect, buffer: &buffer, language: language)
        }
        if let error {
            buffer.write(TextFitting.truncate(error, toWidth: inside.width), at: Point(x: inside.x, y: inside.y + 11), style: .error, clip: inside)
        }
        buffer.write(ru ? "Enter — сохранить · Tab — поле · Esc — отмена" : "Enter save · Tab field · Esc cancel",
                     at: Point(x: inside.x, y: inside.y + 12), style: .dialog, clip: inside)
    }

    private func render(_ field: Field, in rect: Rect, buffer: inout Buffer, language: Language) {
        let focused = focus == field
        var copy: TextFieldState
        switch field {
        case .title: copy = title
        case .result: copy = result
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
