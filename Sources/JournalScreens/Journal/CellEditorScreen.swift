import JournalCore
import JournalStore
import TerminalUI

/// Enter on a grid cell: every mark of the cell with its work type (and
/// weight), comment, and who entered it when; the student's attendance in the
/// lesson; a row to add a mark of another work type. Each change is saved at
/// once; an edit names the value the screen showed, so a mark changed by
/// someone else meanwhile is not overwritten.
final class CellEditorScreen: Screen {
    enum Action: Equatable {
        case move, mark, workType(Int), attendance(AttendanceCode), present, delete, comment, back
    }

    private var state: CellEditorState
    private let place: GridPlace
    private let user: ActingUser
    let keyMap: KeyMap<Action>

    init(place: GridPlace, student: GridStudent, lesson: GridLesson, data: ClassGridData, user: ActingUser,
         context: AppContext) throws {
        self.place = place
        self.user = user
        state = CellEditorState(student: student, lesson: lesson, workTypes: try context.db.workTypes())
        state.update(from: data)
        state.list.selected = state.marks.isEmpty ? state.rows.count - 1 : 0
        keyMap = Self.keys(context)
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String {
        context.t("Клетка журнала", "Journal cell") + " · \(place.label.text)"
    }

    let functionBarItems: [FunctionBarItem]
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    private static func keys(_ context: AppContext) -> KeyMap<Action> {
        let t = context.t
        var bindings: [KeyBinding<Action>] = [
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move, help: t("выбрать строку", "choose a row"),
                       caption: "↑ ↓"),
            KeyBinding(CommonKeys.marks, action: .mark,
                       help: t("на строке отметки — исправить её; на строке «новая» — поставить ещё одну",
                               "on a mark: change it; on the «new» row: add one"), caption: "1–5"),
            KeyBinding(.left, action: .workType(-1), help: t("предыдущий вид работы", "previous work type")),
            KeyBinding(.right, action: .workType(1), help: t("следующий вид работы", "next work type")),
        ]
        bindings += CommonKeys.attendanceBindings({ .attendance($0) }) { code in
            t("посещаемость: «\(code.rawValue)» — \(code.title.ru)", "attendance: «\(code.rawValue)» — \(code.title.en)")
        }
        bindings += [
            KeyBinding(.character(" "), action: .present, help: t("посещаемость: присутствовал(а) — убрать код", "attendance: present"),
                       caption: "Space"),
            KeyBinding([.delete, .backspace], action: .delete, help: t("удалить выбранную отметку", "remove the selected mark"),
                       label: t("Удал", "Delete"), slot: 8),
            KeyBinding([.enter], action: .comment, help: t("комментарий к выбранной отметке", "comment on the selected mark"),
                       label: t("Коммент", "Comment"), slot: 4),
            KeyBinding([.escape], action: .back, help: t("назад к журналу", "back to the grid"), label: t("Назад", "Back"), slot: 10),
        ]
        return KeyMap(bindings)
    }

    // MARK: Drawing

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        let lesson = state.lesson
        buffer.write(state.student.fullName + " · " + WeekdayNames.short(lesson.date.weekday, context.language) + " "
                     + lesson.date.russian + context.t(", \(lesson.lessonNumber)-й урок", ", lesson \(lesson.lessonNumber)"),
                     at: inner.origin, style: .emphasis, clip: inner)
        buffer.write(attendanceLine(context), at: inner.row(2).origin, clip: inner.row(2))
        let header = inner.row(4)
        buffer.write(Self.columns([context.t("Отм.", "Mark"), context.t("Вид работы (вес)", "Work type (weight)"),
                                   context.t("Комментарий", "Comment"), context.t("Поставлена", "Entered")], width: header.width),
                     at: header.origin, style: .header, clip: header)
        let listArea = Rect(x: inner.x, y: inner.y + 5, width: inner.width, height: max(0, inner.height - 8))
        var list = state.list
        List(items: state.rows.map { ListItem(line(for: $0, width: listArea.width, context)) })
            .render(in: listArea, buffer: &buffer, state: &list)
        state.list = list
        renderFooter(in: inner.bottom(2), buffer: &buffer, context: context)
    }

    private func attendanceLine(_ context: AppContext) -> Line {
        let text = state.attendance.map { "\($0.rawValue) — \($0.title.text(in: context.language))" }
            ?? context.t("присутствовал(а)", "present")
        // the keys for the codes are in the footer: here the code may be long («уп — уважительная причина»)
        return Line([Span(context.t("Посещаемость: ", "Attendance: "), style: .header), Span(text, style: state.attendance?.styleRole)])
    }

    /// The widths of the mark list's first three columns (mark, work type,
    /// comment); the time entered takes the rest.
    static let columnWidths = [5, 27, 19]

    /// The columns of one row of the mark list, a space between each, every one
    /// cut with «…» to its width: a long work type or comment never runs into
    /// the next column.
    static func columns(_ texts: [String], width: Int) -> String {
        var line = ""
        for (index, text) in texts.enumerated() {
            let room = index < columnWidths.count ? columnWidths[index] : max(0, width - DisplayWidth.of(line))
            line += TextFitting.fit(text, width: room) + (index < columnWidths.count ? " " : "")
        }
        return line
    }

    private func line(for row: CellEditorState.Row, width: Int, _ context: AppContext) -> Line {
        switch row {
        case .mark(let index):
            let mark = state.marks[index]
            let type = state.workType(mark.workTypeCode)
            let typeText = (type?.name ?? mark.workTypeCode) + " (" + (type?.weight.text ?? "1") + ")"
            let entered = mark.enteredAt.date.russianShort + " " + mark.enteredAt.timeOfDay.text + " " + (mark.enteredBy ?? "")
            let text = Self.columns([mark.value.description, typeText, mark.comment ?? "—", entered], width: width)
            let valueWidth = Self.columnWidths[0] + 1
            return Line([Span(String(text.prefix(valueWidth)), style: mark.value.styleRole), Span(String(text.dropFirst(valueWidth)))])
        case .new:
            let type = state.workType(state.newWorkType)
            return Line(TextFitting.fit("+", width: Self.columnWidths[0] + 1) + context.t("новая: ", "new: ") + (type?.name ?? state.newWorkType)
                        + " (" + (type?.weight.text ?? "1") + ")  " + context.t("← → — вид работы, 1–5 — поставить", "← → type, 1–5 add"))
        }
    }

    private func renderFooter(in area: Rect, buffer: inout Buffer, context: AppContext) {
        if var comment = state.comment {
            let label = context.t("Комментарий: ", "Comment: ")
            buffer.write(label, at: area.origin, style: .header, clip: area)
            TextField().render(in: area.row(0).removingLeft(label.count), buffer: &buffer, state: &comment)
            state.comment = comment
            buffer.write(context.t("Enter — сохранить · Esc — отменить", "Enter saves · Esc cancels"),
                         at: Point(x: area.x, y: area.y + 1), style: .dim, clip: area)
            return
        }
        buffer.write(context.t("1–5 — отметка · ← → — вид работы · Enter — комментарий · Delete — удалить",
                               "1–5 mark · ← → work type · Enter comment · Delete remove"),
                     at: area.origin, style: .dim, clip: area)
        buffer.write(context.t("н б у о — посещаемость · Пробел — присутствовал · Esc — назад к журналу",
                               "н б у о attendance · Space present · Esc back"),
                     at: Point(x: area.x, y: area.y + 1), style: .dim, clip: area)
    }

    // MARK: Keys

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if let comment = state.comment { return handleComment(key, comment, context) }
        guard let action = keyMap.action(for: key) else {
            if let digit = key.digit { return [.status(.error(context.describe(JournalError.invalidMark(String(digit)))))] }
            return CommonKeys.unknownKey(key, context).map { [$0] } ?? []
        }
        if action != .move, action != .back, let year = place.closedYear {
            return [.status(AcademicYearSwitch.closedMessage(year, context))]
        }
        switch action {
        case .move:
            _ = state.list.handle(key, itemCount: state.rows.count)
            return []
        case .mark: return mark(key.digit ?? 0, context)
        case .workType(let step): return changeWorkType(step, context)
        case .attendance(let code): return setAttendance(code, context)
        case .present: return setAttendance(nil, context)
        case .delete: return delete(context)
        case .comment:
            guard let mark = state.selectedMark else {
                return [.status(StatusMessage(context.t("Выберите отметку: комментарий пишется к ней.", "Choose a mark first.")))]
            }
            state.comment = TextFieldState(text: mark.comment ?? "", maxLength: 200)
            return []
        case .back: return [.popAndReload]
        }
    }

    private func mark(_ digit: Int, _ context: AppContext) -> [ScreenEffect] {
        guard let value = try? MarkValue(digit) else {
            return [.status(.error(context.describe(JournalError.invalidMark(String(digit)))))]
        }
        if let mark = state.selectedMark {
            return write(context) { try context.db.updateMark(mark.id, value: value, workType: mark.workTypeCode,
                                                              comment: mark.comment, expected: mark.value, by: user) }
        }
        let effects = write(context) { try context.db.addMark(lesson: state.lesson.id, student: state.student.id, value: value,
                                                              workType: state.newWorkType, by: user) }
        state.selectNewRow()
        return effects
    }

    private func changeWorkType(_ step: Int, _ context: AppContext) -> [ScreenEffect] {
        guard let mark = state.selectedMark else {
            if state.selectedRow == .new { state.newWorkType = state.workType(after: state.newWorkType, step: step) }
            return []
        }
        let type = state.workType(after: mark.workTypeCode, step: step)
        return write(context) { try context.db.updateMark(mark.id, value: mark.value, workType: type, comment: mark.comment,
                                                          expected: mark.value, by: user) }
    }

    private func setAttendance(_ code: AttendanceCode?, _ context: AppContext) -> [ScreenEffect] {
        write(context) { try context.db.setAttendance(lesson: state.lesson.id, student: state.student.id, code: code,
                                                      expected: state.attendance, by: user) }
    }

    private func delete(_ context: AppContext) -> [ScreenEffect] {
        switch state.selectedRow {
        case .new:
            return [.status(StatusMessage(context.t("Выберите отметку, которую удалить.", "Choose the mark to remove.")))]
        case .mark:
            guard let mark = state.selectedMark else { return [] }
            let remove = { [self] in write(context) { try context.db.deleteMark(mark.id, expected: mark.value, by: user) } }
            guard MarkDeletion.needsConfirmation(mark, today: context.today) else { return remove() }
            return [.confirm(MarkDeletion.confirmation(mark, student: state.student, lessonDate: state.lesson.date,
                                                       context: context, perform: remove))]
        }
    }

    private func handleComment(_ key: Key, _ text: TextFieldState, _ context: AppContext) -> [ScreenEffect] {
        switch key {
        case .enter, .function(10):
            state.comment = nil
            guard let mark = state.selectedMark else { return [] }
            return write(context) { try context.db.updateMark(mark.id, value: mark.value, workType: mark.workTypeCode,
                                                              comment: text.text, expected: mark.value, by: user) }
        case .escape:
            state.comment = nil
            return [.status(StatusMessage(context.t("Комментарий не изменён.", "The comment is unchanged.")))]
        default:
            var edited = text
            _ = edited.handle(key)
            state.comment = edited
            return []
        }
    }

    /// Runs one write, reads the cell back, and says what happened.
    private func write(_ context: AppContext, _ body: () throws -> Void) -> [ScreenEffect] {
        var effects: [ScreenEffect] = [.status(.success(context.t("Сохранено.", "Saved.")))]
        do {
            try body()
        } catch {
            effects = [.status(.error(context.describe(error)))]
        }
        reload(context: context)
        return effects
    }

    func reload(context: AppContext) {
        if let data = try? context.db.classGrid(place.audience, subject: place.subjectID, period: place.periodID, by: user) {
            state.update(from: data)
        }
    }
}

/// Which grid a screen opened from the grid belongs to.
struct GridPlace {
    var audience: ClassOrGroup
    var subjectID: SubjectID
    var periodID: PeriodID
    /// «5А · Английский язык · гр. 1»
    var label: LessonLabel
    /// The closed past academic year the period belongs to («2024/2025»): the
    /// screens opened from the grid refuse edits there before asking the store.
    var closedYear: String? = nil
}
