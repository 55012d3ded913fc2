import JournalCore
import JournalStore
import TerminalUI

/// «Мои классы»: every class and subject the teacher teaches by the timetable
/// or has covered; Enter opens that grid for the current period, F2 its КТП
/// (the teacher's way to their own plans). `{` `}` switch to another academic
/// year: then the list is the classes and subjects of that year's lessons, and
/// Enter opens their grid of that year (read-only once the year is closed).
final class MyClassesScreen: Screen {
    enum Action: Equatable {
        case move, open, plan, previousYear, nextYear, back
    }

    private let user: ActingUser
    private var assignments: [TeachingAssignment]
    private var list = ListState(selected: 0)
    private(set) var year: AcademicYearSwitch
    /// Every period of the year in view is closed.
    private var yearLocked = false
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(user: ActingUser, context: AppContext) throws {
        self.user = user
        assignments = try context.db.teachingAssignments(of: user)
        year = AcademicYearSwitch(years: try context.db.academicYears())
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("выбрать класс и предмет", "choose a class and subject"), caption: "↑ ↓"),
            KeyBinding(.enter, action: .open, help: context.t("журнал класса за текущий период", "the class grid for this period")),
            KeyBinding([], action: .plan, help: context.t("КТП этого класса и предмета: темы, правка, порядок, импорт из CSV",
                                                          "the plan of this class and subject: topics, edits, order, CSV import"),
                       label: context.t("КТП", "Plan"), slot: 2),
        ] + AcademicYearSwitch.bindings(previous: .previousYear, next: .nextYear, context) + [
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String {
        context.t("Мои классы", "My classes") + (year.caption(locked: yearLocked, context).map { " · " + $0 } ?? "")
    }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        buffer.write(context.t("Класс  Предмет", "Class  Subject"), at: inner.origin, style: .header, clip: inner)
        guard !assignments.isEmpty else {
            let none = year.isCurrent
                ? context.t("В расписании нет ваших уроков. Если это ошибка, обратитесь к завучу.", "The timetable has no lessons of yours.")
                : context.t("В \(year.code ?? "") учебном году у вас не было уроков.", "You had no lessons in \(year.code ?? "").")
            buffer.write(none,
                         at: inner.row(2).origin, style: .dim, clip: inner)
            return
        }
        let items = assignments.map { item in
            ListItem(Line([Span(TextFitting.fit(item.label.className ?? "", width: 7) + item.label.subjectAndGroup),
                           Span(item.substitutionOnly ? context.t("  (только замены)", "  (cover only)") : "", style: .dim)]))
        }
        var state = list
        List(items: items).render(in: inner.removingTop(1).removingBottom(1), buffer: &buffer, state: &state)
        list = state
        let hint = year.isCurrent ? context.t("Enter — открыть журнал за текущий период · { } — другой учебный год",
                                              "Enter — open the grid · { } — another school year")
                                  : context.t("Enter — открыть журнал \(year.code ?? "") · { } — другой учебный год",
                                              "Enter — open the \(year.code ?? "") grid · { } — another school year")
        buffer.write(hint,
                     at: inner.bottom(1).origin, style: .dim, clip: inner)
    }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move:
            _ = list.handle(key, itemCount: assignments.count)
            return []
        case .open:
            guard let index = list.selected, assignments.indices.contains(index) else { return [] }
            let item = assignments[index]
            do {
                return [.push(try ClassGridScreen(item.audience, subjectID: item.subjectID, on: year.day(today: context.today),
                                                  focus: nil, context: context))]
            } catch {
                return [.status(.error(context.describe(error)))]
            }
        case .plan:
            guard let index = list.selected, assignments.indices.contains(index) else { return [] }
            guard year.isCurrent else {
                return [.status(.error(context.t("КТП правится только в текущем учебном году.", "Plans are edited in the current year only.")))]
            }
            return openPlan(assignments[index], context: context)
        case .previousYear: return switchYear(by: -1, context)
        case .nextYear: return switchYear(by: 1, context)
        case .back:
            return [.pop]
        }
    }

    /// The КТП editor on the chosen class and subject, with the check's line for it.
    private func openPlan(_ item: TeachingAssignment, context: AppContext) -> [ScreenEffect] {
        let unit = PlanUnit(item.audience, subject: item.subjectID)
        do {
            let line = try context.db.planOverview(by: .user(user)).first { $0.unit == unit }
                ?? PlanOverviewLine(unit: unit, ownerName: item.label.className ?? "", subjectName: item.label.subjectAndGroup, grade: nil,
                                    weeklyHours: nil, expectedHours: nil, topicCount: 0, planHours: 0, teachers: [], status: .noCurriculum)
            return [.push(PlanTopicsScreen(user: user, line: line, context: context))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    func reload(context: AppContext) {
        if let fresh = try? fetch(year, context) { assignments = fresh }
    }

    /// The classes and subjects of the year in view: the current one's by the
    /// timetable and this year's lessons, a past one's by its lessons.
    private func fetch(_ year: AcademicYearSwitch, _ context: AppContext) throws -> [TeachingAssignment] {
        guard !year.isCurrent, let shown = year.shown else { return try context.db.teachingAssignments(of: user) }
        return try context.db.teachingAssignments(of: user, in: shown)
    }

    private func switchYear(by step: Int, _ context: AppContext) -> [ScreenEffect] {
        var target = year
        guard target.step(by: step) else { return [.status(AcademicYearSwitch.edge(step, context))] }
        do {
            assignments = try fetch(target, context)
            yearLocked = try target.code.map { code in try context.db.periods(inYear: code).allSatisfy(\.period.locked) } ?? false
            year = target
            list = ListState(selected: 0)
            return [.status(year.switchedMessage(locked: yearLocked, context))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }
}
