import JournalCore
import JournalStore
import TerminalUI

/// «Мои классы»: every class and subject the teacher teaches by the timetable
/// or has covered; Enter opens that grid for the current period, F2 its КТП
/// (the teacher's way to their own plans).
final class MyClassesScreen: Screen {
    enum Action: Equatable {
        case move, open, plan, back
    }

    private let user: ActingUser
    private var assignments: [TeachingAssignment]
    private var list = ListState(selected: 0)
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(user: ActingUser, context: AppContext) throws {
        self.user = user
        assignments = try context.db.teachingAssignments(of: user)
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("выбрать класс и предмет", "choose a class and subject"), caption: "↑ ↓"),
            KeyBinding(.enter, action: .open, help: context.t("журнал класса за текущий период", "the class grid for this period")),
            KeyBinding([], action: .plan, help: context.t("КТП этого класса и предмета: темы, правка, порядок, импорт из CSV",
                                                          "the plan of this class and subject: topics, edits, order, CSV import"),
                       label: context.t("КТП", "Plan"), slot: 2),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String { context.t("Мои классы", "My classes") }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        buffer.write(context.t("Класс  Предмет", "Class  Subject"), at: inner.origin, style: .header, clip: inner)
        guard !assignments.isEmpty else {
            buffer.write(context.t("В расписании нет ваших уроков. Если это ошибка, обратитесь к завучу.",
                                   "The timetable has no lessons of yours."),
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
        buffer.write(context.t("Enter — открыть журнал за текущий период · Esc — назад", "Enter — open the grid · Esc — back"),
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
                return [.push(try ClassGridScreen.forCurrentPeriod(item.audience, subject: item.subjectID, context: context))]
            } catch {
                return [.status(.error(context.describe(error)))]
            }
        case .plan:
            guard let index = list.selected, assignments.indices.contains(index) else { return [] }
            return openPlan(assignments[index], context: context)
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
        if let fresh = try? context.db.teachingAssignments(of: user) { assignments = fresh }
    }
}
