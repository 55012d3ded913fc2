import JournalCore
import JournalStore
import TerminalUI

/// F5 in the grid on «Учебный год»: the year marks of the class's subject.
/// Each row shows the period marks, the year mark proposed from them (dim:
/// not yet a mark) and the confirmed one (coloured by its value); for grades
/// 9 and 11, the exam and итоговая columns too (← → choose the column).
/// Enter confirms the row's proposal, F6 every open proposal of the class in
/// one transaction; digits and н/з/ч/о set a mark by hand.
final class YearMarksScreen: Screen {
    enum Action: Equatable {
        case move, column(Int), mark, accept, acceptAll, value(FinalMarkValue), delete, back
    }

    var state: YearMarksState
    private let place: GridPlace
    private let user: ActingUser
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(place: GridPlace, data: YearMarksData, selectedStudent: StudentID?, user: ActingUser, context: AppContext) {
        self.place = place
        self.user = user
        state = YearMarksState(data: data)
        keyMap = Self.keys(context)
        functionBarItems = CommonKeys.barItems(keyMap, context)
        state.table.selectedRow = data.grid.students.firstIndex { $0.id == selectedStudent } ?? 0
    }

    func title(in context: AppContext) -> String {
        context.t("Годовые отметки", "Year marks") + " · \(state.data.grid.label.text)"
    }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    static func keys(_ context: AppContext) -> KeyMap<Action> {
        let t = context.t
        return KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown], action: .move, help: t("выбрать ученика", "choose a student"), caption: "↑ ↓"),
            KeyBinding(.left, action: .column(-1), help: t("9 и 11 классы: колонка слева (годовая, экзамен, итоговая)",
                                                           "grades 9 and 11: the column to the left (year, exam, overall)")),
            KeyBinding(.right, action: .column(1), help: t("9 и 11 классы: колонка справа", "grades 9 and 11: the column to the right")),
            KeyBinding(CommonKeys.marks, action: .mark, help: t("поставить отметку в колонку и перейти ниже",
                                                               "set the mark in the column and move down"), caption: "1–5"),
            KeyBinding(.enter, action: .accept, help: t("принять предложенную отметку строки", "accept the row's proposed mark")),
            KeyBinding(.function(6), action: .acceptAll, help: t("принять все предложенные отметки класса (где отметки ещё нет)",
                                                                 "accept every proposal of the class (where there is no mark yet)"),
                       label: t("ПринВсе", "AccAll"), slot: 6),
        ] + CommonKeys.finalMarkValueBindings({ .value($0) }, t) + [
            KeyBinding([.delete, .backspace], action: .delete, help: t("убрать отметку колонки", "remove the column's mark"),
                       label: t("Удал", "Delete"), slot: 8),
            KeyBinding([.escape], action: .back, help: t("назад к журналу", "back to the grid"), label: t("Назад", "Back"), slot: 10),
        ])
    }

    // MARK: Drawing

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        // the table's cells read `state`: the selection is copied out and back
        var table = state.table
        grid(context).render(in: inner.removingBottom(2), buffer: &buffer, state: &table)
        state.table = table
        let hint = inner.bottom(2)
        let rule = state.data.rule == .mean
            ? context.t("среднее за периоды, от \(state.data.rounding.text.withDecimalComma)", "mean of the periods, from \(state.data.rounding.text)")
            : context.t("последний период", "the last period")
        buffer.write(context.t("Серое — предложение: \(rule). Enter принять · F6 все (\(state.openProposals))",
                               "Dim: proposed (\(rule)). Enter accepts · F6 all (\(state.openProposals))"),
                     at: hint.origin, style: .dim, clip: hint)
        let column = switch state.focus {
        case .year: context.t("годовая", "year")
        case .exam: context.t("экзамен", "exam")
        case .overall: context.t("итоговая", "overall")
        }
        buffer.write(context.t("Колонка: \(column)", "Column: \(column)") + (state.data.isGraduating ? context.t(" (← → — другая)", " (← → other)") : ""),
                     at: Point(x: hint.x, y: hint.y + 1), style: .dim, clip: hint)
    }

    private func grid(_ context: AppContext) -> Table {
        var columns = [TableColumn(width: 3, alignment: .right), TableColumn(width: state.data.isGraduating ? 24 : 33),
                       TableColumn(width: 12, alignment: .center), TableColumn(width: 7, alignment: .center),
                       TableColumn(width: 6, alignment: .center)]
        var header: [TableCell] = ["№", TableCell(context.t("Ученик", "Student")), TableCell(context.t("Периоды", "Periods")),
                                   TableCell(context.t("Предл.", "Prop.")), TableCell(context.t("Год", "Year"), style: headerStyle(.year))]
        if state.data.isGraduating {
            columns += [TableColumn(width: 5, alignment: .center), TableColumn(width: 7, alignment: .center),
                        TableColumn(width: 6, alignment: .center)]
            header += [TableCell(context.t("Экз.", "Exam"), style: headerStyle(.exam)), TableCell(context.t("Предл.", "Prop.")),
                       TableCell(context.t("Итог", "Final"), style: headerStyle(.overall))]
        }
        return Table(columns: columns, headerRows: [header], rowCount: state.data.grid.students.count, selectionMode: .row) { [self] row, column in
            cell(row: row, column: column)
        }
    }

    private func headerStyle(_ column: YearMarksFocus) -> StyleRole { state.focus == column ? .emphasis : .header }

    private func cell(row: Int, column: Int) -> TableCell {
        let student = state.data.grid.students[row].id
        switch column {
        case 0: return TableCell(String(row + 1))
        case 1: return TableCell(state.data.grid.students[row].fullName)
        case 2: return TableCell(state.periodMarksText(student))
        case 3: return proposed(state.data.proposedYearMark(student))
        case 4: return confirmed(state.data.grid.finalMarks[student])
        case 5: return confirmed(state.data.exam[student])
        case 6: return proposed(state.data.proposedOverall(student))
        default: return confirmed(state.data.overall[student])
        }
    }

    /// A proposal is not a mark yet: dim, whatever its value.
    private func proposed(_ value: FinalMarkValue?) -> TableCell {
        value.map { TableCell($0.text, style: .dim) } ?? .empty
    }

    private func confirmed(_ value: FinalMarkValue?) -> TableCell {
        value.map { TableCell($0.text, style: $0.styleRole) } ?? .empty
    }

    // MARK: Keys

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else {
            return CommonKeys.unknownKey(key, context).map { [$0] } ?? []
        }
        switch action {
        case .move, .column, .back: break
        default: if let year = place.closedYear { return [.status(AcademicYearSwitch.closedMessage(year, context))] }
        }
        switch action {
        case .move:
            var table = state.table
            _ = table.handle(key, for: grid(context))
            state.table = table
            return []
        case .column(let step):
            state.moveFocus(by: step)
            return []
        case .mark: return set(key.digit.map { FinalMarkValue.mark($0) }, context)
        case .accept:
            guard let student = state.selectedStudent, let proposal = state.proposal(for: student.id) else {
                return [.status(.error(context.t("Предложить нечего: нет отметок за все периоды (или экзамена).",
                                                 "Nothing to propose: not every period has a mark.")))]
            }
            return set(proposal, context)
        case .acceptAll: return acceptAll(context)
        case .value(let value): return set(value, context)
        case .delete: return set(nil, context, moveOn: false)
        case .back: return [.popAndReload]
        }
    }

    private func acceptAll(_ context: AppContext) -> [ScreenEffect] {
        let column: YearMarkColumn
        switch state.focus {
        case .year: column = .year
        case .overall: column = .graduation(.overall)
        case .exam: return [.status(.error(context.t("У экзамена нет предложенных отметок.", "The exam has no proposals.")))]
        }
        do {
            let count = try context.db.acceptYearMarkProposals(place.audience, subject: place.subjectID, yearPeriod: place.periodID,
                                                               column: column, by: user)
            reload(context: context)
            return [.status(.success(context.t("Принято предложенных отметок: \(count).", "Proposals accepted: \(count).")))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    private func set(_ value: FinalMarkValue?, _ context: AppContext, moveOn: Bool = true) -> [ScreenEffect] {
        guard let student = state.selectedStudent else { return [] }
        do {
            switch state.focus {
            case .year:
                try context.db.setFinalMark(student: student.id, subject: place.subjectID, period: place.periodID, value: value, by: user)
            case .exam, .overall:
                try context.db.setGraduationMark(student: student.id, subject: place.subjectID, yearPeriod: place.periodID,
                                                 kind: state.focus == .exam ? .exam : .overall, value: value, by: user)
            }
        } catch {
            return [.status(.error(context.describe(error)))]
        }
        reload(context: context)
        if moveOn { state.table.selectedRow = min(state.table.selectedRow + 1, max(0, state.data.grid.students.count - 1)) }
        let name = PersonName.short(student.fullName)
        return [.status(.success(value.map { context.t("\($0.text): \(name)", "\($0.text): \(name)") }
                                 ?? context.t("Отметка убрана: \(name)", "Mark removed: \(name)")))]
    }

    func reload(context: AppContext) {
        guard let fresh = try? context.db.yearMarks(place.audience, subject: place.subjectID, yearPeriod: place.periodID, by: user) else {
            return
        }
        let student = state.selectedStudent?.id
        state.data = fresh
        state.table.selectedRow = fresh.grid.students.firstIndex { $0.id == student }
            ?? min(state.table.selectedRow, max(0, fresh.grid.students.count - 1))
    }
}
