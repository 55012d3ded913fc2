import JournalCore
import JournalStore
import TerminalUI

/// Which child, which period and which part the family view shows.
struct FamilyViewState: Equatable {
    var child = 0
    var period = 0
    var section = FamilySection.week
}

/// The home of parents and students: a read-only view of one child's diary.
/// It opens on the week, laid out like a paper diary (lessons, topics,
/// homework due, marks, absences; «что задано на завтра» above it); the
/// marks, attendance, homework and final marks of a period are a key away.
/// A parent with several children switches between them (F2).
///
/// The screen can only name the children the store listed for this user, and
/// every read goes through the store's own check (`familyRecord(of:period:by:)`),
/// so no key reaches another child's record; there is no key to any class journal.
public final class FamilyHome: Screen {
    enum Action: Equatable {
        case nextChild, section(FamilySection), nextSection, previousSection
        case previousPeriod, nextPeriod, open, changePassword, signOut, notices
        case previousWeek, nextWeek, thisWeek
        case previousYear, nextYear
    }

    private let user: ActingUser
    private var children: [FamilyChild] = []
    private var periods: [PeriodInfo] = []
    private var state = FamilyViewState()
    private var record: FamilyRecord?
    private var diary: DiaryWeekState
    /// The academic year in view: `{` `}` turn to last year's periods, marks
    /// and diary weeks, with the class the child was in then.
    private(set) var year = AcademicYearSwitch(years: [])
    private var problem: String?
    private var tableState = TableState()
    private var notices = FamilyNoticesBlock(notices: [])
    private(set) var keyMap: KeyMap<Action>

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        diary = DiaryWeekState(today: context.today)
        keyMap = KeyMap([])
        loadChildrenAndPeriods(context)
        keyMap = Self.keyMap(context, severalChildren: children.count > 1, parent: user.has(.parent))
        loadRecord(context)
        focusNextDay(context)
    }

    public func title(in context: AppContext) -> String {
        let diary = context.t("Дневник", "Diary")
        guard let record else { return diary }
        let shown = state.section == .week
            ? context.t("неделя ", "week ") + self.diary.monday.russianShort + "–" + self.diary.saturday.russianShort
            : record.period.period.name
        return diary + ": \(record.child.fullName), \(record.child.className)" + (year.isCurrent ? "" : " · \(year.code ?? "")")
            + " · \(shown)"
    }

    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func reload(context: AppContext) {
        loadChildrenAndPeriods(context)
        loadRecord(context)
    }

    // MARK: Keys

    private static func keyMap(_ context: AppContext, severalChildren: Bool, parent: Bool) -> KeyMap<Action> {
        var bindings: [KeyBinding<Action>] = []
        if severalChildren {
            bindings.append(KeyBinding([], action: .nextChild, help: context.t("следующий ребёнок", "next child"),
                                       label: context.t("Ребёнок", "Child"), slot: 2))
        }
        let labels = ["Неделя", "Отметки", "Посещ", "ДЗ", "Итоги"], englishLabels = ["Week", "Marks", "Attend", "Homework", "Finals"]
        for section in FamilySection.allCases {
            bindings.append(KeyBinding([], action: .section(section),
                                       help: context.t("показать: \(section.title.lowercased())", "show: \(section.englishTitle.lowercased())"),
                                       label: context.t(labels[section.rawValue], englishLabels[section.rawValue]), slot: section.slot))
        }
        if parent {   // notices go to parents only
            bindings.append(KeyBinding([], action: .notices, help: context.t("уведомления классного руководителя", "notices from the class teacher"),
                                       label: context.t("Уведомл", "Notices"), slot: 8))
        }
        bindings += [
            KeyBinding(.tab, action: .nextSection, help: context.t("следующий раздел", "next part")),
            KeyBinding(.backTab, action: .previousSection, help: context.t("предыдущий раздел", "previous part")),
            KeyBinding(.left, action: .previousWeek, help: context.t("неделя: предыдущая", "week: previous"), caption: "←"),
            KeyBinding(.right, action: .nextWeek, help: context.t("неделя: следующая", "week: next"), caption: "→"),
            KeyBinding(Key.sameKey("с"), action: .thisWeek, help: context.t("неделя: текущая", "week: this one"), caption: "С"),
            KeyBinding(Key.sameKey("["), action: .previousPeriod, help: context.t("предыдущий период", "previous period"), caption: "[ х"),
            KeyBinding(Key.sameKey("]"), action: .nextPeriod, help: context.t("следующий период", "next period"), caption: "] ъ"),
        ]
        bindings += AcademicYearSwitch.bindings(previous: .previousYear, next: .nextYear, context)
        bindings += [
            KeyBinding(.enter, action: .open, help: context.t("подробно: все отметки предмета, полный текст задания",
                                                               "details: a subject's marks, the whole task")),
            KeyBinding([], action: .changePassword, help: context.t("сменить свой пароль", "change your password"),
                       label: context.t("Пароль", "Passwd"), slot: 9),
            SignOut.binding(.signOut, context),
        ]
        return KeyMap(bindings)
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key),
              state.section == .week || ![.previousWeek, .nextWeek, .thisWeek].contains(action) else {
            moveInTable(key, context)
            return []
        }
        switch action {
        case .previousWeek: moveWeek(by: -1, context)
        case .nextWeek: moveWeek(by: 1, context)
        case .thisWeek: moveWeek(by: DiaryWeekState(today: context.today).monday.weekIndex - diary.monday.weekIndex, context)
        case .signOut: return [.confirm(SignOut.confirmation(context))]
        case .changePassword: return [.push(ChangePasswordScreen(user: user, context: context))]
        case .notices: return [.push(FamilyNoticesScreen(user: user, context: context))]
        case .open: return open(context)
        case .nextChild: move(\.child, by: 1, count: children.count, context)
        case .previousPeriod: move(\.period, by: -1, count: periods.count, context)
        case .nextPeriod: move(\.period, by: 1, count: periods.count, context)
        case .previousYear: return switchYear(by: -1, context)
        case .nextYear: return switchYear(by: 1, context)
        case .section(let section): show(section)
        case .nextSection: show(state.section.next(by: 1))
        case .previousSection: show(state.section.next(by: -1))
        }
        return []
    }

    /// Arrows and pages move in the table shown (the week's outside the week's own keys).
    private func moveInTable(_ key: Key, _ context: AppContext) {
        if state.section == .week {
            _ = tableState.handle(key, for: DiaryWeekTable.table(diary.rows, width: 78, today: context.today, context: context))
        } else if let record {
            _ = tableState.handle(key, for: table(record, width: 78, context: context))
        }
    }

    private func moveWeek(by weeks: Int, _ context: AppContext) {
        guard weeks != 0 else { return }
        diary.move(weeks: weeks)
        tableState = TableState()
        loadWeek(context)
        focusNextDay(context)
    }

    /// The week of today opens on tomorrow's page (today's on a Saturday): what a
    /// child packs the bag for is on the screen without a key.
    private func focusNextDay(_ context: AppContext) {
        let rows = diary.rows
        guard let index = rows.firstIndex(of: .day(diary.tomorrow)) ?? rows.firstIndex(of: .day(context.today)) else { return }
        tableState = TableState(selectedRow: index, rowOffset: index)
    }

    private func move(_ field: WritableKeyPath<FamilyViewState, Int>, by step: Int, count: Int, _ context: AppContext) {
        guard count > 1 else { return }
        state[keyPath: field] = (state[keyPath: field] + step + count) % count
        tableState = TableState()
        loadRecord(context)
    }

    private func show(_ section: FamilySection) {
        guard section != state.section else { return }
        state.section = section
        tableState = TableState()
    }

    /// Enter: the whole of what a row shortens.
    private func open(_ context: AppContext) -> [ScreenEffect] {
        if state.section == .week { return openDiaryLesson(context) }
        guard let record, tableState.selectedRow < state.section.rowCount(record) else { return [] }
        switch state.section {
        case .marks:
            return [.push(FamilySubjectScreen(subject: record.subjects[tableState.selectedRow], child: record.child,
                                              period: record.period.period.name))]
        case .homework:
            let entry = record.homework[tableState.selectedRow]
            return [.confirm(Confirmation(title: "\(entry.subject) · \(entry.date.russian)",
                                          message: String(entry.text.prefix(600)),
                                          buttons: [context.t("Закрыть", "Close")]) { _ in [] })]
        case .attendance, .finalMarks, .week:
            return []
        }
    }

    /// Enter on a lesson of the week: its topic and the homework due at it, in full.
    private func openDiaryLesson(_ context: AppContext) -> [ScreenEffect] {
        let rows = diary.rows
        guard rows.indices.contains(tableState.selectedRow), case .lesson(let date, let lesson) = rows[tableState.selectedRow] else { return [] }
        var text = context.t("Тема: ", "Topic: ") + (lesson.topic ?? "—")
        for homework in lesson.homework {
            text += "\n" + context.t("Задано \(homework.setOn.russian): ", "Set on \(homework.setOn.russian): ") + homework.text
        }
        if lesson.homework.isEmpty { text += "\n" + context.t("К этому уроку ничего не задано.", "Nothing is due at this lesson.") }
        return [.confirm(Confirmation(title: "\(lesson.subject) · \(date.russian), \(lesson.lessonNumber)-й урок",
                                      message: String(text.prefix(900)), buttons: [context.t("Закрыть", "Close")]) { _ in [] })]
    }

    /// `{` `}`: another academic year's periods, on its last term (a past
    /// year) and its last school week.
    private func switchYear(by step: Int, _ context: AppContext) -> [ScreenEffect] {
        var target = year
        guard target.step(by: step), let code = target.code else { return [.status(AcademicYearSwitch.edge(step, context))] }
        do {
            periods = try target.isCurrent ? context.db.periods() : context.db.periods(inYear: code)
        } catch {
            return [.status(.error(context.describe(error)))]
        }
        year = target
        let day = target.day(today: context.today)
        state.period = Self.termIndex(for: day, in: periods)
        diary.monday = day.mondayOfWeek
        tableState = TableState()
        loadRecord(context)
        return [.status(StatusMessage(target.isCurrent ? context.t("Текущий учебный год \(code).", "The current school year \(code).")
                                                       : context.t("Учебный год \(code): отметки и дневник того года.",
                                                                   "School year \(code): its marks and diary.")))]
    }

    /// The term holding `day`, else the one just ended, else the first period.
    static func termIndex(for day: SchoolDate, in periods: [PeriodInfo]) -> Int {
        let terms = periods.indices.filter { periods[$0].period.kind != .year }
        return terms.first { periods[$0].period.contains(day) } ?? terms.last { periods[$0].period.end < day } ?? 0
    }

    // MARK: Data

    private func loadChildrenAndPeriods(_ context: AppContext) {
        do {
            children = try context.db.familyChildren(of: user)
            notices = FamilyNoticesBlock(notices: try context.db.parentNotices(by: user))
            if year.years.isEmpty { year = AcademicYearSwitch(years: try context.db.academicYears()) }
            periods = try year.isCurrent ? context.db.periods() : context.db.periods(inYear: year.code ?? "")
            if periods.isEmpty || state.period >= periods.count {
                state.period = 0
            }
            if record == nil, let current = try context.db.currentPeriod(on: context.today),
               let index = periods.firstIndex(where: { $0.id == current.id }) {
                state.period = index
            }
            state.child = min(state.child, max(0, children.count - 1))
        } catch {
            problem = context.describe(error)
        }
    }

    private func loadRecord(_ context: AppContext) {
        loadWeek(context)
        guard !children.isEmpty, !periods.isEmpty else {
            record = nil
            return
        }
        do {
            record = try context.db.familyRecord(of: children[state.child].id, period: periods[state.period].id, by: user)
            problem = nil
        } catch {
            record = nil
            problem = context.describe(error)
        }
    }

    /// The diary week of the child shown, and what is due on the next school day.
    private func loadWeek(_ context: AppContext) {
        guard !children.isEmpty else { return }
        let child = children[state.child].id
        do {
            diary.days = try context.db.familyWeek(of: child, week: diary.monday, by: user).days
            diary.tomorrowHomework = try context.db.familyHomeworkDue(of: child, on: diary.tomorrow, by: user)
        } catch {
            diary.days = []
            problem = context.describe(error)
        }
    }

    private func table(_ record: FamilyRecord, width: Int, context: AppContext) -> Table {
        FamilyTables.table(state.section, record, width: width, context: context)
    }

    // MARK: Drawing

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        var rest = area
        renderTabs(in: rest.top(1), buffer: &buffer, context: context)
        rest = rest.removingTop(1)
        if children.count > 1 {
            renderChildren(in: rest.top(1), buffer: &buffer, context: context)
            rest = rest.removingTop(1)
        }
        rest = rest.removingTop(1)
        rest = notices.render(in: rest, buffer: &buffer, context: context)
        guard let record else {
            let text = problem ?? context.t(
                "К вашей учётной записи не привязан ни один ученик. Обратитесь к классному руководителю или администратору.",
                "No student is linked to your account. Please ask the homeroom teacher or the administrator.")
            Paragraph(wrapping: text, width: rest.width - 2, style: problem == nil ? .normal : .error).render(in: rest.inset(horizontal: 1, vertical: 0), buffer: &buffer)
            return
        }
        renderSection(record, in: rest, buffer: &buffer, context: context)
    }

    private func renderTabs(in row: Rect, buffer: inout Buffer, context: AppContext) {
        var x = row.x + 1
        for section in FamilySection.allCases {
            let text = " F\(section.slot) \(section.tabTitle(russian: context.language == .ru)) "
            x = buffer.write(text, at: Point(x: x, y: row.y), style: section == state.section ? .selected : .header, clip: row) + 1
        }
    }

    private func renderChildren(in row: Rect, buffer: inout Buffer, context: AppContext) {
        var x = buffer.write(context.t(" F2 — ребёнок: ", " F2 — child: "), at: row.origin, style: .dim, clip: row)
        for (index, child) in children.enumerated() {
            // Surname and first name: two children's names with patronymics do not fit a line.
            let text = "\(child.fullName.split(separator: " ").prefix(2).joined(separator: " ")), \(child.className)"
            x = buffer.write(text, at: Point(x: x, y: row.y), style: index == state.child ? .emphasis : .normal, clip: row) + 3
        }
    }

    private func renderSection(_ record: FamilyRecord, in area: Rect, buffer: inout Buffer, context: AppContext) {
        var rest = area
        if state.section == .week {
            renderWeek(in: rest, buffer: &buffer, context: context)
            return
        }
        if state.section == .attendance {
            _ = buffer.write(" " + FamilyTables.attendanceSummary(record, context: context), at: rest.origin, clip: rest)
            rest = rest.removingTop(2)
        }
        guard state.section.rowCount(record) > 0 else {
            _ = buffer.write(" " + state.section.emptyText(record.period.period.name, context), at: rest.origin, style: .dim, clip: rest)
            return
        }
        table(record, width: rest.width, context: context).render(in: rest, buffer: &buffer, state: &tableState)
    }
}

extension FamilyHome {
    /// «На завтра…» in two lines at most, then the week; ← → turn the weeks.
    fileprivate func renderWeek(in area: Rect, buffer: inout Buffer, context: AppContext) {
        // «на завтра» is about today: a past year's week says which year it is instead
        let text = year.isCurrent ? diary.tomorrowLine(context)
            : context.t("Учебный год \(year.code ?? ""): ← → — другие недели, } — текущий год",
                        "School year \(year.code ?? ""): ← → other weeks, } the current year")
        let height = text.count > area.width - 2 ? 2 : 1
        Paragraph(wrapping: text, width: area.width - 2, style: .emphasis)
            .render(in: area.top(height).inset(horizontal: 1, vertical: 0), buffer: &buffer)
        let rest = area.removingTop(height + 1)
        DiaryWeekTable.table(diary.rows, width: rest.width, today: context.today, context: context)
            .render(in: rest, buffer: &buffer, state: &tableState)
    }
}
