import JournalCore
import JournalStore
import TerminalUI

/// «Закрытие года»: what still stops the academic year from closing, one line
/// per class × subject (× period), per unclosed period or per КТП, the counts
/// of each kind at the top. Enter opens the place where a line is put right
/// (the class grid, whose final marks are one key away; «Календарь и
/// периоды»; «Учебный план и КТП»), as the readiness drill-down opens a
/// lesson. F2 closes the year: with lines left, only the administrator, after
/// a confirmation. F3 reopens it (the administrator). Once it is closed, F5
/// starts the next academic year (the secretary or the administrator), after
/// a confirmation that lists what will happen; the screen then shows the new
/// year's checklist.
public final class YearEndScreen: Screen {
    let user: ActingUser
    let keyMap: KeyMap<YearEndAction>
    public let helpEntries: [HelpEntry]
    public let functionBarItems: [FunctionBarItem]
    private(set) var state = YearEndState()
    private let language: Language
    /// A place was opened: what was fixed there was written by this process,
    /// which `data_version` does not report, so read again on coming back.
    private var returningFromPlace = false

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        language = context.language
        keyMap = YearEndAction.keyMap(context, mayReopen: Permissions.mayForceYear(user.roles), mayClose: Permissions.mayCloseYear(user.roles),
                                      mayStartYear: Permissions.mayStartYear(user.roles))
        functionBarItems = CommonKeys.barItems(keyMap, context)
        helpEntries = keyMap.helpEntries + [
            HelpEntry(keys: context.t("буквы, цифры", "letters, digits"),
                      text: context.t("поиск по классу, предмету, периоду или виду строки", "search by class, subject, period or kind")),
        ]
        load(context)
    }

    public func title(in context: AppContext) -> String {
        context.t("Закрытие года", "Closing the year") + (state.checklist.map { " \($0.academicYear)" } ?? "")
    }

    public func reload(context: AppContext) { load(context) }

    func load(_ context: AppContext) {
        do {
            state.load(try context.db.yearEndChecklist(by: .user(user)), language)
            state.loadError = nil
        } catch {
            state.loadError = context.describe(error)
        }
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if state.confirmingForce { return confirm(key, context) }
        if state.confirmingNewYear { return confirmNewYear(key, context) }
        switch keyMap.action(for: key) {
        case .open?: return open(context)
        case .close?: return close(force: false, context)
        case .startYear?: return askNewYear(context)
        case .reopen?:
            do {
                let unlocked = try context.db.reopenYear(by: .user(user))
                load(context)
                return [.status(.success(context.t("Учебный год снова открыт; открыто периодов: \(unlocked).",
                                                   "The year is open again; periods unlocked: \(unlocked).")))]
            } catch {
                return [.status(.error(context.describe(error)))]
            }
        case .clearFilter?:
            if state.filter.isEmpty { return [.pop] }
            state.filter = TextFieldState(maxLength: 30)
            state.table = TableState()
        case .back?: return [.pop]
        case .move?: _ = state.table.handle(key, for: table(width: 78))
        case nil:
            if state.filter.handle(key) == .changed { state.table = TableState() }
        }
        return []
    }

    /// Opens where the selected line is put right.
    private func open(_ context: AppContext) -> [ScreenEffect] {
        guard let item = state.selected(language) else { return [] }
        do {
            let screen: any Screen = switch item.place {
            case .grid(let owner, let subject, let day, let lesson):
                try ClassGridScreen(owner, subjectID: subject, on: day, focus: lesson, context: context)
            case .calendar: CalendarScreen(user: user, context: context)
            case .plan: PlanScreen(user: user, context: context)
            }
            returningFromPlace = true
            return [.push(screen)]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    private func close(force: Bool, _ context: AppContext) -> [ScreenEffect] {
        let open = state.all.count
        if open > 0, !force, Permissions.mayForceYear(user.roles), state.checklist?.closing == nil {
            state.confirmingForce = true
            return [.status(StatusMessage(context.t("В списке \(open) строк. Закрыть год принудительно? Д — да, другая клавиша — нет.",
                                                    "\(open) lines are open. Close the year anyway? Y — yes, any other key — no.")))]
        }
        do {
            let outcome = try context.db.closeYear(force: force, by: .user(user))
            load(context)
            let forced = outcome.openItems > 0
                ? context.t(" Принудительно: открытых строк \(outcome.openItems) (записано в журнал аудита).",
                            " Forced: \(outcome.openItems) open lines (audited).") : ""
            return [.status(.success(context.t("Учебный год \(outcome.academicYear) закрыт.", "The year \(outcome.academicYear) is closed.")
                + forced))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    private func confirm(_ key: Key, _ context: AppContext) -> [ScreenEffect] {
        state.confirmingForce = false
        guard Key.sameKey("д").contains(key) || key == .character("y") || key == .character("Y") else {
            return [.status(StatusMessage(context.t("Год не закрыт.", "The year is not closed.")))]
        }
        return close(force: true, context)
    }

    private func askNewYear(_ context: AppContext) -> [ScreenEffect] {
        guard let checklist = state.checklist else { return [] }
        guard state.nextYear != nil else {
            return [.status(.error(context.t("Учебный год \(checklist.academicYear) не закрыт: сначала закройте его (F2).",
                                             "The academic year \(checklist.academicYear) is not closed: close it first (F2).")))]
        }
        state.confirmingNewYear = true
        return []
    }

    private func confirmNewYear(_ key: Key, _ context: AppContext) -> [ScreenEffect] {
        state.confirmingNewYear = false
        guard let next = state.nextYear, Key.sameKey("д").contains(key) || key == .character("y") || key == .character("Y") else {
            return [.status(StatusMessage(context.t("Новый год не начат.", "The new year was not started.")))]
        }
        do {
            let outcome = try context.db.startNewYear(next, by: .user(user))
            state.filter = TextFieldState(maxLength: 30)
            state.table = TableState()
            load(context)
            return [.status(.success(context.t(
                "Начат учебный год \(outcome.academicYear). Завуч утверждает расписание и план, учителя — КТП.",
                "The year \(outcome.academicYear) has started. The deputy confirms the timetable and plan, the teachers their plans.")))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    static func columnWidths(_ width: Int) -> [Int] {
        let kind = 9, owner = 14, period = 12, what = 20, gaps = 4
        return [kind, owner, max(12, width - kind - owner - period - what - gaps), period, what]
    }

    private func table(width: Int) -> Table {
        let rows = state.shown(language)
        let header = language == .ru ? ["Что", "Класс", "Предмет", "Период", "Осталось"] : ["What", "Class", "Subject", "Period", "Left"]
        return Table(columns: Self.columnWidths(width).map { TableColumn(width: $0) }, headerRows: [header.map { TableCell($0) }],
                     rowCount: rows.count, selectionMode: .row) { row, column in YearEndState.cells(rows[row], self.language)[column] }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        if returningFromPlace {
            returningFromPlace = false
            load(context)
        }
        buffer.fill(area)
        if let error = state.loadError {
            Paragraph(wrapping: error, width: area.width, style: .error).render(in: area, buffer: &buffer)
            return
        }
        guard let checklist = state.checklist else { return }
        let after = buffer.write(context.t(" Поиск: ", " Search: "), at: area.origin, style: .dim, clip: area)
        TextField(isFocused: false, placeholder: context.t("класс, предмет, период", "class, subject, period"))
            .render(in: Rect(x: after, y: area.y, width: 22, height: 1), buffer: &buffer, state: &state.filter)
        let status = checklist.closing.map { closing in
            context.t("год закрыт \(closing.closedAt.russian)", "closed \(closing.closedAt.russian)")
        } ?? context.t("строк: \(checklist.items.count)", "lines: \(checklist.items.count)")
        buffer.write(status, at: Point(x: area.maxX - DisplayWidth.of(status) - 1, y: area.y),
                     style: checklist.closing != nil ? .success : (checklist.isEmpty ? .success : .warning), clip: area)
        buffer.write(" " + state.countsLine(language), at: Point(x: area.x, y: area.y + 1), style: .dim, clip: area)
        let body = area.removingTop(3).removingBottom(2)
        let rows = state.shown(language)
        if state.confirmingNewYear {
            Paragraph(state.newYearSteps(language).flatMap { TextFitting.wrap($0, width: body.width - 2) }.map { Line(" " + $0) },
                      style: .warning).render(in: body, buffer: &buffer)
        } else if rows.isEmpty {
            let typed = state.filter.text.trimmingSpaces
            let text = !typed.isEmpty ? context.t("По поиску «\(typed)» строк нет.", "Nothing matches \"\(typed)\".")
                : state.nextYear.map { next in
                    Permissions.mayStartYear(user.roles)
                        ? context.t("Год закрыт. F5 — начать учебный год \(next).", "The year is closed. F5 starts the year \(next).")
                        : context.t("Год закрыт.", "The year is closed.")
                } ?? context.t("Ничего не мешает: год можно закрыть (F2).", "Nothing stops the year: F2 closes it.")
            buffer.write(text, at: Point(x: body.x + 1, y: body.y + 1), style: .success, clip: body)
        } else {
            table(width: body.width).render(in: body, buffer: &buffer, state: &state.table)
        }
        let detail = state.confirmingForce
            ? context.t("Закрыть год принудительно? Д — да, другая клавиша — нет.", "Close the year anyway? Y — yes, any other key — no.")
            : state.confirmingNewYear
            ? context.t("Начать учебный год \(state.nextYear ?? "")? Д — да, другая клавиша — нет.",
                        "Start the academic year \(state.nextYear ?? "")? Y — yes, any other key — no.")
            : (state.selected(language).map { $0.text(in: language) + context.t(" · Enter — открыть", " · Enter opens it") } ?? "")
        let lines = TextFitting.wrap(detail, width: area.width - 2).prefix(2)
        Paragraph(lines.map { Line(" " + $0) }, style: state.confirmingForce || state.confirmingNewYear ? .warning : .dim)
            .render(in: area.bottom(2), buffer: &buffer)
    }
}
