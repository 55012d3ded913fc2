import JournalCore
import JournalStore
import TerminalUI

/// «Урок»: the topic (with the plan's next topic offered), homework, comment,
/// «урок проведён», and the roll call with one key per student. A text is saved
/// when the cursor leaves its field (Enter, Tab, an arrow, F10, Esc), a code or
/// the held mark the moment its key is pressed.
final class LessonEditorScreen: Screen {
    enum Action: Equatable {
        case next, previous, plan, held, due, back
    }

    var state: LessonEditorState
    let user: ActingUser
    let keyMap: KeyMap<Action>
    let rollKeys: KeyMap<RollAction>
    let functionBarItems: [FunctionBarItem]

    static let labelWidth = 14
    /// Opened from the grid of a closed past year («2024/2025»): every write
    /// answers that the year is closed, before asking the store.
    var closedYear: String?

    init(lesson: LessonID, context: AppContext) throws {
        user = try ClassGridScreen.signedInUser(context)
        let sheet = try context.db.lessonSheet(lesson, by: user)
        try context.db.prepareJournalWrites()
        state = LessonEditorState(sheet: sheet, suggestion: try context.db.planSuggestion(for: lesson, by: user))
        keyMap = Self.keys(context)
        rollKeys = RollKeys.keyMap(context)
        functionBarItems = CommonKeys.barItems(keyMap, context)
        if sheet.lesson.topic != nil && !sheet.students.isEmpty { state.focus = .roll }
        loadDueLoad(context)
    }

    func title(in context: AppContext) -> String {
        context.t("Урок", "Lesson") + " · \(state.sheet.label.text)"
    }

    var helpEntries: [HelpEntry] { keyMap.helpEntries + rollKeys.helpEntries }

    private static func keys(_ context: AppContext) -> KeyMap<Action> {
        let t = context.t
        return KeyMap([
            KeyBinding([.tab], action: .next, help: t("следующее поле (напечатанное сохраняется)", "next field (what was typed is saved)")),
            KeyBinding([.backTab], action: .previous, help: t("предыдущее поле", "previous field")),
            KeyBinding([], action: .plan, help: t("взять тему из плана (КТП) и сохранить", "take the plan's topic and save it"),
                       label: t("План", "Plan"), slot: 3),
            KeyBinding([], action: .held, help: t("отметить, что урок проведён (или снять отметку)", "mark the lesson held (or unmark)"),
                       label: t("Проведён", "Held"), slot: 5),
            KeyBinding([], action: .due, help: t("к какому уроку задано: выбрать другой урок, видя, что ещё задано классу",
                                                 "which lesson the homework is due at: choose another, seeing the class's load"),
                       label: t("К уроку", "Due"), slot: 6),
            KeyBinding([.escape], action: .back, help: t("сохранить напечатанное и вернуться", "save what was typed and go back"),
                       label: t("Назад", "Back"), slot: 10),
        ])
    }

    // MARK: Keys

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if let action = keyMap.action(for: key) { return perform(action, context) }
        switch state.focus {
        case .topic, .homework, .comment: return handleText(key, context)
        case .held: return handleHeld(key, context)
        case .roll: return handleRoll(key, context)
        }
    }

    private func perform(_ action: Action, _ context: AppContext) -> [ScreenEffect] {
        switch action {
        case .next: return leaveField(context) { $0.moveFocus(by: 1) }
        case .previous: return leaveField(context) { $0.moveFocus(by: -1) }
        case .plan: return takePlanTopic(context)
        case .held: return toggleHeld(context)
        case .due: return chooseDue(context)
        case .back:
            let saved = saveText(state.focus, context)
            return (saved.isEmpty ? [] : saved) + [.popAndReload]
        }
    }

    private func handleText(_ key: Key, _ context: AppContext) -> [ScreenEffect] {
        switch key {
        case .enter, .down: return leaveField(context) { $0.moveFocus(by: 1) }
        case .up: return leaveField(context) { $0.moveFocus(by: -1) }
        default:
            var text = state.texts[state.focus] ?? TextFieldState()
            _ = text.handle(key)
            state.texts[state.focus] = text
            return []
        }
    }

    private func handleHeld(_ key: Key, _ context: AppContext) -> [ScreenEffect] {
        switch key {
        case .character(" "), .enter: return toggleHeld(context)
        case .down: state.moveFocus(by: 1)
        case .up: state.moveFocus(by: -1)
        default: return CommonKeys.unknownKey(key, context).map { [$0] } ?? []
        }
        return []
    }

    /// Saves the focused text if it changed, then moves the focus.
    private func leaveField(_ context: AppContext, move: (inout LessonEditorState) -> Void) -> [ScreenEffect] {
        let effects = saveText(state.focus, context)
        move(&state)
        return effects
    }

    func saveText(_ field: LessonField, _ context: AppContext) -> [ScreenEffect] {
        guard state.isChanged(field) else { return [] }
        let text = state.text(field), lesson = state.sheet.lesson.id
        let result = write(context) {
            switch field {
            case .topic: try context.db.setTopic(lesson: lesson, text, by: user)
            case .homework: try context.db.setHomework(lesson: lesson, text, by: user)
            default: try context.db.setComment(lesson: lesson, text, by: user)
            }
        }
        let what = switch field {
        case .topic: context.t("Тема сохранена.", "Topic saved.")
        case .homework: context.t("Домашнее задание сохранено.", "Homework saved.")
        default: context.t("Комментарий сохранён.", "Comment saved.")
        }
        return result ?? [.status(.success(what))]
    }

    private func takePlanTopic(_ context: AppContext) -> [ScreenEffect] {
        guard let suggestion = state.suggestion else {
            return [.status(StatusMessage(context.t("В плане (КТП) для этого урока темы нет.", "The plan has no topic for this lesson.")))]
        }
        state.texts[.topic] = TextFieldState(text: suggestion.topic, maxLength: 500)
        state.focus = .topic
        return saveText(.topic, context)
    }

    private func toggleHeld(_ context: AppContext) -> [ScreenEffect] {
        let held = state.sheet.lesson.heldAt == nil
        let lesson = state.sheet.lesson.id
        return write(context) { try context.db.setHeld(lesson: lesson, held, by: user) }
            ?? [.status(.success(held ? context.t("Отмечено: урок проведён.", "Marked held.")
                                      : context.t("Отметка о проведении снята.", "Held mark removed.")))]
    }

    /// Runs one write and reads the lesson back; the error's effects, or nil
    /// when it was saved.
    func write(_ context: AppContext, _ body: () throws -> Void) -> [ScreenEffect]? {
        defer { reload(context: context) }
        if let year = closedYear { return [.status(AcademicYearSwitch.closedMessage(year, context))] }
        do {
            try body()
            return nil
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    func reload(context: AppContext) {
        if let fresh = try? context.db.lessonSheet(state.sheet.lesson.id, by: user) { state.update(fresh) }
        loadDueLoad(context)
    }

    private func loadDueLoad(_ context: AppContext) {
        state.dueLoad = (try? context.db.homeworkDueLoad(of: state.sheet.lesson.id, by: user).others) ?? []
    }

    /// F6: what was typed is saved first, so that a new homework has its due lesson to move.
    private func chooseDue(_ context: AppContext) -> [ScreenEffect] {
        let saved = saveText(state.focus, context)
        guard state.sheet.lesson.homework != nil else {
            return saved + [.status(.warning(context.t("Сначала впишите домашнее задание.", "Type the homework first.")))]
        }
        do {
            return [.push(try HomeworkDueScreen(lesson: state.sheet.lesson.id, label: state.sheet.label.text, user: user, context: context))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    // MARK: Drawing

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        buffer.write(headline(context), at: inner.origin, style: .emphasis, clip: inner)
        buffer.write(notice(context), at: inner.row(1).origin, clip: inner)
        renderField(.topic, context.t("Тема:", "Topic:"), row: inner.row(2), buffer: &buffer)
        buffer.write(planLine(context), at: inner.row(3).removingLeft(Self.labelWidth).origin, style: .dim, clip: inner.row(3))
        renderField(.homework, context.t("Домашнее:", "Homework:"), row: inner.row(4), buffer: &buffer)
        buffer.write(dueLine(context), at: inner.row(5).removingLeft(Self.labelWidth).origin, style: .dim, clip: inner.row(5))
        renderField(.comment, context.t("Комментарий:", "Comment:"), row: inner.row(6), buffer: &buffer)
        renderHeld(row: inner.row(7), buffer: &buffer, context: context)
        renderRoll(in: inner.removingTop(8), buffer: &buffer, context: context)
    }

    private func headline(_ context: AppContext) -> String {
        let sheet = state.sheet
        return WeekdayNames.short(sheet.lesson.date.weekday, context.language) + " \(sheet.lesson.date.russian), "
            + context.t("\(sheet.lesson.lessonNumber)-й урок ", "lesson \(sheet.lesson.lessonNumber) ")
            + sheet.startsAt.timeOfDay.text + "–" + sheet.endsAt.timeOfDay.text + context.t(" · учитель ", " · teacher ")
            + PersonName.short(sheet.lesson.teacherName)
    }

    private func notice(_ context: AppContext) -> Line {
        let lesson = state.sheet.lesson
        if lesson.cancelled {
            return Line(context.t("Урок отменён: записи в нём не ведутся.", "The lesson is cancelled: nothing is entered."), style: .warning)
        }
        if !Permissions.mayWriteLesson(roles: user.roles, account: user.accountID, lessonTeacher: lesson.teacherID) {
            return Line(context.t("Урок другого учителя: только просмотр (посещаемость правит и классный руководитель).",
                                  "Another teacher's lesson: read only (the homeroom teacher may fix attendance)."), style: .dim)
        }
        return Line("")
    }

    private func renderField(_ field: LessonField, _ label: String, row: Rect, buffer: inout Buffer) {
        buffer.write(label, at: row.origin, style: state.focus == field ? .emphasis : .header, clip: row)
        var text = state.texts[field] ?? TextFieldState()
        TextField(isFocused: state.focus == field).render(in: row.removingLeft(Self.labelWidth), buffer: &buffer, state: &text)
        state.texts[field] = text
    }

    /// «к уроку чт 05.12, 3-й урок (F6 — другой) · в классе к этому дню ещё: Алгебра, Русский язык».
    private func dueLine(_ context: AppContext) -> String {
        guard let due = state.sheet.homeworkDue else {
            return context.t("задание будет к следующему уроку предмета (F6 — выбрать другой)",
                             "due at the subject's next lesson (F6 chooses another)")
        }
        let others = state.dueLoad.isEmpty ? context.t("ничего", "nothing")
            : state.dueLoad.map(\.subject).joined(separator: ", ")
        return context.t("к уроку \(DueWords.lesson(due, context)) (F6) · ещё к этому дню: ",
                         "due \(DueWords.lesson(due, context)) (F6) · also due: ") + others
    }

    private func planLine(_ context: AppContext) -> String {
        guard let plan = state.suggestion else { return context.t("в плане (КТП) темы для этого урока нет", "no plan topic") }
        let hours = plan.hours > 1 ? context.t(", урок \(plan.hour) из \(plan.hours)", ", lesson \(plan.hour) of \(plan.hours)") : ""
        if state.text(.topic).trimmingSpaces.hasPrefix(plan.topic) {
            return context.t("✓ тема плана № \(plan.seq) из \(plan.itemCount)\(hours)", "✓ plan topic № \(plan.seq)\(hours)")
        }
        // the key first: a long topic is cut at the right edge, never the key
        return context.t("F3 — тема по плану № \(plan.seq)\(hours): \(plan.topic)", "F3 — plan № \(plan.seq)\(hours): \(plan.topic)")
    }

    private func renderHeld(row: Rect, buffer: inout Buffer, context: AppContext) {
        let focused = state.focus == .held
        let held = state.sheet.lesson.heldAt
        buffer.write(context.t("Проведён:", "Held:"), at: row.origin, style: focused ? .emphasis : .header, clip: row)
        let box = (held != nil ? "[x] " : "[ ] ") + (held.map { context.t("да, отмечено в ", "yes, at ") + $0.timeOfDay.text } ?? context.t("нет", "no"))
        let x = buffer.write(box, at: Point(x: row.x + Self.labelWidth, y: row.y), style: focused ? .selected : .normal, clip: row)
        buffer.write(context.t("   Пробел или F5 — изменить", "   Space or F5 toggles"), at: Point(x: x, y: row.y), style: .dim, clip: row)
    }
}
