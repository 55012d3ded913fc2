import JournalCore
import JournalStore
import ReadinessMetrics
import TerminalUI

/// What is behind an indicator's shortfall for the whole school or one class,
/// teacher or subject: the lessons, the late entries with deadline and delay,
/// the classes, students or accounts. For a deputy or an administrator, Enter
/// on a lesson opens it (through the injected `LessonOpener`).
final class ShortfallScreen: Screen {
    enum Action: Equatable { case move, scroll, openLesson, refresh, back }

    let scope: DrillScope
    /// Nil for the whole school.
    let group: BreakdownRow?
    private let language: Language
    let keyMap: KeyMap<Action>
    private var table = TableState()
    /// The item under the cursor, to find it again when the list is computed anew.
    private var selectedItem: ShortfallItem?
    /// A lesson was opened: what was fixed there was written by this process,
    /// which `data_version` does not report, so compute again on coming back.
    private var returningFromLesson = false

    init(scope: DrillScope, group: BreakdownRow?, context: AppContext) {
        self.scope = scope
        self.group = group
        language = context.language
        keyMap = Self.keyMap(context, opens: Self.mayOpenLessons(scope, context))
    }

    /// Lessons open for a deputy or an administrator, when the program has an opener.
    static func mayOpenLessons(_ scope: DrillScope, _ context: AppContext) -> Bool {
        guard scope.openLesson != nil, scope.indicator.isLessonBased, let user = context.user else { return false }
        return user.has(.admin) || user.has(.deputy)
    }

    func title(in context: AppContext) -> String {
        let whose = group?.name ?? context.t("вся школа", "whole school")
        return scope.indicator.title.text(in: context.language) + " — " + whose
    }
    var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func reload(context: AppContext) {
        scope.board.invalidate(now: context.now)
    }

    func items() throws -> [ShortfallItem] {
        try scope.board.shortfall(scope.indicator, slice: group?.group.slice ?? .school, window: scope.resolvedWindow(),
                                  profile: scope.profile)
    }

    /// Shown items: at most the board's limit.
    private func shownItems() throws -> (items: [ShortfallItem], more: Bool) {
        let all = try items()
        return (Array(all.prefix(ReadinessBoard.itemLimit)), all.count > ReadinessBoard.itemLimit)
    }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .move?, .scroll?:
            guard let shown = try? shownItems().items else { return [] }
            sync(to: shown)
            _ = table.handle(key, for: makeTable(shown))
            selectedItem = shown.indices.contains(table.selectedRow) ? shown[table.selectedRow] : nil
        case .openLesson?: return openLesson(context)
        case .refresh?:
            scope.board.invalidate(now: context.now)
            return [.status(StatusMessage(context.t("Пересчитано на \(scope.board.moment.timeOfDay.text).",
                                                    "Computed again as of \(scope.board.moment.timeOfDay.text).")))]
        case .back?: return [.pop]
        case nil: break
        }
        return []
    }

    /// Opens the selected lesson; a lesson the timetable owes that nobody has
    /// opened yet is made first, as the journal makes it.
    private func openLesson(_ context: AppContext) -> [ScreenEffect] {
        guard let opener = scope.openLesson, Self.mayOpenLessons(scope, context), let item = selectedItem?.lesson else { return [] }
        do {
            guard let lesson = try item.id ?? context.db.lesson(on: item.date, number: item.lessonNumber, classID: item.classID,
                                                                   groupID: item.groupID, subjectID: item.subjectID) else {
                return [.status(.error(context.t("Этого урока в расписании больше нет.", "The timetable no longer has this lesson.")))]
            }
            guard let screen = try opener.open(lesson, context) else {
                return [.status(.error(context.t("Урок № \(lesson.rawValue) не найден.", "Lesson \(lesson.rawValue) not found.")))]
            }
            returningFromLesson = true
            return [.push(screen)]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    /// Puts the cursor back on the item it was on, after the list was computed again.
    private func sync(to items: [ShortfallItem]) {
        guard let selectedItem else { return }
        if table.selectedRow < items.count, items[table.selectedRow] == selectedItem { return }
        if let index = items.firstIndex(of: selectedItem) { table.selectedRow = index }
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        if returningFromLesson {
            returningFromLesson = false
            scope.board.invalidate(now: context.now)
        }
        buffer.fill(area)
        buffer.write(scope.windowText(language), at: area.origin, style: .dim, clip: area)
        let shown: (items: [ShortfallItem], more: Bool)
        do {
            shown = try shownItems()
        } catch {
            Paragraph(wrapping: context.describe(error), width: area.width, style: .error).render(in: area.removingTop(2), buffer: &buffer)
            return
        }
        buffer.write(countLine(shown.items.count, more: shown.more), at: Point(x: area.x, y: area.y + 1), clip: area)
        let body = area.removingTop(3)
        guard !shown.items.isEmpty else {
            buffer.write(context.t("Ничего: недобора нет.", "Nothing: no shortfall."), at: body.origin, style: .success, clip: body)
            return
        }
        sync(to: shown.items)
        let selected = shown.items[min(table.selectedRow, shown.items.count - 1)]
        selectedItem = selected
        let detail = TextFitting.wrap(detailText(selected), width: body.width).prefix(Self.detailLines)
        makeTable(shown.items).render(in: body.removingBottom(detail.count + 1), buffer: &buffer, state: &table)
        Paragraph(detail.map { Line($0) }, style: .dim).render(in: body.bottom(detail.count), buffer: &buffer)
    }

    /// The most lines the selected item's full text takes under the table; a
    /// late entry with long names needs four at 80 columns.
    static let detailLines = 5

    /// `Уроки без темы и домашнего задания: 12` (or the first 500 of more).
    private func countLine(_ count: Int, more: Bool) -> Line {
        let what = ShortfallWords.items(scope.indicator).text(in: language)
        let ru = language == .ru
        let number = more ? (ru ? "показаны первые \(count), есть ещё" : "the first \(count) shown, there are more") : String(count)
        return Line([Span(what.prefix(1).uppercased() + what.dropFirst() + ": "), Span(number, style: .emphasis)])
    }

    /// An item in full, as `zhurnal report readiness --items` writes it, and
    /// the key that opens its lesson.
    private func detailText(_ item: ShortfallItem) -> String {
        var text = ShortfallText.line(item, language: language)
        if item.lesson != nil, keyMap.bindings.contains(where: { $0.action == .openLesson }) {
            text += language == .ru ? " · Enter — открыть урок" : " · Enter opens the lesson"
        }
        return text
    }

    private func makeTable(_ items: [ShortfallItem]) -> Table {
        let columns = ShortfallTable.columns(scope.indicator, language)
        return Table(columns: columns.map { TableColumn(width: $0.width, alignment: $0.alignment) },
                     headerRows: [columns.map { TableCell($0.title) }], rowCount: items.count, frozenColumns: 1,
                     selectionMode: .row) { row, column in
            let cells = ShortfallTable.cells(items[row], self.language)
            return column < cells.count ? TableCell(cells[column]) : .empty
        }
    }

    static func keyMap(_ context: AppContext, opens: Bool) -> KeyMap<Action> {
        var bindings = [
            KeyBinding<Action>([.up, .down, .pageUp, .pageDown], action: .move, help: context.t("выбрать строку", "choose a row"),
                               caption: "↑ ↓ PgUp PgDn"),
            KeyBinding<Action>([.left, .right, .home, .end], action: .scroll,
                               help: context.t("остальные столбцы (срок, внесено, ученик, учитель…)", "the other columns"),
                               caption: "← → Home End"),
        ]
        if opens {
            bindings.append(KeyBinding(.enter, action: .openLesson,
                                       help: context.t("открыть урок в журнале класса, чтобы исправить", "open the lesson in the class grid to fix it")))
        }
        bindings += [
            KeyBinding([], action: .refresh, help: context.t("пересчитать сейчас", "compute again now"),
                       label: context.t("Обновить", "Refresh"), slot: 2),
            KeyBinding([.escape], action: .back, help: context.t("назад, к разбивке", "back to the breakdown"),
                       label: context.t("Назад", "Back"), slot: 10),
        ]
        return KeyMap(bindings)
    }
}
