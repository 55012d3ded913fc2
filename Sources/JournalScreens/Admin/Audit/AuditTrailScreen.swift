import JournalCore
import JournalStore
import TerminalUI

/// «Журнал изменений»: the audit log read by a person, for the deputy and the
/// administrator. Newest first: when, who, what changed from what to what,
/// where (the lesson's day and number, class, subject) and whose (the
/// student); under the list, the selected change in one sentence. F4 narrows
/// it to a lesson, a student or a login; F6 and F7 to the selected change's
/// lesson or student, for whoever knows neither's code.
final class AuditTrailScreen: Screen {
    enum Action: Equatable { case move, scroll, filter, all, thisLesson, thisStudent, back }

    /// How many changes the list shows at most: the newest.
    static let limit = 500

    private let user: ActingUser
    private let language: Language
    let keyMap: KeyMap<Action>
    private(set) var filter: AuditTrailFilter
    private(set) var rows: [AuditTrailRow] = []
    private var more = false
    private var problem: String?
    private var table = TableState()
    private var form: AuditFilterForm?
    /// Work types by code, so that a change of one reads by its name.
    private let workTypeNames: [String: String]

    init(user: ActingUser, filter: AuditTrailFilter = .none, context: AppContext) {
        self.user = user
        self.filter = filter
        language = context.language
        keyMap = Self.keys(context)
        workTypeNames = Dictionary(((try? context.db.workTypes()) ?? []).map { ($0.code, $0.name) }) { first, _ in first }
        load(context)
    }

    func title(in context: AppContext) -> String { context.language == .ru ? "Журнал изменений" : "Journal of changes" }
    var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    private static func keys(_ context: AppContext) -> KeyMap<Action> {
        let t = context.t
        return KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown], action: .move, help: t("выбрать изменение", "choose a change"),
                       caption: "↑ ↓ PgUp PgDn"),
            KeyBinding([.left, .right, .home, .end], action: .scroll, help: t("остальные столбцы: где, ученик", "the other columns"),
                       caption: "← → Home End"),
            KeyBinding([], action: .filter, help: t("только урок, ученик или логин", "only a lesson, a student or a login"),
                       label: t("Фильтр", "Filter"), slot: 4),
            KeyBinding([], action: .all, help: t("снова все изменения", "every change again"), label: t("Все", "All"), slot: 5),
            KeyBinding([], action: .thisLesson, help: t("все изменения урока выбранной строки", "every change of the selected row's lesson"),
                       label: t("Урок", "Lesson"), slot: 6),
            KeyBinding([], action: .thisStudent, help: t("все изменения ученика выбранной строки", "every change of the selected row's student"),
                       label: t("Ученик", "Student"), slot: 7),
            KeyBinding([.escape], action: .back, help: t("назад", "back"), label: t("Назад", "Back"), slot: 10),
        ])
    }

    // MARK: Data

    func reload(context: AppContext) {
        load(context)
    }

    private func load(_ context: AppContext) {
        let selected = rows.indices.contains(table.selectedRow) ? rows[table.selectedRow].id : nil
        do {
            // The store gives the latest changes oldest first; the screen lists them newest first.
            let read = try context.db.auditTrail(filter: filter, limit: Self.limit + 1, by: .user(user)).reversed()
            rows = Array(read.prefix(Self.limit))
            more = read.count > Self.limit
            problem = nil
        } catch {
            rows = []
            more = false
            problem = context.describe(error)
        }
        table.selectedRow = rows.firstIndex { $0.id == selected } ?? 0
    }

    // MARK: Keys

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if form != nil { return handleForm(key, context) }
        switch keyMap.action(for: key) {
        case .move?, .scroll?:
            _ = table.handle(key, for: makeTable())
        case .filter?:
            form = AuditFilterForm(filter)
        case .all?:
            show(.none, context)
        case .thisLesson?:
            guard let lesson = selectedRow?.lessonID else {
                return [.status(StatusMessage(context.t("Это изменение не об уроке.", "This change is not about a lesson.")))]
            }
            show(.lesson(code: String(lesson.rawValue)), context)
        case .thisStudent?:
            guard let student = selectedRow?.studentCode else {
                return [.status(StatusMessage(context.t("Это изменение не об ученике.", "This change is not about a student.")))]
            }
            show(.student(code: student), context)
        case .back?:
            return [.pop]
        case nil:
            return CommonKeys.unknownKey(key, context).map { [$0] } ?? []
        }
        return []
    }

    private var selectedRow: AuditTrailRow? {
        rows.indices.contains(table.selectedRow) ? rows[table.selectedRow] : nil
    }

    private func handleForm(_ key: Key, _ context: AppContext) -> [ScreenEffect] {
        guard var current = form else { return [] }
        switch current.handle(key, language: context.language) {
        case .editing: form = current
        case .cancelled: form = nil
        case .chosen(let chosen):
            form = nil
            show(chosen, context)
        }
        return []
    }

    private func show(_ chosen: AuditTrailFilter, _ context: AppContext) {
        filter = chosen
        table = TableState()
        load(context)
    }

    // MARK: Drawing

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        buffer.write(heading, at: area.origin, style: .dim, clip: area)
        let body = area.removingTop(2)
        if let problem {
            Paragraph(wrapping: problem, width: body.width, style: .error).render(in: body, buffer: &buffer)
        } else if rows.isEmpty {
            buffer.write(context.t("Изменений нет.", "No changes."), at: body.origin, style: .dim, clip: body)
        } else {
            table.selectedRow = min(table.selectedRow, rows.count - 1)
            let sentence = AuditChangeText(row: rows[table.selectedRow], language: language, workTypeNames: workTypeNames).sentence
            let detail = TextFitting.wrap(sentence, width: body.width).prefix(4)
            makeTable().render(in: body.removingBottom(detail.count + 1), buffer: &buffer, state: &table)
            Paragraph(detail.map { Line($0) }, style: .dim).render(in: body.bottom(detail.count), buffer: &buffer)
        }
        if let form { form.render(in: area, buffer: &buffer, language: context.language) }
    }

    /// «Показаны: урок 4433 · изменений: 12» or «…: все изменения, последние 500».
    private var heading: String {
        let ru = language == .ru
        let what: String = switch filter {
        case .none: ru ? "все изменения" : "every change"
        case .lesson(let code): (ru ? "урок № " : "lesson ") + code
        case .student(let code): (ru ? "ученик с кодом " : "student ") + code
        case .account(let login): (ru ? "логин " : "login ") + login + (ru ? " (сделанное им и с ним)" : " (by and to it)")
        }
        let count = more ? (ru ? " · последние \(Self.limit)" : " · the latest \(Self.limit)")
                         : (ru ? " · изменений: \(rows.count)" : " · changes: \(rows.count)")
        return (ru ? "Показаны: " : "Shown: ") + what + count + (ru ? " · F4 — фильтр" : " · F4 filter")
    }

    private func makeTable() -> Table {
        let ru = language == .ru
        let columns: [(String, Int)] = [(ru ? "Когда" : "When", 11), (ru ? "Кто" : "Who", 16), (ru ? "Что" : "What", 24),
                                        (ru ? "Было → стало" : "Old → new", 22), (ru ? "Где" : "Where", 28),
                                        (ru ? "Ученик" : "Student", 20)]
        return Table(columns: columns.map { TableColumn(width: $0.1) }, headerRows: [columns.map { TableCell($0.0) }],
                     rowCount: rows.count, frozenColumns: 1, selectionMode: .row) { [rows, language, workTypeNames] row, column in
            let change = AuditChangeText(row: rows[row], language: language, workTypeNames: workTypeNames)
            let text = switch column {
            case 0: rows[row].at.date.russianShort + " " + rows[row].at.timeOfDay.text
            case 1: change.who
            case 2: change.what
            case 3: change.values
            case 4: change.place
            default: rows[row].studentName.map(PersonName.short) ?? ""
            }
            return TableCell(text)
        }
    }
}
