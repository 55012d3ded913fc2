import JournalCore
import JournalStore
import TerminalUI

/// A teacher's lessons in the report's window, reached from a teacher's row:
/// which have a topic and homework, which were cancelled or taught as a
/// substitute. Enter opens the lesson in its class grid.
final class TeacherLessonsScreen: Screen {
    enum Action: Equatable { case move, open, back }

    private let teacher: String
    private let window: String
    let lessons: [TeacherLessonLine]
    private var cursor = TableState()
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(teacher: String, window: String, lessons: [TeacherLessonLine], context: AppContext) {
        self.teacher = teacher
        self.window = window
        self.lessons = lessons
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move, help: context.t("выбрать урок", "choose a lesson"),
                       caption: "↑ ↓"),
            KeyBinding(.enter, action: .open, help: context.t("открыть урок в журнале класса", "open the lesson in the class grid")),
            KeyBinding([.escape], action: .back, help: context.t("назад, к отчёту", "back to the report"),
                       label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String { context.t("Уроки: ", "Lessons: ") + teacher }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    private func table(_ context: AppContext) -> Table {
        let yes = { (value: Bool) in value ? context.t("есть", "yes") : context.t("нет", "no") }
        let header = [context.t("Дата", "Date"), context.t("Ур.", "No."), context.t("Класс", "Class"), context.t("Предмет", "Subject"),
                      context.t("Тема", "Topic"), context.t("ДЗ", "HW"), context.t("Примечание", "Note")]
        return Table(columns: [TableColumn(width: 10), TableColumn(width: 3, alignment: .right), TableColumn(width: 12),
                               TableColumn(width: 18), TableColumn(width: 5), TableColumn(width: 5), TableColumn(width: 14)],
                     headerRows: [header.map { TableCell($0, style: .header) }], rowCount: lessons.count, selectionMode: .row) { row, column in
            let lesson = self.lessons[row]
            switch column {
            case 0: return TableCell(lesson.date.russian)
            case 1: return TableCell("\(lesson.number)")
            case 2: return TableCell([lesson.className, lesson.groupName ?? ""].filter { !$0.isEmpty }.joined(separator: " "))
            case 3: return TableCell(lesson.subjectName)
            case 4: return TableCell(yes(lesson.hasTopic), style: lesson.hasTopic ? nil : .warning)
            case 5: return TableCell(yes(lesson.hasHomework), style: lesson.hasHomework ? nil : .warning)
            default:
                return TableCell(lesson.cancelled ? context.t("отменён", "cancelled") : lesson.asSubstitute ? context.t("замена", "substitute") : "",
                                 style: lesson.cancelled ? .dim : nil)
            }
        }
    }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .move?:
            _ = cursor.handle(key, for: table(context))
        case .open?:
            guard lessons.indices.contains(cursor.selectedRow) else { return [] }
            do {
                return [.push(try ClassGridScreen.forLesson(lessons[cursor.selectedRow].id, context: context))]
            } catch {
                return [.status(.error(context.describe(error)))]
            }
        case .back?: return [.pop]
        case nil: break
        }
        return []
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.write(window + context.t(" · уроков: \(lessons.count)", " · lessons: \(lessons.count)"), at: area.origin, style: .dim, clip: area)
        guard !lessons.isEmpty else {
            buffer.write(context.t("Уроков за этот срок нет.", "No lessons in this window."), at: Point(x: area.x, y: area.y + 2), clip: area)
            return
        }
        table(context).render(in: area.removingTop(2), buffer: &buffer, state: &cursor)
    }
}
