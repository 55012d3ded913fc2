import JournalCore
import JournalStore
import TerminalUI

enum WorkTypesAction: Equatable {
    case move, add, edit, rounding, nextUnit, previousUnit, nextStudent, previousStudent, back
}

/// «Виды работ и итоговая»: the work types and their weights in the weighted
/// average, and the rule by which an average becomes the final mark, with a
/// preview on a real student's marks under the current rule and the one
/// being typed. The administrator changes them; the deputy reads.
public final class WorkTypesScreen: Screen {
    let user: ActingUser
    let mayManage: Bool
    let keyMap: KeyMap<WorkTypesAction>
    public let helpEntries: [HelpEntry]
    private(set) var state = WorkTypesState()

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        mayManage = Permissions.mayManageWorkTypes(user.roles)
        var bindings: [KeyBinding<WorkTypesAction>] = [
            KeyBinding([.up, .down, .home, .end], action: .move, help: context.t("выбрать вид работ", "choose a work type"), caption: "↑ ↓"),
        ]
        if mayManage {
            bindings += [
                KeyBinding([.insert], action: .add, help: context.t("новый вид работ с весом", "a new work type with its weight"),
                           label: context.t("Добавить", "Add"), slot: 2),
                KeyBinding(.enter, action: .edit, help: context.t("переименовать, изменить вес", "rename, change the weight"),
                           label: context.t("Изменить", "Edit"), slot: 3),
                KeyBinding([], action: .rounding, help: context.t("правило округления итоговой: пример пересчитывается, пока вы печатаете",
                                                                  "the rounding rule: the preview follows as you type"),
                           label: context.t("Округл.", "Rounding"), slot: 4),
            ]
        }
        bindings += [
            KeyBinding([.character("]")], action: .nextUnit, help: context.t("пример: следующий класс и предмет", "preview: next class and subject"),
                       label: context.t("Класс", "Class"), slot: 6),
            KeyBinding([.character("[")], action: .previousUnit, help: context.t("пример: предыдущий класс и предмет", "preview: previous class")),
            KeyBinding([.character(".")], action: .nextStudent, help: context.t("пример: следующий ученик", "preview: next student"),
                       label: context.t("Ученик", "Student"), slot: 7),
            KeyBinding([.character(",")], action: .previousStudent, help: context.t("пример: предыдущий ученик", "preview: previous student")),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ]
        keyMap = KeyMap(bindings)
        helpEntries = keyMap.helpEntries
        load(context)
    }

    public func title(in context: AppContext) -> String { context.t("Виды работ и итоговая", "Work types and final marks") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }

    public func reload(context: AppContext) { load(context) }

    func load(_ context: AppContext) {
        do {
            state.types = try context.db.workTypes()
            state.rule = try context.db.settings().rounding
            if state.units.isEmpty {
                state.units = try context.db.planOverview(by: .user(user))
                // the first grades get no marks: the preview starts at a main subject of a graded class
                state.unitIndex = state.units.firstIndex { ($0.grade ?? 0) >= 5 && ($0.weeklyHours?.hundredths ?? 0) >= 300 }
                    ?? state.units.firstIndex { ($0.grade ?? 0) >= 5 } ?? 0
            }
            state.loadError = nil
        } catch {
            state.loadError = context.describe(error)
        }
        state.list.clamp(itemCount: state.types.count)
        loadGrid(context)
    }

    /// The preview's class × subject in the current period.
    private func loadGrid(_ context: AppContext) {
        guard let unit = state.unit, let period = try? context.db.currentPeriod(on: context.today) else {
            state.grid = nil
            return
        }
        state.grid = try? context.db.classGrid(unit.unit.owner, subject: unit.unit.subject, period: period.id, by: user)
        if let count = state.grid?.students.count { state.studentIndex = min(state.studentIndex, max(0, count - 1)) }
        if let grid = state.grid, state.average?.isEmpty != false,
           let withMarks = grid.students.firstIndex(where: { !grid.average(of: $0.id).isEmpty }) {
            state.studentIndex = withMarks
        }
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if state.form != nil { return handleForm(key, context: context) }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move: _ = state.list.handle(key, itemCount: state.types.count)
        case .add:
            state.purpose = .add
            state.form = FieldsForm(title: context.t("Новый вид работ", "New work type"),
                                    labels: [context.t("Название:", "Name:"), context.t("Вес:", "Weight:")], values: ["", "1"],
                                    hint: context.t("вес — например 1, 1,5 или 2", "weight e.g. 1, 1.5, 2"), maxLength: 60)
        case .edit:
            guard let type = state.selectedType else { return [] }
            state.purpose = .edit(code: type.code)
            state.form = FieldsForm(title: context.t("Вид работ «\(type.name)»", "Work type \"\(type.name)\""),
                                    labels: [context.t("Название:", "Name:"), context.t("Вес:", "Weight:")],
                                    values: [type.name, type.weight.text.withDecimalComma],
                                    hint: context.t("новый вес сразу меняет средние", "a new weight changes the averages at once"), maxLength: 60)
        case .rounding:
            state.purpose = .rounding
            state.draft = state.rule
            state.form = FieldsForm(title: context.t("Округление итоговой", "Rounding of final marks"),
                                    labels: [context.t("Вверх с дробной части:", "Up from the fraction:")],
                                    values: [state.rule.text.withDecimalComma],
                                    hint: context.t("0,5 — 4,5 → 5; 0,6 — 4,5 → 4", "0.5: 4.5 → 5; 0.6: 4.5 → 4"), maxLength: 4)
        case .nextUnit, .previousUnit:
            state.shiftUnit(action == .nextUnit ? 1 : -1)
            loadGrid(context)
        case .nextStudent: state.shiftStudent(1)
        case .previousStudent: state.shiftStudent(-1)
        case .back: return [.pop]
        }
        return []
    }

    private func handleForm(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var form = state.form, let purpose = state.purpose else { return [] }
        let outcome = form.handle(key)
        state.form = form
        if purpose == .rounding { state.draft = try? RoundingRule(parsing: form.values[0]) }
        switch outcome {
        case .editing: return []
        case .cancelled:
            state.form = nil
            state.draft = nil
            return []
        case .submitted(let values):
            do {
                let message: String
                switch purpose {
                case .add:
                    try context.db.addWorkType(name: values[0], weight: try Weight(parsing: values[1]), inClass: false, by: .user(user))
                    message = context.t("Вид работ добавлен.", "Work type added.")
                case .edit(let code):
                    try context.db.editWorkType(code, name: values[0], weight: try Weight(parsing: values[1]), by: .user(user))
                    message = context.t("Вид работ сохранён.", "Work type saved.")
                case .rounding:
                    let rule = try RoundingRule(parsing: values[0])
                    try context.db.setSetting(.rounding, rule.text, by: .user(user))
                    message = context.t("Правило сохранено: вверх с \(rule.text.withDecimalComma).", "Rule saved: up from \(rule.text).")
                }
                state.form = nil
                state.draft = nil
                load(context)
                return [.status(.success(message))]
            } catch {
                state.form?.problem = TextFitting.truncate(context.describe(error), toWidth: 66)
                return [.status(.error(context.t("Не сохранено: ", "Not saved: ") + context.describe(error)))]
            }
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let error = state.loadError {
            buffer.write(error, at: area.origin, style: .error, clip: area)
            return
        }
        let nameWidth = max(20, area.width - 22)
        buffer.write(" " + TextFitting.fit(context.t("Вид работ", "Work type"), width: nameWidth) + TextFitting.fit(context.t("Вес", "Weight"), width: 7)
                     + context.t("На уроке", "In class"), at: area.origin, style: .header, clip: area)
        let listHeight = min(state.types.count, max(3, area.height - 9))
        let items = state.types.map { type in
            ListItem(" " + TextFitting.fit(type.name, width: nameWidth) + TextFitting.fit(type.weight.text.withDecimalComma, width: 7)
                     + (type.inClass ? context.t("да", "yes") : ""))
        }
        List(items: items).render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: listHeight), buffer: &buffer, state: &state.list)
        var y = area.y + 2 + listHeight
        let rule = context.t("Итоговая: среднее округляется вверх с дробной части ", "Final mark: the average rounds up from ")
            + state.rule.text.withDecimalComma
        buffer.write(rule, at: Point(x: area.x + 1, y: y), style: .emphasis, clip: area)
        y += 2
        renderPreview(from: y, in: area, buffer: &buffer, context: context)
        state.form?.render(in: area, buffer: &buffer, language: context.language)
    }

    private func renderPreview(from top: Int, in area: Rect, buffer: inout Buffer, context: AppContext) {
        var y = top
        func line(_ text: String, _ style: StyleRole = .normal) {
            guard y < area.maxY else { return }
            buffer.write(TextFitting.truncate(text, toWidth: area.width - 2), at: Point(x: area.x + 1, y: y), style: style, clip: area)
            y += 1
        }
        guard let unit = state.unit else { return line(context.t("Пример: в школе нет классов с предметами.", "Preview: no classes."), .dim) }
        let period = state.grid?.period.period.name ?? ""
        line(context.t("Пример: ", "Preview: ") + unit.ownerName + " · " + unit.subjectName + (period.isEmpty ? "" : " · " + period)
             + context.t("   (F6, [ ] — другой)", "   (F6, [ ] other)"), .header)
        guard let student = state.student else { return line(context.t("Учеников нет.", "No students."), .dim) }
        line(context.t("Ученик: ", "Student: ") + student.fullName + context.t("   (F7, , . — другой)", "   (F7, , . other)"))
        let marks = state.marksText
        line(context.t("Отметки: ", "Marks: ") + (marks.isEmpty ? "—" : marks))
        line(context.t("Средневзвешенное: ", "Weighted average: ") + state.finalText(context.language), .emphasis)
    }
}
