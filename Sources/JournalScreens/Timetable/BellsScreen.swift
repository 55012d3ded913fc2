import JournalCore
import JournalStore
import TerminalUI

/// What the bells' keys do.
enum BellsAction: Equatable {
    case move, switchColumn, edit, add, remove, back
}

/// The bells of a lesson number in both schedules, for the list.
struct BellRow: Equatable {
    var number: Int
    var main: Bell?
    var short: Bell?

    static func rows(main: [Bell], short: [Bell]) -> [BellRow] {
        let numbers = Set(main.map(\.lessonNumber)).union(short.map(\.lessonNumber)).sorted()
        return numbers.map { number in
            BellRow(number: number, main: main.first { $0.lessonNumber == number }, short: short.first { $0.lessonNumber == number })
        }
    }

    static func text(_ bell: Bell?) -> String { bell.map { "\($0.start.text)–\($0.end.text)" } ?? "—" }

    /// «08:30-09:15» or «8:30–9:15» typed: the two times, or nil.
    static func parse(_ text: String) -> (TimeOfDay, TimeOfDay)? {
        let parts = text.replacingOccurrences(of: "–", with: "-").split(separator: "-").map { $0.trimmingSpaces }
        guard parts.count == 2, let start = TimeOfDay(text: parts[0]), let end = TimeOfDay(text: parts[1]) else { return nil }
        return (start, end)
    }
}

/// «Звонки»: the main bells and the shortened day's, side by side. Enter
/// changes the chosen time (typed «08:30-09:15»), Tab switches the column.
public final class BellsScreen: Screen {
    let user: ActingUser
    let keyMap: KeyMap<BellsAction>
    private(set) var rows: [BellRow] = []
    var list = ListState()
    /// True: the shortened day's column.
    var shortColumn = false
    var editing: (number: Int, field: TextFieldState)?
    private(set) var loadError: String?

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        keyMap = KeyMap([
            KeyBinding([.up, .down, .home, .end], action: .move, help: context.t("выбрать урок", "choose a lesson"), caption: "↑ ↓"),
            KeyBinding([.tab], action: .switchColumn, help: context.t("основное расписание звонков ↔ сокращённый день",
                                                                      "main bells ↔ the shortened day")),
            KeyBinding(.enter, action: .edit, help: context.t("изменить время (например 08:30-09:15)", "change the time (08:30-09:15)")),
            KeyBinding([.insert], action: .add, help: context.t("добавить следующий урок", "add the next lesson"),
                       label: context.t("Добавить", "Add"), slot: 2),
            KeyBinding([.delete], action: .remove, help: context.t("убрать звонок выбранного урока (спросит)", "remove the chosen bell (asks)"),
                       label: context.t("Убрать", "Remove"), slot: 8),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        load(context)
    }

    public func title(in context: AppContext) -> String { context.t("Звонки", "Bells") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func reload(context: AppContext) { load(context) }

    func load(_ context: AppContext) {
        do {
            rows = BellRow.rows(main: try context.db.bells(shortened: false, by: .user(user)),
                                short: try context.db.bells(shortened: true, by: .user(user)))
            loadError = nil
        } catch {
            rows = []
            loadError = context.describe(error)
        }
        list.clamp(itemCount: rows.count)
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if editing != nil { return handleEditing(key, context: context) }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move: _ = list.handle(key, itemCount: rows.count)
        case .switchColumn: shortColumn.toggle()
        case .edit:
            guard let index = list.selected, rows.indices.contains(index) else { return [] }
            let row = rows[index]
            let bell = shortColumn ? row.short : row.main
            editing = (row.number, TextFieldState(text: bell.map { "\($0.start.text)-\($0.end.text)" } ?? "", maxLength: 11))
        case .add:
            editing = ((rows.map(\.number).max() ?? 0) + 1, TextFieldState(maxLength: 11))
        case .remove: return confirmRemoval(context)
        case .back: return [.pop]
        }
        return []
    }

    private func handleEditing(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var current = editing else { return [] }
        switch key {
        case .escape: editing = nil
        case .enter:
            guard let (start, end) = BellRow.parse(current.field.text) else {
                return [.status(.error(context.t("Время не прочитано: «\(current.field.text)»; нужно так: 08:30-09:15",
                                                 "Cannot read \"\(current.field.text)\"; type 08:30-09:15")))]
            }
            do {
                try context.db.setBell(number: current.number, start: start, end: end, shortened: shortColumn, by: .user(user))
                editing = nil
                load(context)
                return [.status(.success(context.t("Звонок на \(current.number)-й урок: \(start.text)–\(end.text).",
                                                   "Lesson \(current.number): \(start.text)–\(end.text).")))]
            } catch {
                return [.status(.error(context.t("Не сохранено: ", "Not saved: ") + context.describe(error)))]
            }
        default:
            _ = current.field.handle(key)
            editing = current
        }
        return []
    }

    private func confirmRemoval(_ context: AppContext) -> [ScreenEffect] {
        guard let index = list.selected, rows.indices.contains(index) else { return [] }
        let number = rows[index].number, short = shortColumn
        return [.confirm(Confirmation(
            title: context.t("Убрать звонок?", "Remove the bell?"),
            message: context.t("\(number)-й урок уйдёт из \(short ? "сокращённого дня" : "основного расписания звонков").",
                               "Lesson \(number) leaves the \(short ? "shortened" : "main") bells."),
            buttons: [context.t("Нет", "No"), context.t("Убрать", "Remove")]) { [weak self] choice in
                guard let self, choice == 1 else { return [] }
                do {
                    try context.db.removeBell(number: number, shortened: short, by: .user(self.user))
                    self.load(context)
                    return [.status(.success(context.t("Звонок убран.", "Bell removed.")))]
                } catch {
                    return [.status(.error(context.t("Не убран: ", "Not removed: ") + context.describe(error)))]
                }
            })]
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let loadError {
            Paragraph(TextFitting.wrap(loadError, width: area.width).map { Line($0, style: .error) }).render(in: area, buffer: &buffer)
            return
        }
        let header = context.t("Урок  Основное       Сокращённый день", "No.   Main           Shortened day")
        buffer.write(header, at: area.origin, style: .header, clip: area)
        let marker = { (short: Bool) in short == self.shortColumn ? "▸" : " " }
        let items = rows.map { row in
            ListItem(TextFitting.fit(String(row.number), width: 5) + marker(false) + TextFitting.fit(BellRow.text(row.main), width: 14)
                     + marker(true) + BellRow.text(row.short))
        }
        List(items: items).render(in: area.removingTop(1).removingBottom(3), buffer: &buffer, state: &list)
        let y = area.y + area.height - 2
        if var current = editing {
            let label = context.t("\(current.number)-й урок (\(shortColumn ? "сокращённый" : "основной")): ",
                                  "Lesson \(current.number) (\(shortColumn ? "shortened" : "main")): ")
            let x = buffer.write(label, at: Point(x: area.x, y: y), style: .normal, clip: area)
            TextField(isFocused: true).render(in: Rect(x: x, y: y, width: 14, height: 1), buffer: &buffer, state: &current.field)
        } else {
            buffer.write(context.t("Tab — столбец (▸), Enter — изменить. Сокращённые — для дней «short».",
                                   "Tab switches the column (▸), Enter changes the time. Shortened bells serve the calendar's short days."),
                         at: Point(x: area.x, y: y), style: .dim, clip: area)
        }
    }
}
