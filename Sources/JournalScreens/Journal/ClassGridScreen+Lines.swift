import JournalCore
import JournalStore
import TerminalUI

/// The three lines under the grid: the selected lesson's topic and homework
/// (edited in place with F3 and F4), and a line about the lesson, or the
/// search for a student.
extension ClassGridScreen {
    static let labelWidth = 6

    func renderLines(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        let lesson = state.selectedLesson
        renderText(.topic, lesson?.topic, row: area.row(0), buffer: &buffer, context: context)
        renderText(.homework, lesson?.homework, row: area.row(1), buffer: &buffer, context: context)
        let last = area.row(2)
        switch state.mode {
        case .finding(var text, let start):
            let label = context.t("Поиск: ", "Find: ")
            buffer.write(label, at: last.origin, style: .header, clip: last)
            let field = Rect(x: last.x + label.count, y: last.y, width: 24, height: 1)
            TextField().render(in: field, buffer: &buffer, state: &text)
            state.mode = .finding(text, startRow: start)
            buffer.write(context.t("  ↓ — следующий · Enter — готово", "  ↓ next · Enter done"),
                         at: Point(x: field.maxX, y: last.y), style: .dim, clip: last)
        case .editing:
            buffer.write(context.t("Enter — сохранить · Esc — отменить правку", "Enter saves · Esc cancels the edit"),
                         at: last.origin, style: .dim, clip: last)
        case .browsing:
            buffer.write(infoLine(context), at: last.origin, clip: last)
        }
    }

    private func renderText(_ field: LessonText, _ value: String?, row: Rect, buffer: inout Buffer, context: AppContext) {
        let label = field == .topic ? context.t("Тема:", "Topic:") : context.t("ДЗ:", "Work:")
        buffer.write(label, at: row.origin, style: .header, clip: row)
        let rest = row.removingLeft(Self.labelWidth)
        if case .editing(let edited, var text) = state.mode, edited == field {
            TextField().render(in: rest, buffer: &buffer, state: &text)
            state.mode = .editing(field, text)
        } else if let value {
            buffer.write(TextFitting.truncate(value, toWidth: rest.width), at: rest.origin, clip: rest)
        } else if state.selectedLesson != nil {
            let key = field == .topic ? "F3" : "F4"
            buffer.write(context.t("не указано (\(key) — ввести)", "none (\(key) to enter)"), at: rest.origin, style: .dim, clip: rest)
        }
    }

    /// The selected lesson: its day and number, its teacher, and what cannot be
    /// done in it; or why the selected cell is closed for this student.
    func infoLine(_ context: AppContext) -> Line {
        guard let lesson = state.selectedLesson else {
            return Line(context.t("В этом периоде уроков нет. [ и ] — другой период.", "No lessons in this period. [ and ] switch."),
                        style: .dim)
        }
        if let student = state.selectedStudent, !student.isEnrolled(on: lesson.date) {
            return Line(enrolmentNote(student, context), style: .warning)
        }
        let day = WeekdayNames.short(lesson.date.weekday, context.language) + " " + lesson.date.russian
        var spans = [Span(day + context.t(" · \(lesson.lessonNumber)-й урок · ", " · lesson \(lesson.lessonNumber) · ")
                          + PersonName.short(lesson.teacherName))]
        if let replaced = lesson.substituteForName {
            spans.append(Span(context.t(" · замена, вместо: \(PersonName.short(replaced))",
                                        " · cover; timetabled: \(PersonName.short(replaced))")))
        }
        if lesson.cancelled {
            spans.append(Span(context.t(" · урок отменён, записи не ведутся", " · cancelled, nothing is entered"), style: .warning))
        } else if state.closedYear != nil {
            spans.append(Span(context.t(" · год закрыт: только просмотр", " · the year is closed: read only"), style: .dim))
        } else if !mayWrite(lesson) {
            spans.append(Span(context.t(" · чужой урок: только просмотр", " · another teacher's: read only"),
                              style: .dim))
        }
        if lesson.heldAt != nil { spans.append(Span(context.t(" · проведён", " · held"))) }
        return Line(spans)
    }

    /// Why a cell is closed: the student left (their last day), had not come
    /// yet (their first day), or was away between two stays.
    private func enrolmentNote(_ student: GridStudent, _ context: AppContext) -> String {
        let name = PersonName.short(student.fullName)
        let inGroup = state.data.audience.groupID != nil
        let stays = state.selectedLesson.map { student.stays(around: $0.date) }
        if let left = stays?.before?.to, stays?.after == nil {
            return inGroup
                ? context.t("\(name) в группе по \(left.russian): позже отметки не ставятся.",
                            "\(name) was in the group until \(left.iso): no entries after that.")
                : context.t("\(name) в классе по \(left.russian): позже отметки не ставятся.",
                            "\(name) was in the class until \(left.iso): no entries after that.")
        }
        let from = stays?.after?.from ?? student.spans.first?.from
        guard let from else { return "" }
        return inGroup
            ? context.t("\(name) в группе с \(from.russian): раньше отметки не ставятся.",
                        "\(name) is in the group from \(from.iso): no entries before that.")
            : context.t("\(name) в классе с \(from.russian): раньше отметки не ставятся.",
                        "\(name) is in the class from \(from.iso): no entries before that.")
    }

    /// Whether the user may write this lesson's marks and texts; the store
    /// checks again, this only spares a pointless attempt.
    func mayWrite(_ lesson: GridLesson) -> Bool {
        Permissions.mayWriteLesson(roles: user.roles, account: user.accountID, lessonTeacher: lesson.teacherID)
    }

    // MARK: Topic and homework in place

    func startEditing(_ field: LessonText, _ context: AppContext) -> [ScreenEffect] {
        guard let lesson = state.selectedLesson else { return noTarget(context) }
        if lesson.cancelled { return [.status(.error(context.describe(JournalError.lessonCancelled)))] }
        guard mayWrite(lesson) else {
            return [.status(.error(context.describe(JournalError.forbidden(Phrase(ru: "это урок другого учителя",
                                                                                 en: "this is another teacher's lesson")))))]
        }
        let current = field == .topic ? lesson.topic : lesson.homework
        state.mode = .editing(field, TextFieldState(text: current ?? "", maxLength: 500))
        return []
    }

    func handleEditing(_ key: Key, field: LessonText, text: TextFieldState, context: AppContext) -> [ScreenEffect] {
        switch key {
        case .enter, .tab, .function(10):
            return saveText(field, text.text, context)
        case .escape:
            state.mode = .browsing
            return [.status(StatusMessage(field == .topic ? context.t("Тема не изменена.", "The topic is unchanged.")
                                                          : context.t("Домашнее задание не изменено.", "The homework is unchanged.")))]
        default:
            var edited = text
            _ = edited.handle(key)
            state.mode = .editing(field, edited)
            return []
        }
    }

    private func saveText(_ field: LessonText, _ text: String, _ context: AppContext) -> [ScreenEffect] {
        state.mode = .browsing
        guard let lesson = state.selectedLesson else { return noTarget(context) }
        do {
            switch field {
            case .topic: try context.db.setTopic(lesson: lesson.id, text, by: user)
            case .homework: try context.db.setHomework(lesson: lesson.id, text, by: user)
            }
        } catch {
            return failure(error, context)
        }
        refresh(context)
        let what = field == .topic ? context.t("Тема сохранена", "Topic saved") : context.t("Домашнее задание сохранено", "Homework saved")
        return [.status(.success(what + " · " + lesson.date.russianShort + (field == .homework ? dueNote(lesson.id, context) : "")))]
    }

    /// After F4: the lesson the homework is due at and how much else the class
    /// has due then (Enter opens the lesson, where F6 moves it).
    private func dueNote(_ lesson: LessonID, _ context: AppContext) -> String {
        guard let load = try? context.db.homeworkDueLoad(of: lesson, by: user), let due = load.due else { return "" }
        return context.t(" · к уроку \(DueWords.lesson(due, context)), в классе к этому дню ещё \(load.others.count)",
                         " · due \(DueWords.lesson(due, context)), \(load.others.count) more due that day")
    }

    // MARK: Finding a student

    func handleFinding(_ key: Key, text: TextFieldState, startRow: Int, context: AppContext) -> [ScreenEffect] {
        switch key {
        case .enter, .escape, .function(10), .function(7):
            state.mode = .browsing
            return []
        case .down:
            return findNext(text, from: state.table.selectedRow + 1, startRow: startRow, context)
        default:
            var edited = text
            guard edited.handle(key) == .changed else {
                state.mode = .finding(edited, startRow: startRow)
                return []
            }
            return findNext(edited, from: startRow, startRow: startRow, context)
        }
    }

    private func findNext(_ text: TextFieldState, from row: Int, startRow: Int, _ context: AppContext) -> [ScreenEffect] {
        state.mode = .finding(text, startRow: startRow)
        guard !text.isEmpty else { return [] }
        guard let found = state.student(startingWith: text.text, from: row) else {
            return [.status(.error(context.t("Нет ученика, чья фамилия начинается на «\(text.text)».",
                                             "No student's surname begins with \"\(text.text)\".")))]
        }
        state.table.selectedRow = found
        return [.status(StatusMessage(state.data.students[found].fullName))]
    }
}
