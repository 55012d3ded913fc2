import JournalCore
import JournalStore
import TerminalUI

/// «Замены на день»: the day's lessons by number, the absent teachers'
/// lessons marked. The deputy gives a lesson to a substitute (free teachers
/// of the subject first), cancels one with a reason, moves one to another
/// number, adds an extra lesson. The substitute's «Сегодня» shows the lesson
/// marked «замена» on its next refresh.
public final class DaySubstitutionsScreen: Screen {
    /// A one-line question at the bottom: a reason, a number, a date.
    struct Prompt {
        enum Purpose { case cancelReason, moveNumber, date }
        var purpose: Purpose
        var label: String
        var field = TextFieldState(maxLength: 60)
    }

    let user: ActingUser
    let keyMap: KeyMap<DaySubstitutionsAction>
    private let helpContext: AppContext
    var state = DaySubstitutionsState()
    var date: SchoolDate
    var choices = TimetableChoices()
    var picker: ChoicePicker?
    /// True: the picker marks a teacher absent; false: it picks a substitute.
    var pickingAbsent = false
    var prompt: Prompt?
    var extra: ExtraLessonForm?
    private(set) var loadError: String?

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        keyMap = DaySubstitutionsAction.keyMap(context)
        helpContext = context
        date = context.today
        choices = (try? context.db.timetableChoices(by: .user(user))) ?? TimetableChoices()
        load(context)
    }

    public func title(in context: AppContext) -> String {
        context.t("Замены на ", "Substitutions on ") + WeekdayNames.short(date.weekday, context.language) + " " + date.russian
    }

    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] {
        keyMap.helpEntries + [HelpEntry(keys: helpContext.t("буквы, цифры", "letters, digits"),
                                        text: helpContext.t("поиск урока по классу, предмету или учителю", "find a lesson by class, subject or teacher"))]
    }

    public func reload(context: AppContext) { load(context) }

    func load(_ context: AppContext) {
        do {
            state.replace(with: try context.db.daySubstitutions(on: date, by: .user(user)))
            loadError = nil
        } catch {
            state.day = nil
            loadError = context.describe(error)
        }
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if picker != nil { return handlePicker(key, context: context) }
        if prompt != nil { return handlePrompt(key, context: context) }
        if extra != nil { return handleExtra(key, context: context) }
        guard let action = keyMap.action(for: key) else { return find(key) }
        switch action {
        case .move: _ = state.list.handle(key, itemCount: state.lessons.count)
        case .substitute: return openSubstitutes(context)
        case .absent:
            pickingAbsent = true
            let absent = Set(state.day?.absentTeachers.map(\.login) ?? [])
            picker = ChoicePicker(title: context.t("Отсутствует (повторно — снять)", "Absent (again: present)"), items: choices.teachers.map {
                .init(value: $0.login, label: (absent.contains($0.login) ? "✗ " : "  ") + $0.fullName)
            })
        case .cancel: return cancelOrRestore(context)
        case .moveLesson:
            guard state.selected != nil else { return [] }
            prompt = Prompt(purpose: .moveNumber, label: context.t("Перенести на урок №: ", "Move to lesson no.: "))
        case .extra: extra = ExtraLessonForm()
        case .date: prompt = Prompt(purpose: .date, label: context.t("Дата (дд.мм.гггг): ", "Date (yyyy-mm-dd): "))
        case .previousDay: date = date.adding(days: -1); load(context)
        case .nextDay: date = date.adding(days: 1); load(context)
        case .back:
            guard state.filter.isEmpty else { return find(key) }
            return [.pop]
        }
        return []
    }

    /// Letters and digits find a lesson by class, subject or teacher;
    /// Backspace takes one back, Esc clears.
    private func find(_ key: Key) -> [ScreenEffect] {
        var field = TextFieldState(text: state.filter, maxLength: 40)
        if key == .escape { field = TextFieldState(maxLength: 40) } else if field.handle(key) != .changed { return [] }
        state.filter = field.text
        state.list = ListState()
        return []
    }

    private func openSubstitutes(_ context: AppContext) -> [ScreenEffect] {
        guard let lesson = state.selected else { return [] }
        do {
            let free = try context.db.freeTeachers(for: lesson.lessonID, by: .user(user))
            pickingAbsent = false
            picker = ChoicePicker(title: context.t("Кто заменит: ", "Who covers: ") + lesson.title, items: free.map {
                .init(value: $0.login, label: ($0.sameSubject ? "★ " : "  ") + $0.fullName)
            })
            return free.isEmpty ? [.status(.warning(context.t("В это время свободных учителей нет.", "No teacher is free then.")))] : []
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    private func handlePicker(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var current = picker else { return [] }
        switch current.handle(key) {
        case .picking: picker = current
        case .cancelled: picker = nil
        case .chosen(let login):
            picker = nil
            return pickingAbsent ? toggleAbsent(login, context) : substitute(login, context)
        }
        return []
    }

    private func toggleAbsent(_ login: String, _ context: AppContext) -> [ScreenEffect] {
        let absent = !(state.day?.absentTeachers.contains { $0.login == login } ?? false)
        return perform(context, done: absent ? context.t("Отмечен отсутствующим.", "Marked absent.") : context.t("Отметка снята.", "Present again.")) {
            try context.db.setTeacherAbsent(login, on: self.date, absent, by: .user(self.user))
        }
    }

    private func substitute(_ login: String, _ context: AppContext) -> [ScreenEffect] {
        guard let lesson = state.selected else { return [] }
        let name = choices.teachers.first { $0.login == login }.map { PersonName.short($0.fullName) } ?? login
        return perform(context, done: context.t("Замена: \(lesson.title) ведёт \(name).", "\(name) covers \(lesson.title).")) {
            _ = try context.db.substitute(lesson: lesson.lessonID, teacher: login, reason: nil, by: .user(self.user))
        }
    }

    private func cancelOrRestore(_ context: AppContext) -> [ScreenEffect] {
        guard let lesson = state.selected else { return [] }
        if lesson.cancelled {
            return perform(context, done: context.t("Урок возвращён.", "Lesson restored.")) {
                try context.db.setCancelled(lesson: lesson.lessonID, false, by: .user(self.user))
            }
        }
        prompt = Prompt(purpose: .cancelReason, label: context.t("Причина отмены: ", "Reason: "))
        return []
    }

    private func handlePrompt(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var current = prompt else { return [] }
        switch key {
        case .escape: prompt = nil
        case .enter:
            let text = current.field.text.trimmingSpaces
            prompt = nil
            return answer(current.purpose, text, context)
        default:
            _ = current.field.handle(key)
            prompt = current
        }
        return []
    }

    private func answer(_ purpose: Prompt.Purpose, _ text: String, _ context: AppContext) -> [ScreenEffect] {
        switch purpose {
        case .date:
            guard let typed = TypedDate.parse(text) else {
                return [.status(.error(context.t("Дата не прочитана: «\(text)»", "Cannot read the date \"\(text)\"")))]
            }
            date = typed
            load(context)
            return []
        case .cancelReason:
            guard let lesson = state.selected else { return [] }
            return perform(context, done: context.t("Урок отменён.", "Lesson cancelled.")) {
                try context.db.setCancelled(lesson: lesson.lessonID, true, reason: text, by: .user(self.user))
            }
        case .moveNumber:
            guard let lesson = state.selected else { return [] }
            guard let number = Int(text) else {
                return [.status(.error(context.t("Номер урока не прочитан: «\(text)»", "Cannot read the number \"\(text)\"")))]
            }
            return perform(context, done: context.t("Урок перенесён на \(number)-й.", "Lesson moved to \(number).")) {
                _ = try context.db.moveLesson(lesson.lessonID, toNumber: number, by: .user(self.user))
            }
        }
    }

    private func handleExtra(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var form = extra else { return [] }
        switch form.handle(key, choices: choices) {
        case .editing: extra = form
        case .cancelled: extra = nil
        case .submitted:
            extra = form
            guard let number = Int(form.text(4)) else {
                return [.status(.error(context.t("Номер урока не прочитан: «\(form.text(4))»", "Cannot read the number")))]
            }
            let effects = perform(context, done: context.t("Дополнительный урок добавлен.", "Extra lesson added.")) {
                _ = try context.db.addExtraLesson(classCode: form.text(0), groupCode: form.text(1).nilIfBlank, subjectCode: form.text(2),
                                                  teacher: form.text(3), on: self.date, number: number, by: .user(self.user))
            }
            if case .status(let message)? = effects.first, message.kind == .success { extra = nil }
            return effects
        }
        return []
    }

    /// Runs one store write, reloads, and says how it went.
    private func perform(_ context: AppContext, done: String, _ write: () throws -> Void) -> [ScreenEffect] {
        do {
            try write()
            load(context)
            return [.status(.success(done))]
        } catch {
            return [.status(.error(context.t("Не сохранено: ", "Not saved: ") + context.describe(error)))]
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let loadError {
            Paragraph(TextFitting.wrap(loadError, width: area.width).map { Line($0, style: .error) }).render(in: area, buffer: &buffer)
            return
        }
        let summary = context.t("Уроков: \(state.day?.lessons.count ?? 0) · ждут замены: \(state.waiting)",
                                "Lessons: \(state.day?.lessons.count ?? 0) · waiting for cover: \(state.waiting)")
            + (state.filter.isEmpty ? context.t(" · буквы — поиск", " · type to find") : context.t(" · поиск: ", " · find: ") + state.filter)
        buffer.write(summary, at: area.origin, style: state.waiting > 0 ? .error : .header, clip: area)
        if let absent = state.absentLine(context.language) {
            buffer.write(TextFitting.truncate(absent, toWidth: area.width), at: Point(x: area.x, y: area.y + 1), style: .warning, clip: area)
        }
        let items = state.lessons.map { ListItem(DaySubstitutionsState.line($0, language: context.language), style: DaySubstitutionsState.style($0)) }
        if items.isEmpty {
            buffer.write(context.t("В этот день уроков нет.", "No lessons that day."), at: Point(x: area.x, y: area.y + 3), style: .dim, clip: area)
        }
        List(items: items).render(in: area.removingTop(2).removingBottom(1), buffer: &buffer, state: &state.list)
        if var current = prompt {
            let y = area.y + area.height - 1
            let x = buffer.write(current.label, at: Point(x: area.x, y: y), style: .normal, clip: area)
            TextField(isFocused: true).render(in: Rect(x: x, y: y, width: max(10, area.width - (x - area.x)), height: 1),
                                              buffer: &buffer, state: &current.field)
        }
        extra?.render(in: area, buffer: &buffer, language: context.language, date: date, choices: choices)
        picker?.render(in: area, buffer: &buffer, language: context.language)
    }
}
