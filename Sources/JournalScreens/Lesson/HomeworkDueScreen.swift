import JournalCore
import JournalStore
import TerminalUI

/// What the due-lesson chooser shows: the coming lessons of the subject, and
/// for each day what else the class has due then.
struct HomeworkDueState {
    var choice: HomeworkDueChoice
    var loads: [SchoolDate: [DueHomeworkItem]]
    var list = ListState(selected: 0)

    init(choice: HomeworkDueChoice, loads: [SchoolDate: [DueHomeworkItem]]) {
        self.choice = choice
        self.loads = loads
        list.selected = choice.current.flatMap { choice.choices.firstIndex(of: $0) } ?? 0
    }

    var selected: DueLesson? {
        guard let index = list.selected, choice.choices.indices.contains(index) else { return nil }
        return choice.choices[index]
    }

    /// «чт 05.12, 3-й урок · задано ещё: 2».
    func line(_ due: DueLesson, _ context: AppContext) -> String {
        let count = loads[due.date]?.count ?? 0
        let mark = due == choice.current ? "● " : "  "
        return mark + DueWords.lesson(due, context) + context.t(" · в классе задано ещё: \(count)", " · other homework due: \(count)")
    }
}

/// The words for a due lesson, shared by the editor and the chooser.
enum DueWords {
    static func lesson(_ due: DueLesson, _ context: AppContext) -> String {
        WeekdayNames.short(due.date.weekday, context.language) + " " + due.date.russianShort
            + context.t(", \(due.lessonNumber)-й урок", ", lesson \(due.lessonNumber)")
    }

    /// «Алгебра (3-й урок): § 4 …» for the load list.
    static func item(_ item: DueHomeworkItem, _ context: AppContext) -> String {
        let group = item.groupName.map { " · \($0)" } ?? ""
        return "\(item.subject)\(group) (\(item.lessonNumber)-й урок): \(item.text)"
    }
}

/// «К какому уроку»: the teacher moves a homework to another coming lesson
/// of the subject, seeing what else the class has due on each day.
final class HomeworkDueScreen: Screen {
    enum Action: Equatable {
        case move, choose, back
    }

    private let user: ActingUser
    private var state: HomeworkDueState
    private let label: String
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(lesson: LessonID, label: String, user: ActingUser, context: AppContext) throws {
        self.user = user
        self.label = label
        let choice = try context.db.homeworkDueChoice(for: lesson, by: user)
        var loads: [SchoolDate: [DueHomeworkItem]] = [:]
        for day in Set(choice.choices.map(\.date)) {
            loads[day] = try context.db.homeworkDueInClass(of: lesson, on: day, by: user)
        }
        state = HomeworkDueState(choice: choice, loads: loads)
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("выбрать урок", "choose a lesson"), caption: "↑ ↓"),
            KeyBinding(.enter, action: .choose, help: context.t("задать к этому уроку и сохранить", "make it due at this lesson and save")),
            KeyBinding([.escape], action: .back, help: context.t("назад, ничего не меняя", "back, changing nothing"),
                       label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String { context.t("К какому уроку задано", "Homework due at") + " · \(label)" }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move:
            _ = state.list.handle(key, itemCount: state.choice.choices.count)
            return []
        case .back: return [.pop]
        case .choose:
            guard let due = state.selected else { return [] }
            do {
                try context.db.setHomeworkDue(lesson: state.choice.lesson, to: due, by: user)
                return [.status(.success(context.t("Задано к уроку: ", "Due at: ") + DueWords.lesson(due, context))), .popAndReload]
            } catch {
                return [.status(.error(context.describe(error)))]
            }
        }
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        guard !state.choice.choices.isEmpty else {
            buffer.write(context.t("Ближайших уроков этого предмета в расписании нет.", "The timetable has no coming lesson of this subject."),
                         at: inner.origin, style: .dim, clip: inner)
            return
        }
        let listHeight = min(state.choice.choices.count, max(3, inner.height / 2))
        let items = state.choice.choices.map { ListItem(Line(state.line($0, context))) }
        List(items: items).render(in: inner.top(listHeight), buffer: &buffer, state: &state.list)
        guard let due = state.selected else { return }
        var y = inner.y + listHeight + 1
        buffer.write(context.t("В этот день в классе уже задано:", "Already due in the class that day:"),
                     at: Point(x: inner.x, y: y), style: .header, clip: inner)
        let others = state.loads[due.date] ?? []
        if others.isEmpty {
            y += 1
            buffer.write(context.t("ничего", "nothing"), at: Point(x: inner.x + 2, y: y), style: .dim, clip: inner)
        }
        for item in others where y < inner.y + inner.height - 1 {
            y += 1
            buffer.write(TextFitting.fit(DueWords.item(item, context), width: inner.width - 2), at: Point(x: inner.x + 2, y: y), clip: inner)
        }
    }
}
