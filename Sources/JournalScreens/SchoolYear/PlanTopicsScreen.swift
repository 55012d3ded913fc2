import JournalCore
import JournalStore
import TerminalUI

enum PlanTopicsAction: Equatable {
    case move, add, edit, delete, up, down, importFile, confirm, back
}

/// What the КТП editor shows: the plan's topics, the cursor and the open form.
struct PlanTopicsState {
    var topics: [PlanTopic] = []
    var list = ListState()
    var form: FieldsForm?
    var editing: PlanTopic?
    var importing = false
    var loadError: String?
    /// The КТП carried into the current year from the year before, if it was.
    var carryover: PlanCarryoverState?

    var selected: PlanTopic? {
        guard let index = list.selected, topics.indices.contains(index) else { return nil }
        return topics[index]
    }

    var hours: Int { topics.reduce(0) { $0 + $1.hours } }

    /// The edit a submitted topic form asks for.
    func edit(from values: [String]) throws -> PlanEdit {
        let topic = values[0].trimmingSpaces
        guard let hours = Int(values[1].trimmingSpaces) else {
            throw JournalError.other(Phrase(ru: "часы «\(values[1])»: нужно целое число от 1 до 99",
                                            en: "hours \"\(values[1])\": a whole number from 1 to 99 is needed"))
        }
        if let editing { return .change(seq: editing.seq, topic: topic, hours: hours) }
        return .add(after: selected?.seq ?? 0, topic: topic, hours: hours)
    }
}

/// One КТП: its topics in order with their hours; add, edit, delete, move a
/// topic up or down, or import the whole plan from a CSV file. Each key is
/// one change in the store, audited; a teacher reaches only their own plans.
/// A КТП carried into a new year says «перенесено из … — подтвердите» until
/// its teacher (or the deputy) confirms it (F7, audited).
public final class PlanTopicsScreen: Screen {
    let user: ActingUser
    let line: PlanOverviewLine
    let keyMap: KeyMap<PlanTopicsAction>
    public let helpEntries: [HelpEntry]
    private(set) var state = PlanTopicsState()

    public init(user: ActingUser, line: PlanOverviewLine, context: AppContext) {
        self.user = user
        self.line = line
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move, help: context.t("выбрать тему", "choose a topic"),
                       caption: "↑ ↓"),
            KeyBinding([.insert], action: .add, help: context.t("новая тема после выбранной", "a new topic after the chosen one"),
                       label: context.t("Добавить", "Add"), slot: 2),
            KeyBinding(.enter, action: .edit, help: context.t("изменить тему и часы", "edit the topic and its hours"),
                       label: context.t("Изменить", "Edit"), slot: 3),
            KeyBinding([], action: .importFile, help: context.t("загрузить весь КТП из CSV-файла (заменит темы)", "import from CSV"),
                       label: context.t("Импорт", "Import"), slot: 4),
            KeyBinding([], action: .up, help: context.t("переместить тему выше", "move the topic up"),
                       label: context.t("Выше", "Up"), slot: 5),
            KeyBinding([], action: .down, help: context.t("переместить тему ниже", "move the topic down"),
                       label: context.t("Ниже", "Down"), slot: 6),
            KeyBinding([.delete], action: .delete, help: context.t("удалить тему (спросит)", "delete the topic (asks first)"),
                       label: context.t("Удалить", "Delete"), slot: 8),
            KeyBinding([], action: .confirm, help: context.t("подтвердить КТП, перенесённый из прошлого учебного года",
                                                             "confirm the plan carried over from the last academic year"),
                       label: context.t("Подтв.", "Confirm"), slot: 7),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        helpEntries = keyMap.helpEntries
        load(context)
    }

    public func title(in context: AppContext) -> String {
        context.t("КТП: ", "Plan: ") + line.ownerName + " · " + line.subjectName
    }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }

    public func reload(context: AppContext) { load(context) }

    func load(_ context: AppContext) {
        do {
            state.topics = try context.db.planTopics(line.unit)
            state.carryover = try context.db.planCarryover(line.unit)
            state.loadError = nil
        } catch {
            state.loadError = context.describe(error)
        }
        state.list.clamp(itemCount: state.topics.count)
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if state.form != nil { return handleForm(key, context: context) }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move: _ = state.list.handle(key, itemCount: state.topics.count)
        case .add:
            state.editing = nil
            state.importing = false
            state.form = FieldsForm(title: context.t("Новая тема", "New topic"), labels: [context.t("Тема:", "Topic:"), context.t("Часов:", "Hours:")],
                                    values: ["", "1"])
        case .edit:
            guard let topic = state.selected else { return [] }
            state.editing = topic
            state.importing = false
            state.form = FieldsForm(title: context.t("Тема № \(topic.seq)", "Topic \(topic.seq)"),
                                    labels: [context.t("Тема:", "Topic:"), context.t("Часов:", "Hours:")], values: [topic.topic, String(topic.hours)])
        case .importFile:
            state.importing = true
            state.form = FieldsForm(title: context.t("Импорт КТП из CSV", "Import from CSV"), labels: [context.t("Файл:", "File:")], values: [""],
                                    hint: context.t("заменит все темы", "replaces every topic"), maxLength: 400)
        case .up, .down:
            guard let topic = state.selected else { return [] }
            let by = action == .up ? -1 : 1
            let effects = save(.move(seq: topic.seq, by: by), context: context, success: nil)
            if let index = state.list.selected { state.list.selected = max(0, min(state.topics.count - 1, index + by)) }
            return effects
        case .delete:
            guard let topic = state.selected else { return [] }
            return [.confirm(Confirmation(title: context.t("Удалить тему № \(topic.seq)?", "Delete topic \(topic.seq)?"), message: topic.topic,
                                          buttons: [context.t("Нет", "No"), context.t("Удалить", "Delete")]) { [weak self] choice in
                guard let self, choice == 1 else { return [] }
                return self.save(.delete(seq: topic.seq), context: context, success: context.t("Тема удалена.", "Topic deleted."))
            })]
        case .confirm: return confirm(context)
        case .back: return [.popAndReload]
        }
        return []
    }

    private func handleForm(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var form = state.form else { return [] }
        switch form.handle(key) {
        case .editing: state.form = form
        case .cancelled: state.form = nil
        case .submitted(let values):
            state.form = form
            do {
                let edit: PlanEdit = state.importing ? .replace(try PlanImport.topics(path: values[0])) : try state.edit(from: values)
                let wasAdd = if case .add = edit { true } else { false }
                let effects = save(edit, context: context, success: context.t("КТП сохранён.", "Plan saved."))
                if state.form == nil, wasAdd, let index = state.list.selected { state.list.selected = min(index + 1, state.topics.count - 1) }
                return effects
            } catch {
                state.form?.problem = TextFitting.truncate(context.describe(error).replacingOccurrences(of: "\n", with: " · "), toWidth: 66)
                return [.status(.error(context.describe(error).replacingOccurrences(of: "\n", with: " · ")))]
            }
        }
        return []
    }

    /// One edit through the store; the form closes only when it was taken.
    private func save(_ edit: PlanEdit, context: AppContext, success: String?) -> [ScreenEffect] {
        do {
            state.topics = try context.db.editPlan(line.unit, edit, by: .user(user))
            state.form = nil
            state.list.clamp(itemCount: state.topics.count)
            return success.map { [.status(.success($0))] } ?? []
        } catch {
            state.form?.problem = TextFitting.truncate(context.describe(error), toWidth: 66)
            return [.status(.error(context.t("Не сохранено: ", "Not saved: ") + context.describe(error)))]
        }
    }

    private func confirm(_ context: AppContext) -> [ScreenEffect] {
        guard state.carryover?.isWaiting == true else {
            return [.status(StatusMessage(context.t("Подтверждать нечего: этот КТП не переносился или уже подтверждён.",
                                                    "Nothing to confirm: this plan was not carried over or is confirmed already.")))]
        }
        do {
            try context.db.confirmPlanCarryover(line.unit, by: .user(user))
            load(context)
            return [.status(.success(context.t("КТП подтверждён.", "The plan is confirmed.")))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let carryover = state.carryover, carryover.isWaiting {
            buffer.write(context.t("перенесено из \(carryover.copiedFrom) — подтвердите (F7)",
                                   "carried over from \(carryover.copiedFrom) — confirm it (F7)"),
                         at: Point(x: area.x + 1, y: area.y + 1), style: .warning, clip: area)
        }
        var summary = context.t("тем \(state.topics.count), часов \(state.hours)", "\(state.topics.count) topics, \(state.hours) hours")
        if let expected = line.expectedHours {
            summary += context.t(" · по учебному плану \(expected)", " · curriculum \(expected)")
        }
        let agrees = line.expectedHours == nil || line.expectedHours == state.hours
        buffer.write(summary, at: Point(x: area.x + 1, y: area.y), style: agrees ? .success : .warning, clip: area)
        if !line.teachers.isEmpty {
            let teachers = line.teachers.joined(separator: ", ")
            buffer.write(teachers, at: Point(x: area.maxX - DisplayWidth.of(teachers) - 1, y: area.y), style: .dim, clip: area)
        }
        let body = area.removingTop(2)
        if let error = state.loadError {
            buffer.write(error, at: body.origin, style: .error, clip: body)
        } else if state.topics.isEmpty {
            buffer.write(context.t("КТП пуст. Ins — добавить тему, F4 — загрузить из CSV.", "The plan is empty. Ins adds, F4 imports."),
                         at: Point(x: body.x + 1, y: body.y), style: .dim, clip: body)
        } else {
            let width = max(10, body.width - 10)
            let items = state.topics.map { topic in
                ListItem(TextFitting.fit(String(topic.seq), width: 4, alignment: .right) + " "
                         + TextFitting.fit(topic.topic, width: width) + " " + TextFitting.fit(String(topic.hours), width: 3, alignment: .right))
            }
            List(items: items).render(in: body, buffer: &buffer, state: &state.list)
        }
        state.form?.render(in: area, buffer: &buffer, language: context.language)
    }
}
