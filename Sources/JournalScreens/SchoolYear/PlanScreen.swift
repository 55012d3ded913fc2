import Foundation
import JournalCore
import JournalStore
import TerminalUI

enum PlanAction: Equatable {
    case open, hours, check, importFile, confirmCurriculum, clearFilter, back
}

/// «Учебный план и КТП»: the curriculum's hours per week of every class (or
/// group) and subject beside the hours of its КТП and the check «часы КТП =
/// часы учебного плана × недели». The deputy and the administrator see the
/// whole school and set the hours; a teacher sees the classes they teach.
/// Enter opens a КТП to edit; F4 imports one from a CSV file. In a new year
/// the title says whether the curriculum is still the draft copied from the
/// year before (the deputy confirms it, F6) and how many КТП wait for their
/// teachers' confirmation.
public final class PlanScreen: Screen {
    let user: ActingUser
    let mayEditAll: Bool
    let keyMap: KeyMap<PlanAction>
    public let helpEntries: [HelpEntry]
    private(set) var state = PlanState()
    private var tableWidth = 78

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        mayEditAll = Permissions.mayEditAnyPlan(user.roles)
        var bindings: [KeyBinding<PlanAction>] = [
            KeyBinding(.enter, action: .open, help: context.t("открыть КТП: темы, правка, порядок", "open the plan: topics, edits, order"),
                       label: context.t("КТП", "Plan"), slot: 2),
            KeyBinding([], action: .check, help: context.t("проверка «часы КТП = часы учебного плана × недели»: только расхождения / всё",
                                                           "the check: only the problems / everything"),
                       label: context.t("Проверка", "Check"), slot: 3),
            KeyBinding([], action: .importFile, help: context.t("загрузить КТП из CSV-файла (таблица: тема; часы) — заменит прежний",
                                                                "import the plan from a CSV file (replaces it)"),
                       label: context.t("Импорт", "Import"), slot: 4),
        ]
        if mayEditAll {
            bindings.append(KeyBinding([], action: .hours, help: context.t("часы в неделю по учебному плану", "hours a week in the curriculum"),
                                       label: context.t("Часы", "Hours"), slot: 5))
            bindings.append(KeyBinding([], action: .confirmCurriculum,
                                       help: context.t("утвердить учебный план, скопированный в новый учебный год (черновик)",
                                                       "confirm the curriculum copied into the new academic year (a draft)"),
                                       label: context.t("Утверд.", "Confirm"), slot: 6))
        }
        bindings += [
            KeyBinding([.escape], action: .clearFilter, help: context.t("очистить поиск; без поиска — назад", "clear the search; then back")),
            KeyBinding([], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ]
        keyMap = KeyMap(bindings)
        helpEntries = keyMap.helpEntries + [
            HelpEntry(keys: context.t("буквы, цифры", "letters, digits"), text: context.t("поиск по классу, предмету или учителю",
                                                                                        "search by class, subject or teacher")),
            HelpEntry(keys: "↑ ↓ PgUp PgDn", text: context.t("выбрать строку", "choose a line")),
        ]
        load(context)
    }

    public func title(in context: AppContext) -> String {
        var title = mayEditAll ? context.t("Учебный план и КТП", "Curriculum and plans") : context.t("Мои КТП", "My plans")
        if let draft = state.curriculumDraft, draft.isDraft, mayEditAll {
            title += context.t(" · черновик из \(draft.copiedFrom)", " · draft from \(draft.copiedFrom)")
        }
        if state.waitingCount > 0 {
            title += context.t(" · КТП ждут: \(state.waitingCount)", " · plans to confirm: \(state.waitingCount)")
        }
        return title
    }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }

    public func reload(context: AppContext) { load(context) }

    func load(_ context: AppContext) {
        do {
            state.load(try context.db.planOverview(by: .user(user)))
            state.curriculumDraft = try context.db.yearDraft(.curriculum)
            state.waiting = try context.db.waitingPlanCarryovers()
            state.loadError = nil
        } catch {
            state.loadError = context.describe(error)
        }
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if state.form != nil { return handleForm(key, context: context) }
        switch keyMap.action(for: key) {
        case .open?:
            guard let line = state.selected else { return [] }
            return [.push(PlanTopicsScreen(user: user, line: line, context: context))]
        case .check?:
            state.checkOnly.toggle()
            state.table = TableState()
            return [.status(StatusMessage(state.checkOnly
                ? context.t("Проверка КТП: расхождений \(state.problemCount).", "Plan check: \(state.problemCount) problems.")
                : context.t("Показаны все строки.", "Showing every line.")))]
        case .hours?:
            guard let line = state.selected else { return [] }
            state.formPurpose = .hours
            state.form = FieldsForm(title: context.t("Часы в неделю: \(line.ownerName) · \(line.subjectName)", "Hours a week"),
                                    labels: [context.t("Часов в неделю:", "Hours a week:")],
                                    values: [line.weeklyHours?.text.withDecimalComma ?? ""],
                                    hint: context.t("например 2 или 0,5; пусто — убрать", "e.g. 2 or 0.5; empty removes"), maxLength: 6)
        case .importFile?:
            guard let line = state.selected else { return [] }
            state.formPurpose = .importFile
            state.form = FieldsForm(title: context.t("Импорт КТП: \(line.ownerName) · \(line.subjectName)", "Import a plan"),
                                    labels: [context.t("Файл:", "File:")], values: [""],
                                    hint: context.t("CSV: тема;часы", "CSV: topic;hours"), maxLength: 400)
        case .confirmCurriculum?:
            do {
                let draft = try context.db.confirmYearDraft(.curriculum, by: .user(user))
                load(context)
                return [.status(.success(context.t("Учебный план \(draft.academicYear) утверждён.",
                                                   "The curriculum of \(draft.academicYear) is confirmed.")))]
            } catch {
                return [.status(.error(context.describe(error)))]
            }
        case .clearFilter?:
            if state.filter.isEmpty { return [.pop] }
            state.filter = TextFieldState(maxLength: 30)
            state.table = TableState()
        case .back?: return [.pop]
        case nil:
            if state.table.handle(key, for: table(width: tableWidth)) == .handled { return [] }
            if state.filter.handle(key) == .changed { state.table = TableState() }
        }
        return []
    }

    private func handleForm(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var form = state.form, let line = state.selected else { state.form = nil; return [] }
        switch form.handle(key) {
        case .editing: state.form = form
        case .cancelled: state.form = nil
        case .submitted(let values):
            state.form = form
            do {
                let message: String
                if state.formPurpose == .hours {
                    let text = values[0].trimmingSpaces
                    try context.db.setCurriculumHours(line.unit, text.isEmpty ? nil : try WeeklyHours(parsing: text), by: .user(user))
                    message = context.t("Часы сохранены.", "Hours saved.")
                } else {
                    let topics = try PlanImport.topics(path: values[0])
                    try context.db.editPlan(line.unit, .replace(topics), by: .user(user))
                    message = context.t("КТП загружен: тем \(topics.count), часов \(topics.reduce(0) { $0 + $1.hours }).",
                                        "Plan imported: \(topics.count) topics.")
                }
                state.form = nil
                load(context)
                return [.status(.success(message))]
            } catch {
                state.form?.problem = TextFitting.truncate(context.describe(error).replacingOccurrences(of: "\n", with: " · "), toWidth: 66)
                return [.status(.error(context.describe(error).replacingOccurrences(of: "\n", with: " · ")))]
            }
        }
        return []
    }

    static func columnWidths(_ width: Int) -> [Int] {
        let owner = 10, hours = 5, needed = 5, plan = 5, status = 16, gaps = 6
        let rest = max(20, width - owner - hours - needed - plan - status - gaps)
        return [owner, rest * 3 / 5, hours, needed, plan, rest - rest * 3 / 5, status]
    }

    private func table(width: Int) -> Table {
        let rows = state.shown
        return Table(columns: Self.columnWidths(width).map { TableColumn(width: $0) },
                     headerRows: [["Класс", "Предмет", "Ч/нед", "Нужно", "В КТП", "Учитель", "Итог"]],
                     rowCount: rows.count, selectionMode: .row) { row, column in PlanState.cells(rows[row])[column] }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        let after = buffer.write(context.t(" Поиск: ", " Search: "), at: area.origin, style: .dim, clip: area)
        TextField(isFocused: false, placeholder: context.t("класс, предмет или учитель", "class, subject or teacher"))
            .render(in: Rect(x: after, y: area.y, width: 26, height: 1), buffer: &buffer, state: &state.filter)
        let summary = state.checkOnly
            ? context.t("проверка КТП: расхождений \(state.problemCount)", "plan check: \(state.problemCount) problems")
            : context.t("строк \(state.shown.count) · расхождений \(state.problemCount)", "\(state.shown.count) lines · \(state.problemCount) problems")
        buffer.write(summary, at: Point(x: area.maxX - DisplayWidth.of(summary) - 1, y: area.y),
                     style: state.problemCount > 0 ? .warning : .success, clip: area)
        let body = area.removingTop(2)
        if let error = state.loadError {
            buffer.write(error, at: body.origin, style: .error, clip: body)
            return
        }
        tableWidth = body.width
        if state.shown.isEmpty {
            let typed = state.filter.text.trimmingSpaces
            let text = !typed.isEmpty ? context.t("По поиску «\(typed)» строк нет.", "Nothing matches \"\(typed)\".")
                : state.checkOnly ? context.t("Расхождений нет: у каждой строки учебного плана есть КТП, и часы сходятся.",
                                                     "No problems: every line has a plan with the right hours.")
                                         : context.t("Нет строк.", "Nothing to show.")
            buffer.write(text, at: Point(x: body.x + 1, y: body.y + 1), style: .dim, clip: body)
        } else {
            table(width: body.width).render(in: body, buffer: &buffer, state: &state.table)
        }
        state.form?.render(in: area, buffer: &buffer, language: context.language)
    }
}

/// A КТП file from the path a user typed: `~` is their home folder.
enum PlanImport {
    static func topics(path: String) throws -> [PlanTopic] {
        var path = path.trimmingSpaces
        if path.hasPrefix("~/") { path = NSHomeDirectory() + path.dropFirst(1) }
        guard !path.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "файл", en: "file")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JournalError.other(Phrase(ru: "не удалось прочитать файл «\(path)»", en: "cannot read \"\(path)\""))
        }
        return try PlanFile.parse([UInt8](data), fileName: (path as NSString).lastPathComponent)
    }
}
