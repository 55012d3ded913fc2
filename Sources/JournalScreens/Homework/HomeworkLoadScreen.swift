import JournalCore
import JournalStore
import TerminalUI

/// What «Нагрузка ДЗ» shows: one week of the classes' homework counts, and
/// which week.
struct HomeworkLoadState {
    var monday: SchoolDate
    var load: HomeworkLoadWeek?
    var table = TableState()

    /// The cells above the limit, and how many there are.
    static func isOver(_ count: Int, limit: Int) -> Bool { count > limit }

    var overCount: Int {
        guard let load else { return 0 }
        return load.classes.reduce(0) { sum, row in sum + row.counts.filter { Self.isOver($0, limit: load.limit) }.count }
    }
}

/// «Нагрузка ДЗ»: for the deputy, every class's homework due on each day of a
/// week (subjects with homework due), the days above the school's limit
/// (`homework_load_limit`) flagged; ← → turn the weeks.
final class HomeworkLoadScreen: Screen {
    enum Action: Equatable {
        case move, previousWeek, nextWeek, thisWeek, back
    }

    private let requester: Requester
    private var state: HomeworkLoadState
    private var problem: String?
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(user: ActingUser, context: AppContext) {
        requester = .user(user)
        state = HomeworkLoadState(monday: context.today.mondayOfWeek)
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move, help: context.t("класс", "class"), caption: "↑ ↓"),
            KeyBinding(.left, action: .previousWeek, help: context.t("предыдущая неделя", "previous week"), caption: "←"),
            KeyBinding(.right, action: .nextWeek, help: context.t("следующая неделя", "next week"), caption: "→"),
            KeyBinding(Key.sameKey("с"), action: .thisWeek, help: context.t("текущая неделя", "this week"), caption: "С"),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
        load(context)
    }

    func title(in context: AppContext) -> String {
        context.t("Нагрузка ДЗ", "Homework load") + " · " + state.monday.russianShort + "–" + state.monday.adding(days: 5).russianShort
    }

    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func reload(context: AppContext) { load(context) }

    private func load(_ context: AppContext) {
        do {
            state.load = try context.db.homeworkLoad(week: state.monday, by: requester)
            problem = nil
        } catch {
            state.load = nil
            problem = context.describe(error)
        }
    }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .back: return [.pop]
        case .move: if let load = state.load { _ = state.table.handle(key, for: table(load, context)) }
        case .previousWeek: turn(-1, context)
        case .nextWeek: turn(1, context)
        case .thisWeek: turn((context.today.mondayOfWeek.dayNumber - state.monday.dayNumber) / 7, context)
        }
        return []
    }

    private func turn(_ weeks: Int, _ context: AppContext) {
        guard weeks != 0 else { return }
        state.monday = state.monday.adding(days: 7 * weeks)
        load(context)
    }

    private func table(_ load: HomeworkLoadWeek, _ context: AppContext) -> Table {
        let headers = [TableCell(context.t("Класс", "Class"))]
            + load.days.map { TableCell(WeekdayNames.short($0.weekday, context.language) + " " + $0.russianShort, alignment: .center) }
            + [TableCell(context.t("Всего", "Total"), alignment: .right)]
        return Table(columns: [TableColumn(width: 8)] + load.days.map { _ in TableColumn(width: 9, alignment: .center) }
                        + [TableColumn(width: 6, alignment: .right)],
                     headerRows: [headers], rowCount: load.classes.count, frozenColumns: 1, selectionMode: .row) { row, column in
            let line = load.classes[row]
            if column == 0 { return TableCell(line.name) }
            if column > load.days.count { return TableCell(String(line.total)) }
            let count = line.counts[column - 1]
            if HomeworkLoadState.isOver(count, limit: load.limit) { return TableCell("\(count) !", style: .warning) }
            return TableCell(count == 0 ? "·" : String(count), style: count == 0 ? .dim : nil)
        }
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        guard let load = state.load else {
            buffer.write(problem ?? "", at: inner.origin, style: .error, clip: inner)
            return
        }
        let summary = context.t("Предметов с ДЗ к дню; больше \(load.limit) — «!». Дней выше нормы: \(state.overCount)",
                                "Subjects with homework due per day; above \(load.limit) flagged «!» (setting homework_load_limit). Over: \(state.overCount)")
        buffer.write(summary, at: inner.origin, style: state.overCount > 0 ? .warning : .dim, clip: inner)
        var tableState = state.table
        table(load, context).render(in: inner.removingTop(2), buffer: &buffer, state: &tableState)
        state.table = tableState
    }
}
