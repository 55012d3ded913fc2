import JournalCore
import JournalStore
import TerminalUI

/// F5 in the grid: the period's final marks, one student a row, with the
/// weighted average and the mark the school's rounding rule makes of it beside
/// each, so the teacher decides with the numbers in front of them.
final class FinalMarksScreen: Screen {
    enum Action: Equatable {
        case move, mark, suggested, value(FinalMarkValue), delete, back
    }

    private var data: ClassGridData
    private var table = TableState()
    private let place: GridPlace
    private let user: ActingUser
    private let rounding: RoundingRule
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(place: GridPlace, data: ClassGridData, selectedStudent: StudentID?, rounding: RoundingRule, user: ActingUser,
         context: AppContext) {
        self.place = place
        self.data = data
        self.rounding = rounding
        self.user = user
        keyMap = Self.keys(context)
        functionBarItems = CommonKeys.barItems(keyMap, context)
        table.selectedRow = data.students.firstIndex { $0.id == selectedStudent } ?? 0
    }

    func title(in context: AppContext) -> String {
        context.t("Итоговые отметки", "Final marks") + " · \(data.label.text) · \(data.period.period.name)"
    }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    private static func keys(_ context: AppContext) -> KeyMap<Action> {
        let t = context.t
        return KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown], action: .move, help: t("выбрать ученика", "choose a student"), caption: "↑ ↓"),
            KeyBinding(CommonKeys.marks, action: .mark, help: t("поставить итоговую отметку и перейти ниже",
                                                                "set the final mark and move down"), caption: "1–5"),
            KeyBinding(.enter, action: .suggested, help: t("поставить предложенную по среднему баллу",
                                                           "set the mark the average suggests")),
        ] + CommonKeys.finalMarkValueBindings({ .value($0) }, t) + [
            KeyBinding([.delete, .backspace], action: .delete, help: t("убрать итоговую отметку", "remove the final mark"),
                       label: t("Удал", "Delete"), slot: 8),
            KeyBinding([.escape], action: .back, help: t("назад к журналу", "back to the grid"), label: t("Назад", "Back"), slot: 10),
        ])
    }

    // MARK: Drawing

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        var state = table
        grid(context).render(in: inner.removingBottom(2), buffer: &buffer, state: &state)
        table = state
        let hint = inner.bottom(2)
        // both lines fit 80 columns whole
        buffer.write(keysHint(context), at: hint.origin, style: .dim, clip: hint)
        let threshold = rounding.text.withDecimalComma
        buffer.write(context.t("Средний — взвешенный по видам работ; предложенная: округление от \(threshold) вверх.",
                               "Weighted average; suggested: rounded up from \(rounding.text)."),
                     at: Point(x: hint.x, y: hint.y + 1), style: .dim, clip: hint)
    }

    /// What the keys put, said the way the group is graded (the title names
    /// the group).
    private func keysHint(_ context: AppContext) -> String {
        switch data.grading {
        case .marks:
            return context.t("1–5, Enter — предложенная; н н/а, з зач, ч незач, о осв; Del — убрать",
                             "1–5, Enter suggested; н н/а, з зач, ч незач, о осв; Del remove")
        case .passFail:
            return context.t("Группа на зачёте: з — зач, ч — незач; Del — убрать",
                             "A pass/fail group: з passed, ч failed; Del remove")
        case .none:
            return context.t("Группа без отметок: итоговые отметки не ставятся",
                             "A group without marks: no final marks")
        }
    }

    private func grid(_ context: AppContext) -> Table {
        let columns = [TableColumn(width: 3, alignment: .right), TableColumn(width: 33), TableColumn(width: 8, alignment: .right),
                       TableColumn(width: 8, alignment: .right), TableColumn(width: 12, alignment: .center),
                       TableColumn(width: 6, alignment: .center)]
        let header: [TableCell] = ["№", TableCell(context.t("Ученик", "Student")), TableCell(context.t("Отметок", "Marks")),
                                   TableCell(context.t("Средний", "Average")), TableCell(context.t("Предлагается", "Suggested")),
                                   TableCell(context.t("Итог", "Final"))]
        return Table(columns: columns, headerRows: [header], rowCount: data.students.count, selectionMode: .row) { [self] row, column in
            cell(row: row, column: column)
        }
    }

    private func cell(row: Int, column: Int) -> TableCell {
        let student = data.students[row]
        let average = data.average(of: student.id)
        switch column {
        case 0: return TableCell(String(row + 1))
        case 1: return TableCell(student.fullName)
        case 2: return TableCell(String(markCount(student.id)))
        case 3: return TableCell(average.russianText)
        case 4:
            guard let suggested = suggestion(for: student.id) else { return .empty }
            return TableCell(String(suggested.value), style: suggested.styleRole)
        default:
            guard let final = data.finalMarks[student.id] else { return .empty }
            return TableCell(final.text, style: final.styleRole)
        }
    }

    private func markCount(_ student: StudentID) -> Int {
        data.lessons.reduce(0) { $0 + (data.marks[GridCell(lesson: $1.id, student: student)]?.count ?? 0) }
    }

    private func suggestion(for student: StudentID) -> MarkValue? {
        data.average(of: student).rounded(by: rounding).flatMap { try? MarkValue($0) }
    }

    // MARK: Keys

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else {
            if let digit = key.digit { return [.status(.error(context.describe(JournalError.invalidFinalMark(String(digit)))))] }
            return CommonKeys.unknownKey(key, context).map { [$0] } ?? []
        }
        if action != .move, action != .back, let year = place.closedYear {
            return [.status(AcademicYearSwitch.closedMessage(year, context))]
        }
        switch action {
        case .move:
            _ = table.handle(key, for: grid(context))
            return []
        case .mark: return set(key.digit.map { FinalMarkValue.mark($0) }, context)
        case .suggested:
            guard let student = selectedStudent, let suggested = suggestion(for: student.id) else {
                return [.status(.error(context.t("Отметок нет — предложить нечего.", "No marks: nothing to suggest.")))]
            }
            return set(.mark(suggested.value), context)
        case .value(let value): return set(value, context)
        case .delete: return set(nil, context, moveOn: false)
        case .back: return [.popAndReload]
        }
    }

    private var selectedStudent: GridStudent? {
        data.students.indices.contains(table.selectedRow) ? data.students[table.selectedRow] : nil
    }

    private func set(_ value: FinalMarkValue?, _ context: AppContext, moveOn: Bool = true) -> [ScreenEffect] {
        guard let student = selectedStudent else { return [] }
        do {
            try context.db.setFinalMark(student: student.id, subject: place.subjectID, period: place.periodID, value: value, by: user)
        } catch {
            return [.status(.error(context.describe(error)))]
        }
        reload(context: context)
        if moveOn { table.selectedRow = min(table.selectedRow + 1, max(0, data.students.count - 1)) }
        let name = PersonName.short(student.fullName)
        return [.status(.success(value.map { context.t("Итог \($0.text): \(name)", "Final \($0.text): \(name)") }
                                 ?? context.t("Итоговая отметка убрана: \(name)", "Final mark removed: \(name)")))]
    }

    func reload(context: AppContext) {
        if let fresh = try? context.db.classGrid(place.audience, subject: place.subjectID, period: place.periodID, by: user) {
            let student = selectedStudent?.id
            data = fresh
            table.selectedRow = data.students.firstIndex { $0.id == student } ?? min(table.selectedRow, max(0, data.students.count - 1))
        }
    }
}
