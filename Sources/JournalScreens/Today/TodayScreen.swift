import JournalCore
import JournalStore
import ReadinessMetrics
import TerminalUI

/// «Сегодня», the teacher's home: today's lessons in bell order, each with what
/// is entered and what is missing, and «просрочен» where the school's readiness
/// deadline passed with nothing entered; below, every lesson of theirs the
/// readiness report counts against them this period, by reason, exactly as the
/// deputy's drill-down lists it. Enter opens the lesson's class grid on its
/// column; F2 the lesson itself.
public final class TodayScreen: Screen {
    enum Action: Equatable {
        case move, openGrid, openLesson, myClasses, changePassword, signOut, back
    }

    /// How far ahead it looks for the next school day when today has none.
    static let lookAheadDays = 21

    private let user: ActingUser
    private let deadline: DeadlineRule
    private let profileName: String
    let keyMap: KeyMap<Action>
    public let functionBarItems: [FunctionBarItem]
    private var day: SchoolDate
    private var rows = TodayRows(today: [], next: nil, shortfall: nil, date: SchoolDate(dayNumber: 0), language: .ru)
    /// The dashboard's board, for the teacher's own part of the readiness report.
    private let board: ReadinessBoard
    /// That part as last read; nil when it could not be (a school without periods).
    private(set) var shortfall: TeacherShortfall?
    private var list = ListState(selected: nil)
    private var loadError: String?

    /// `asHome` false: opened from another home (a deputy who also teaches
    /// comes from the dashboard), so Esc and F10 go back there, not sign out.
    public init(user: ActingUser, context: AppContext, asHome: Bool = true) {
        self.user = user
        let profile = (try? ReadinessSettings.defaultProfile(context.db)) ?? ReadinessProfile.builtIn[0]
        deadline = profile.deadline
        profileName = profile.name
        board = ReadinessBoard(database: context.db, now: context.now)
        keyMap = Self.keys(context, asHome: asHome)
        functionBarItems = CommonKeys.barItems(keyMap, context)
        day = context.today
        load(context)
        list.selected = rows.lessonIndices.first { index in
            rows.lesson(at: index).map { $0.date == day && context.now < $0.endsAt } ?? false
        } ?? rows.lessonIndices.first
    }

    public func title(in context: AppContext) -> String { context.t("Сегодня", "Today") }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    private static func keys(_ context: AppContext, asHome: Bool) -> KeyMap<Action> {
        let t = context.t
        return KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move, help: t("выбрать урок", "choose a lesson"),
                       caption: "↑ ↓"),
            KeyBinding(.enter, action: .openGrid, help: t("журнал класса на этом уроке", "the class grid at this lesson")),
            KeyBinding([], action: .openLesson, help: t("урок: тема, ДЗ, «урок проведён», посещаемость",
                                                        "the lesson: topic, homework, held, attendance"),
                       label: t("Урок", "Lesson"), slot: 2),
            KeyBinding([], action: .myClasses, help: t("мои классы: журнал любого класса и предмета, которые вы ведёте",
                                                       "my classes: the grid of any class and subject you teach"),
                       label: t("Классы", "Classes"), slot: 3),
            KeyBinding([], action: .changePassword, help: t("сменить свой пароль", "change your password"),
                       label: t("Пароль", "Passwd"), slot: 9),
            asHome
                ? SignOut.binding(.signOut, context)
                : KeyBinding([.escape], action: .back, help: t("назад", "back"), label: t("Назад", "Back"), slot: 10),
        ])
    }

    // MARK: Data

    public func reload(context: AppContext) {
        let selected = rows.lessonID(at: list.selected)
        load(context)
        list.selected = rows.lessonIndices.first { rows.lessonID(at: $0) == selected } ?? rows.lessonIndices.first
    }

    private func load(_ context: AppContext) {
        day = context.today
        do {
            let today = try context.db.lessons(of: user, on: day)
            let next = today.isEmpty ? try nextSchoolDay(context) : nil
            board.invalidate(now: context.now)
            // a school without periods still has its lessons of today
            shortfall = try? TeacherShortfall.read(board: board, teacher: user.accountID, language: context.language)
            rows = TodayRows(today: today, next: next, shortfall: shortfall, date: day, language: context.language)
            loadError = nil
        } catch {
            loadError = context.describe(error)
        }
    }

    private func nextSchoolDay(_ context: AppContext) throws -> (date: SchoolDate, lessons: [TodayLesson])? {
        for offset in 1...Self.lookAheadDays {
            let date = day.adding(days: offset)
            let lessons = try context.db.lessons(of: user, on: date)
            if !lessons.isEmpty { return (date, lessons) }
        }
        return nil
    }

    // MARK: Drawing

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        if context.today != day { reload(context: context) }
        let inner = area.inset(horizontal: 1, vertical: 0)
        let count = rows.rows.filter { if case .lesson(let l, _) = $0 { l.date == day } else { false } }.count
        let greeting = context.t("Сегодня ", "Today ") + WeekdayNames.short(day.weekday, context.language) + " " + day.russian
            + (count > 0 ? context.t(" · уроков: \(count)", " · lessons: \(count)") : "")
        buffer.write(greeting, at: inner.origin, style: .emphasis, clip: inner)
        buffer.write(TodayRows.heading(context.language), at: inner.row(1).origin, style: .header, clip: inner.row(1))
        let listArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 5))
        let items = rows.rows.map { ListItem(TodayRows.line(for: $0, now: context.now, deadline: deadline, language: context.language)) }
        var state = list
        List(items: items).render(in: listArea, buffer: &buffer, state: &state)
        list = state
        renderFooter(in: inner.bottom(3), buffer: &buffer, context: context)
    }

    private func renderFooter(in area: Rect, buffer: inout Buffer, context: AppContext) {
        if let loadError {
            buffer.write(loadError, at: area.origin, style: .error, clip: area)
        } else if let lesson = rows.lesson(at: list.selected) {
            buffer.write(detail(lesson, context), at: area.origin, clip: area.row(0))
            buffer.write(context.t("Срок по профилю «\(profileName)»: ", "Deadline («\(profileName)»): ")
                         + deadline.title.text(in: context.language),
                         at: Point(x: area.x, y: area.y + 1), style: .dim, clip: area.row(1))
        } else if let item = rows.shortfall(at: list.selected)?.items.first {
            // the drill-down's own words for it, two lines at most
            let lines = TextFitting.wrap(ShortfallText.line(item, language: context.language), width: area.width)
            Paragraph(lines.prefix(2).map { Line($0) }, style: .dim).render(in: area.top(2), buffer: &buffer)
        }
        buffer.write(context.t("Enter — журнал класса · F2 — урок: тема и посещаемость · F3 — мои классы",
                               "Enter — class grid · F2 — the lesson · F3 — my classes"),
                     at: Point(x: area.x, y: area.y + 2), style: .dim, clip: area.row(2))
    }

    private func detail(_ lesson: TodayLesson, _ context: AppContext) -> Line {
        let progress = LessonProgress(lesson: lesson, deadline: deadline, now: context.now)
        if lesson.cancelled { return Line(context.t("Урок отменён.", "The lesson is cancelled."), style: .dim) }
        let missing = progress.missing(context.language)
        guard !missing.isEmpty else { return Line(context.t("Всё внесено.", "Everything is entered."), style: .success) }
        return Line([Span(context.t("Не внесено: ", "Missing: "), style: .header), Span(missing.joined(separator: ", "))])
    }

    // MARK: Keys

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move:
            move(key)
            return []
        case .openGrid:
            guard let lesson = rows.lessonID(at: list.selected) else { return noLesson(context) }
            return open(context) { try ClassGridScreen.forLesson(lesson, context: context) }
        case .openLesson:
            guard let lesson = rows.lessonID(at: list.selected) else { return noLesson(context) }
            return open(context) { try LessonEditorScreen(lesson: lesson, context: context) }
        case .myClasses:
            return open(context) { try MyClassesScreen(user: user, context: context) }
        case .changePassword:
            return [.push(ChangePasswordScreen(user: user, context: context))]
        case .signOut:
            return [.confirm(SignOut.confirmation(context))]
        case .back:
            return [.pop]
        }
    }

    /// Moves among the lesson rows only, skipping headings and notes.
    private func move(_ key: Key) {
        let lessons = rows.lessonIndices
        guard !lessons.isEmpty else { return }
        let position = lessons.firstIndex(of: list.selected ?? -1) ?? 0
        let target: Int = switch key {
        case .up: position - 1
        case .down: position + 1
        case .pageUp: position - max(1, list.visibleRows - 1)
        case .pageDown: position + max(1, list.visibleRows - 1)
        case .home: 0
        default: lessons.count - 1
        }
        list.selected = lessons[min(max(0, target), lessons.count - 1)]
    }

    private func open(_ context: AppContext, _ make: () throws -> any Screen) -> [ScreenEffect] {
        do {
            return [.push(try make())]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    private func noLesson(_ context: AppContext) -> [ScreenEffect] {
        [.status(StatusMessage(context.t("Выберите урок стрелками. F3 — мои классы.", "Choose a lesson with the arrows. F3 — my classes.")))]
    }
}
