import JournalCore
import JournalStore
@testable import JournalScreens
import TerminalUI
import Testing

/// The timetable's and the day's screen states, without a database.
@Suite struct TimetableStateTests {
    static let monday = SchoolDate(year: 2026, month: 11, day: 30)!

    static func cell(_ weekday: Int, _ number: Int, subject: String, teacher: String, group: String? = nil) -> TimetableCell {
        TimetableCell(rowID: Int64(weekday * 10 + number), weekday: weekday, number: number, classCode: "5a", className: "5А",
                      groupCode: group, groupName: group.map { "гр. \($0)" }, subjectCode: "s", subjectName: subject,
                      teacherLogin: teacher, teacherName: teacher, room: "12", validFrom: monday, validTo: nil)
    }

    static var week: TimetableWeek {
        TimetableWeek(owner: .schoolClass(code: "5a"), date: monday, cells: [
            cell(1, 1, subject: "Математика", teacher: "Введенский Владимир Николаевич"),
            cell(3, 2, subject: "Английский язык", teacher: "Тарасова Лилия Викторовна", group: "1"),
            cell(3, 2, subject: "Английский язык", teacher: "Шестакова Елена Сергеевна", group: "2"),
        ], lessonNumbers: [1, 2, 3])
    }

    @Test func theCursorStaysInsideTheWeekAndTheBells() {
        var grid = TimetableGridState(week: Self.week)
        let moved = grid.move(.left)
        #expect(moved && grid.weekday == 1)
        for _ in 0..<10 { _ = grid.move(.right) }
        #expect(grid.weekday == 6)
        _ = grid.move(.end)
        #expect(grid.number == 3)
        _ = grid.move(.down)
        #expect(grid.number == 3)
        let enterMoves = grid.move(.enter)
        #expect(!enterMoves)
        grid.select(weekday: 3, number: 2)
        #expect(grid.selectedCells.count == 2)
    }

    @Test func aCellShowsSubjectTeacherAndBothGroups() {
        let grid = TimetableGridState(week: Self.week)
        #expect(grid.cellLines(weekday: 1, number: 1, width: 11) == ("Математика", "Введенский"))
        let shared = grid.cellLines(weekday: 3, number: 2, width: 11)
        #expect(shared.0 == "Английский…" || shared.0 == "Английск…" || shared.0.hasPrefix("Англ"))
        #expect(shared.1.hasPrefix("1 ") && shared.1.contains("/2 "))
        #expect(grid.cellLines(weekday: 2, number: 1, width: 11) == ("", ""))
        #expect(TimetableGridState.abbreviation("Физическая культура", width: 11) == "Физическая")
        #expect(TimetableGridState.abbreviation("Русский язык", width: 11) == "Русский яз.")
    }

    @Test func theDetailLineNamesEverything() {
        var grid = TimetableGridState(week: Self.week)
        grid.select(weekday: 3, number: 2)
        let detail = grid.detail(.ru)
        #expect(detail.hasPrefix("ср, 2-й урок: 5А · Английский язык · гр. 1 · Тарасова Л. В. · каб. 12"))
        #expect(detail.contains("; 5А · Английский язык · гр. 2"))
        grid.select(weekday: 2, number: 1)
        #expect(grid.detail(.ru) == "вт, 1-й урок: пусто")
    }

    @Test func theFormCompletesCodesAndReadsDates() {
        var choices = TimetableChoices()
        choices.teachers = [TeacherChoice(login: "vvedenskii.vn", fullName: "Введенский Владимир Николаевич"),
                            TeacherChoice(login: "orlova.da", fullName: "Орлова Дарья Аркадьевна")]
        choices.subjects = [("rus", "Русский язык"), ("math", "Математика")]
        var form = TimetableCellForm(classCode: "5a", weekday: 4, number: 1, cell: nil, from: Self.monday)
        for character in "матем" { _ = form.handle(.character(character), choices: choices) }
        let tabbed = form.handle(.tab, choices: choices)
        #expect(tabbed == .editing(changed: true))
        #expect(form.text(.subject) == "math" && form.focus == .teacher)
        for character in "Орл" { _ = form.handle(.character(character), choices: choices) }
        _ = form.handle(.tab, choices: choices)
        #expect(form.text(.teacher) == "orlova.da")
        guard case .success(let edit) = form.edit() else { Issue.record("the form's edit was not read"); return }
        #expect(edit == TimetableCellEdit(classCode: "5a", groupCode: nil, weekday: 4, number: 1, subjectCode: "math",
                                          teacherLogin: "orlova.da", room: nil, from: Self.monday))
        #expect(TypedDate.parse("07.12.2026") == SchoolDate(year: 2026, month: 12, day: 7))
        #expect(TypedDate.parse("2026-12-07") == SchoolDate(year: 2026, month: 12, day: 7))
        #expect(TypedDate.parse("7 декабря") == nil)
        let escaped = form.handle(.escape, choices: choices)
        #expect(escaped == .cancelled)
    }

    @Test func theDayMarksWhatWaitsForCover() {
        let waiting = DayLessonLine(lessonID: LessonID(1), number: 1, classCode: "5a", groupCode: nil, title: "5А · Математика",
                                    subjectCode: "math", teacherLogin: "v", teacherName: "Введенский Владимир Николаевич",
                                    substituteForName: nil, cancelled: false, cancelReason: nil, scheduledTeacherAbsent: true, isExtra: false)
        var covered = waiting
        covered.lessonID = LessonID(2)
        covered.teacherName = "Орлова Дарья Аркадьевна"
        covered.substituteForName = "Введенский Владимир Николаевич"
        var state = DaySubstitutionsState()
        state.replace(with: DaySubstitutions(date: Self.monday, lessons: [waiting, covered],
                                             absentTeachers: [TeacherChoice(login: "v", fullName: "Введенский Владимир Николаевич")],
                                             lessonNumbers: [1]))
        #expect(state.waiting == 1)
        #expect(DaySubstitutionsState.line(waiting, language: .ru).hasSuffix("· нужна замена"))
        #expect(DaySubstitutionsState.line(covered, language: .ru).contains("Орлова Д. А. (замена, вместо Введенский В. Н.)"))
        #expect(DaySubstitutionsState.style(waiting) == .error && DaySubstitutionsState.style(covered) == .warning)
        #expect(state.absentLine(.ru) == "Отсутствуют: Введенский В. Н.")
        state.list.selected = 1
        state.replace(with: DaySubstitutions(date: Self.monday, lessons: [covered], absentTeachers: [], lessonNumbers: [1]))
        #expect(state.selected?.lessonID == LessonID(2))
    }

    @Test func bellsAreTypedAsTwoTimes() {
        #expect(BellRow.parse("08:30-09:15").map { "\($0.0.text) \($0.1.text)" } == "08:30 09:15")
        #expect(BellRow.parse("8:30 – 9:15").map { "\($0.0.text) \($0.1.text)" } == "08:30 09:15")
        #expect(BellRow.parse("восемь") == nil)
        let rows = BellRow.rows(main: [Bell(lessonNumber: 1, start: TimeOfDay(minutes: 510), end: TimeOfDay(minutes: 555))],
                                short: [Bell(lessonNumber: 2, start: TimeOfDay(minutes: 560), end: TimeOfDay(minutes: 590))])
        #expect(rows.map(\.number) == [1, 2] && rows[1].main == nil && BellRow.text(rows[0].main) == "08:30–09:15")
    }
}
