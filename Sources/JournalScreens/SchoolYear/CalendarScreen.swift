import JournalCore
import JournalStore
import TerminalUI

/// What the calendar's keys do.
enum CalendarAction: Equatable {
    case move, switchPanel, mark(CalendarDayKind?), lock, back
}

extension CalendarAction {
    static func keyMap(_ context: AppContext) -> KeyMap<CalendarAction> {
        KeyMap([
            KeyBinding([.left, .right, .up, .down, .home, .end], action: .move,
                       help: context.t("выбрать день: ← → день, ↑ ↓ неделя, Home/End — начало и конец месяца", "choose a day"),
                       caption: "← → ↑ ↓"),
            KeyBinding([.pageUp, .pageDown, .character("["), .character("]")], action: .move,
                       help: context.t("предыдущий и следующий месяц", "previous and next month"), caption: "PgUp PgDn [ ]"),
            KeyBinding([.tab], action: .switchPanel, help: context.t("перейти между календарём и списком периодов",
                                                                     "switch between the calendar and the periods")),
            KeyBinding([], action: .mark(.holiday), help: context.t("сделать день нерабочим для всей школы (с причиной)",
                                                                    "make the day a day off for the whole school"),
                       label: context.t("Выходн.", "Off"), slot: 2),
            KeyBinding([], action: .mark(.closed), help: context.t("занятий нет: карантин, погода (вся школа или класс)",
                                                                   "closed: quarantine, weather (school or a class)"),
                       label: context.t("Закрыт", "Closed"), slot: 3),
            KeyBinding([], action: .mark(.short), help: context.t("сокращённый день: звонки сокращённых дней", "a shortened day"),
                       label: context.t("Сокращ.", "Short"), slot: 4),
            KeyBinding([], action: .mark(.workday), help: context.t("рабочий день по расписанию другого дня недели (перенос)",
                                                                    "a working day on another weekday's timetable"),
                       label: context.t("Рабочий", "Workday"), slot: 5),
            KeyBinding([], action: .mark(nil), help: context.t("вернуть дню обычный вид (убрать строку календаря)",
                                                               "back to an ordinary day"),
                       label: context.t("Обычный", "Normal"), slot: 6),
            KeyBinding([], action: .lock, help: context.t("закрыть или снова открыть период (спросит): в закрытом ничего не меняется",
                                                          "close or reopen the period (asks first)"),
                       label: context.t("Период", "Period"), slot: 7),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
    }
}

/// «Календарь и периоды»: the deputy's and the administrator's month view of
/// the academic year — days off, moved working days, closed and shortened
/// days — with the periods and their locks. A day becomes a day off only
/// after a warning when lessons of it already hold entries; closing and
/// reopening a period asks first. Every change goes through the store,
/// which audits it.
public final class CalendarScreen: Screen {
    let user: ActingUser
    let keyMap: KeyMap<CalendarAction>
    public let helpEntries: [HelpEntry]
    private(set) var state: CalendarState

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        keyMap = CalendarAction.keyMap(context)
        helpEntries = keyMap.helpEntries + [
            HelpEntry(keys: context.t("в р з к с", "в р з к с"),
                      text: context.t("в сетке: выходной, рабочий (перенос), закрыт вся школа, закрыт класс, сокращённый",
                                      "in the grid: off, workday, closed (school), closed (class), short")),
        ]
        state = CalendarState(today: context.today)
        load(context)
    }

    public func title(in context: AppContext) -> String { context.t("Календарь и периоды", "Calendar and periods") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }

    public func reload(context: AppContext) { load(context) }

    func load(_ context: AppContext) {
        do {
            state.load(lines: try context.db.calendarDays(), periods: try context.db.periodLocks())
            state.loadError = nil
        } catch {
            state.loadError = context.describe(error)
        }
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if state.form != nil { return handleForm(key, context: context) }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move:
            if state.focus == .periods { state.movePeriod(key) } else { state.move(key) }
        case .switchPanel: state.focus = state.focus == .days ? .periods : .days
        case .mark(let kind): openForm(kind, context: context)
        case .lock: return lockQuestion(context)
        case .back: return [.pop]
        }
        return []
    }

    private func openForm(_ kind: CalendarDayKind?, context: AppContext) {
        let date = state.selected
        let day = WeekdayNames.short(date.weekday, context.language) + " " + date.russian
        let note = state.line(on: date)?.note ?? ""
        switch kind {
        case .holiday?:
            state.pendingChange = .holiday
            state.form = FieldsForm(title: context.t("Нерабочий день \(day)", "Day off \(day)"), labels: [context.t("Причина:", "Reason:")],
                                    values: [note])
        case .closed?, .short?:
            state.pendingChange = kind == .closed ? .closed : .short
            let title = kind == .closed ? context.t("Занятий нет \(day)", "Closed \(day)") : context.t("Сокращённый день \(day)", "Short day \(day)")
            state.form = FieldsForm(title: title, labels: [context.t("Причина:", "Reason:"), context.t("Класс:", "Class:")],
                                    values: [note, ""], hint: context.t("класс — код (5a); пусто — вся школа", "class code; empty: whole school"))
        case .workday?:
            state.pendingChange = .workday(weekday: min(6, date.weekday))
            state.form = FieldsForm(title: context.t("Рабочий день \(day)", "Working day \(day)"),
                                    labels: [context.t("Причина:", "Reason:"), context.t("Расписание дня (1–6):", "Weekday (1–6):")],
                                    values: [note, String(min(6, date.weekday))], hint: context.t("1 — пн … 6 — сб", "1 Mon … 6 Sat"))
        case nil:
            state.pendingChange = .school
            state.form = FieldsForm(title: context.t("Обычный день \(day)", "Ordinary day \(day)"), labels: [context.t("Класс:", "Class:")],
                                    values: [""], hint: context.t("пусто — вся школа", "empty: whole school"))
        }
    }

    private func handleForm(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var form = state.form, let change = state.pendingChange else { return [] }
        switch form.handle(key) {
        case .editing:
            state.form = form
            return []
        case .cancelled:
            state.form = nil
            return []
        case .submitted(let values):
            state.form = form
            do {
                let request = try CalendarRequest(change: change, values: values)
                let entries = try context.db.dayEntries(state.selected, classCode: request.classCode)
                if request.removesLessons, !entries.isEmpty {
                    return [.confirm(entriesWarning(request, entries, context: context))]
                }
                return apply(request, context: context)
            } catch {
                state.form?.problem = context.describe(error)
                return []
            }
        }
    }

    /// The question before a day with entries loses its lessons.
    private func entriesWarning(_ request: CalendarRequest, _ entries: DayEntries, context: AppContext) -> Confirmation {
        let date = state.selected.russian
        return Confirmation(
            title: context.t("В этом дне уже есть записи", "The day already has entries"),
            message: context.t("\(date): уроков \(entries.lessons), с записями \(entries.lessonsWithEntries) "
                               + "(отметок \(entries.marks), отметок посещаемости \(entries.attendance)).\n"
                               + "Уроки с записями останутся в журнале, пустые будут отменены. Продолжить?",
                               "\(date): \(entries.lessons) lessons, \(entries.lessonsWithEntries) with entries "
                               + "(\(entries.marks) marks, \(entries.attendance) attendance). Lessons with entries are kept. Go on?"),
            buttons: [context.t("Нет", "No"), context.t("Да, изменить", "Yes, change")]) { [weak self] choice in
                guard let self, choice == 1 else { return [] }
                return self.apply(request, context: context)
            }
    }

    private func apply(_ request: CalendarRequest, context: AppContext) -> [ScreenEffect] {
        do {
            let outcome = try context.db.setCalendarDay(state.selected, request.change, classCode: request.classCode, note: request.note,
                                                        by: .user(user))
            state.form = nil
            load(context)
            var text = context.t("День \(state.selected.russian) сохранён", "Day \(state.selected.russian) saved")
            if outcome.cancelled > 0 { text += context.t(", отменено уроков: \(outcome.cancelled)", ", lessons cancelled: \(outcome.cancelled)") }
            if !outcome.kept.isEmpty { text += context.t(", оставлено с записями: \(outcome.kept.count)", ", kept: \(outcome.kept.count)") }
            if outcome.created > 0 { text += context.t(", добавлено уроков: \(outcome.created)", ", lessons added: \(outcome.created)") }
            return [.status(.success(text + "."))]
        } catch {
            state.form?.problem = context.describe(error)
            return [.status(.error(context.t("Не сохранено: ", "Not saved: ") + context.describe(error)))]
        }
    }

    private func lockQuestion(_ context: AppContext) -> [ScreenEffect] {
        guard let target = state.targetPeriod else {
            return [.status(.warning(context.t("Этот день не входит ни в один период.", "The day is in no period.")))]
        }
        let period = target.info.period
        let closing = !period.locked
        let message = closing
            ? context.t("После закрытия в «\(period.name)» (\(period.start.russian)–\(period.end.russian)) нельзя ставить и менять "
                        + "отметки, посещаемость, темы, итоговые и календарь. Открыть снова можно здесь же.",
                        "Once closed, nothing dated in \(period.name) can change. It can be reopened here.")
            : context.t("«\(period.name)» снова откроется для записей учителей.", "\(period.name) opens for entries again.")
        return [.confirm(Confirmation(
            title: closing ? context.t("Закрыть «\(period.name)»?", "Close \(period.name)?") : context.t("Открыть «\(period.name)»?", "Reopen \(period.name)?"),
            message: message,
            buttons: [context.t("Нет", "No"), closing ? context.t("Закрыть", "Close") : context.t("Открыть", "Reopen")]) { [weak self] choice in
                guard let self, choice == 1 else { return [] }
                do {
                    try context.db.setPeriodLocked(period.code, closing, by: .user(self.user))
                    self.load(context)
                    return [.status(.success(closing ? context.t("Период «\(period.name)» закрыт.", "\(period.name) closed.")
                                                     : context.t("Период «\(period.name)» открыт.", "\(period.name) reopened.")))]
                } catch {
                    return [.status(.error(context.t("Не изменено: ", "Not changed: ") + context.describe(error)))]
                }
            })]
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        CalendarView(state: state, context: context).render(in: area, buffer: &buffer)
        state.form?.render(in: area, buffer: &buffer, language: context.language)
    }
}

/// A calendar change as the form gave it, checked.
struct CalendarRequest: Equatable {
    var change: CalendarDayChange
    var note: String?
    var classCode: String?

    init(change: CalendarDayChange, values: [String]) throws {
        self.change = change
        let trimmed = values.map(\.trimmingSpaces)
        switch change {
        case .holiday:
            note = trimmed.first.flatMap { $0.isEmpty ? nil : $0 }
        case .workday:
            note = trimmed.first.flatMap { $0.isEmpty ? nil : $0 }
            guard trimmed.count > 1, let weekday = Int(trimmed[1]), (1...6).contains(weekday) else {
                throw JournalError.invalidWeekday(trimmed.count > 1 ? trimmed[1] : "")
            }
            self.change = .workday(weekday: weekday)
        case .closed, .short:
            note = trimmed.first.flatMap { $0.isEmpty ? nil : $0 }
            classCode = trimmed.count > 1 && !trimmed[1].isEmpty ? trimmed[1] : nil
        case .school:
            classCode = trimmed.first.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// Whether the day's lessons go (and the entries in them need a warning).
    var removesLessons: Bool { change == .holiday || change == .closed }
}
