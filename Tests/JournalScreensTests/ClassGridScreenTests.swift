import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// The class grid through a TestBackend: what it shows, and what each key does
/// to the database and to the screen.
@Suite struct ClassGridScreenTests {
    @Test func showsNamesDatesTodayAndTheSelection() throws {
        let h = try ScreenHarness.grid()
        #expect(h.lines[1].contains("Журнал 5А · Математика · 2 четверть"))
        #expect(h.lines[2].contains("№ Ученик"))
        #expect(h.lines[2].contains("10.09 11.09│"))
        #expect(h.lines[2].contains("Ср. Итог"))
        #expect(h.lines[3].contains("вт 1  отмен сег 1"))
        #expect(h.contains(" 1 Андреев И. С."))
        #expect(h.contains(" 8 Яковлева М. Д."))
        let today = try #require(h.column(of: "сег 1", inRow: 3))
        #expect(h.style(today, 3) == .today)
        #expect(h.style(today, 2) == .today)
        // the selection: Андреев on today's first lesson, his number marked too
        #expect(h.style(today + 2, 4) == .selected)
        #expect(h.style(2, 4) == .selected)
        #expect(h.style(2, 5) == .frozenColumn)
        #expect(h.lines[18].contains("Тема:"))
        #expect(h.lines[18].contains("не указано (F3 — ввести)"))
        #expect(h.lines[20].contains("ср 11.09.2024 · 1-й урок · Иванова А. П."))
        #expect(h.lines[23].hasPrefix("1Помощь 2Урок"))
        #expect(h.lines[23].contains("5Итог") && h.lines[23].contains("7Поиск") && h.lines[23].contains("10Назад"))
    }

    @Test func studentsOutsideTheirEnrolmentAreDimmed() throws {
        let h = try ScreenHarness.grid()
        // Шилов left three days ago, Яковлева came two days ago
        #expect(h.cell("Шилов", under: "сег 1") == GridTable.notEnrolledMark)
        #expect(h.cellStyle("Шилов", under: "сег 1") == .dim)
        #expect(h.cell("Яковлева", under: "сег 1") == "")
        let shilov = try #require(h.gridRow("Шилов"))
        #expect(h.style(5, shilov) == .dim)   // his name
    }

    @Test func aDigitPutsTheMarkSavesItAndMovesDown() throws {
        let h = try ScreenHarness.grid()
        h.press(.character("5"))
        #expect(try h.marks(lesson: "today-1", student: 1) == [5])
        #expect(h.status.contains("Сохранено."))
        #expect(h.cell("Андреев", under: "сег 1") == "5")
        #expect(h.cellStyle("Андреев", under: "сег 1") == .markExcellent)
        #expect(h.grid?.selectedCell?.student == StudentID(2))
        h.press(.character("2"))
        #expect(h.cellStyle("Борисова", under: "сег 1") == .markFailing)
        #expect(h.lines[5].contains("2,00"))
        h.press(.up, .up, .character("4"))
        #expect(h.cell("Андреев", under: "сег 1") == "5/4")
        #expect(h.lines[4].contains("4,66"))   // with last week's 5
        let mark = try #require(try h.db.snapshot(by: .serverOperator).marks.first { $0.lessonCode == "today-1" && $0.value.value == 4 })
        #expect(mark.enteredBy == "ivanova")
        #expect(mark.enteredAt == SchoolTime(date: JournalSchool.wednesday, time: TimeOfDay(text: "10:00")!))
        #expect(mark.workTypeCode == WorkType.defaultCode)
    }

    @Test(arguments: [("н", AttendanceCode.absent), ("y", .absent), ("n", .absent),
                      ("б", .ill), (",", .ill), ("b", .ill),
                      ("у", .excused), ("e", .excused), ("u", .excused),
                      ("о", .late), ("j", .late), ("o", .late), ("Н", .absent), ("Y", .absent)])
    func attendanceLettersWorkOnBothLayouts(key: String, code: AttendanceCode) throws {
        let h = try ScreenHarness.grid()
        h.type(key)
        #expect(try h.attendance(lesson: "today-1", student: 1) == code)
        #expect(h.cell("Андреев", under: "сег 1") == code.rawValue)
        #expect(h.cellStyle("Андреев", under: "сег 1") == (code == .late ? .late : .absence))
        #expect(h.grid?.selectedCell?.student == StudentID(2))
    }

    @Test(arguments: ["0", "6", "7", "9"])
    func aDigitOutsideOneToFiveIsRefusedInWords(key: String) throws {
        let h = try ScreenHarness.grid()
        let before = try h.markCount()
        h.type(key)
        #expect(h.status.contains("недопустимая отметка «\(key)»: допустимы 1, 2, 3, 4, 5"))
        #expect(h.style(3, 22) == .error)
        #expect(try h.markCount() == before)
        #expect(h.grid?.selectedCell?.student == StudentID(1))
    }

    @Test(arguments: ["ж", "q", "Z", "!"])
    func aLetterThatMeansNothingSaysSo(key: String) throws {
        let h = try ScreenHarness.grid()
        let before = try h.db.snapshot(by: .serverOperator)
        h.type(key)
        #expect(h.status.contains("Клавиша «\(key)» здесь ничего не делает. F1 — список клавиш."))
        #expect(try h.db.snapshot(by: .serverOperator) == before)
    }

    @Test func deleteOnAnEmptyCellChangesNothing() throws {
        let h = try ScreenHarness.grid()
        let before = try h.db.snapshot(by: .serverOperator)
        h.press(.delete)
        #expect(h.status.contains("В клетке нет ни отметки, ни пропуска — удалять нечего."))
        h.press(.backspace)
        #expect(try h.db.snapshot(by: .serverOperator) == before)
    }

    @Test func aMarkForAStudentWhoHasLeftIsRefused() throws {
        let h = try ScreenHarness.grid()
        for _ in 0..<6 { h.press(.down) }
        #expect(h.grid?.selectedCell?.student == StudentID(7))
        #expect(h.lines[20].contains("Шилов М. Ю. в классе по 08.09.2024: позже отметки не ставятся."))
        h.press(.character("5"))
        #expect(h.status.contains("ученик Шилов Максим Юрьевич не числился в классе на 11.09.2024"))
        #expect(try h.marks(lesson: "today-1", student: 7).isEmpty)
        h.press(.down, .home, .character("5"))   // Яковлева on the period's first lesson: before she came
        #expect(h.status.contains("не числился в классе"))
        #expect(try h.markCount() == 1)
    }

    @Test func anotherTeachersLessonIsReadOnly() throws {
        // the Russian grid: Иванова covers today's lesson; the others are Петров's
        let h = try ScreenHarness.grid("today-2")
        #expect(h.lines[1].contains("Русский язык"))
        h.press(.left)
        #expect(h.lines[20].contains("Петров П. И. · чужой урок: только просмотр"))
        h.press(.character("5"))
        #expect(h.status.contains("нет прав: это урок другого учителя"))
        h.press(.function(3))
        #expect(h.status.contains("нет прав: это урок другого учителя"))
        #expect(!h.lines[18].contains("Enter — сохранить"))
        h.press(.right, .character("5"))
        #expect(h.status.contains("Сохранено."))
        #expect(try h.marks(lesson: "today-2", student: 1) == [5])
    }

    @Test func aLockedPeriodRefusesEveryWrite() throws {
        let h = try ScreenHarness.grid(lockPreviousQuarter: true)
        h.press(.character("["))
        #expect(h.lines[1].contains("1 четверть"))
        h.press(.home, .character("5"))
        #expect(h.status.contains("период «1 четверть» закрыт: изменения в нём запрещены"))
        h.type("н")
        #expect(h.status.contains("закрыт"))
        #expect(try h.markCount() == 1)
        h.press(.character("]"))
        #expect(h.lines[1].contains("2 четверть"))
    }

    @Test func aCancelledLessonIsShownAndNotWritable() throws {
        let h = try ScreenHarness.grid()
        let header = try #require(h.column(of: "отмен", inRow: 3))
        #expect(h.style(header, 3) == .dim)
        #expect(h.cell("Андреев", under: "отмен") == GridTable.cancelledMark)
        h.press(.left)   // yesterday's third lesson is the column before today's first
        #expect(h.lines[20].contains("урок отменён, записи не ведутся"))
        h.press(.character("5"))
        #expect(h.status.contains("урок отменён: записи в нём не ведутся"))
        #expect(try h.markCount() == 1)
    }

    @Test func deletingAnOlderMarkAsksFirst() throws {
        let h = try ScreenHarness.grid("week-ago")
        #expect(h.cell("Андреев", under: "04.09", headerRow: 2) == "5")
        h.press(.delete)
        #expect(h.contains("Удалить отметку?"))
        #expect(h.contains("Андреев И. С."))
        #expect(h.contains("08:50"))
        h.press(.escape)
        #expect(h.status.contains("Отметка оставлена."))
        #expect(try h.marks(lesson: "week-ago", student: 1) == [5])
        h.press(.delete, .right, .enter)
        #expect(try h.marks(lesson: "week-ago", student: 1).isEmpty)
        #expect(h.status.contains("Удалена отметка 5"))
        // an absence goes without a question
        h.press(.down, .delete)
        #expect(try h.attendance(lesson: "week-ago", student: 2) == nil)
        #expect(h.status.contains("Убрано «н»"))
    }

    @Test func todaysMarkIsRemovedAtOnceTheLastOneFirst() throws {
        let h = try ScreenHarness.grid()
        h.press(.character("5"), .up, .character("3"), .up, .backspace)
        #expect(try h.marks(lesson: "today-1", student: 1) == [5])
        #expect(!h.contains("Удалить отметку?"))
    }

    @Test func topicAndHomeworkAreEditedInPlace() throws {
        let h = try ScreenHarness.grid()
        h.press(.function(3))
        #expect(h.lines[20].contains("Enter — сохранить · Esc — отменить правку"))
        h.type("Сравнение чисел")
        h.press(.enter)
        #expect(h.status.contains("Тема сохранена"))
        #expect(try h.db.lessonSheet(JournalSchool.lessonID("today-1"), by: try #require(h.context.user)).lesson.topic == "Сравнение чисел")
        #expect(h.lines[18].contains("Тема: Сравнение чисел"))
        h.press(.function(4))
        h.type("№ 5")
        h.press(.escape)
        #expect(h.status.contains("Домашнее задание не изменено."))
        #expect(try h.db.lessonSheet(JournalSchool.lessonID("today-1"), by: try #require(h.context.user)).lesson.homework == nil)
        // letters typed in the field are text, not attendance
        #expect(try h.attendance(lesson: "today-1", student: 1) == nil)
    }

    @Test func findsAStudentByTheFirstLettersOfTheSurname() throws {
        let h = try ScreenHarness.grid()
        h.press(.function(7))
        h.type("гри")
        #expect(h.lines[20].contains("Поиск:"))
        #expect(h.grid?.selectedCell?.student == StudentID(4))
        h.press(.enter)
        h.press(.character("4"))
        #expect(try h.marks(lesson: "today-1", student: 4) == [4])
        h.type("/щ")
        #expect(h.status.contains("Нет ученика, чья фамилия начинается на «щ»."))
        h.press(.escape)
        h.type(".")   // "/" on the Russian layout
        #expect(h.lines[20].contains("Поиск:"))
    }

    @Test func bracketsGoThroughTheClassPeriodsThenTheYear() throws {
        let h = try ScreenHarness.grid()
        h.press(.character("]"))
        #expect(h.lines[1].contains("Учебный год"))
        h.press(.character("ъ"))   // "]" on the Russian layout
        #expect(h.status.contains("Это последний период: учебный год."))
        h.press(.character("х"), .character("["))
        #expect(h.lines[1].contains("1 четверть"))
        h.press(.character("["))
        #expect(h.status.contains("Это первый период года."))
    }

    @Test func homeAndEndGoToTheFirstAndLastLesson() throws {
        let h = try ScreenHarness.grid()
        h.press(.home)
        let first = try #require(h.grid?.selectedCell?.lesson)
        h.press(.end)
        #expect(h.grid?.selectedCell?.lesson == JournalSchool.lessonID("today-3"))
        #expect(first != JournalSchool.lessonID("today-3"))
        #expect(h.lines[20].contains("3-й урок"))
    }

    @Test func anotherUsersChangeShowsOnReloadWithTheCursorKept() throws {
        let h = try ScreenHarness.grid()
        h.press(.down, .down)
        let admin = try #require(try h.db.actingUser(login: "admin"))
        try h.db.addMark(lesson: JournalSchool.lessonID("today-1"), student: StudentID(1), value: try MarkValue(3), by: admin)
        h.app.topScreen?.reload(context: h.context)
        h.app.draw()
        #expect(h.cell("Андреев", under: "сег 1") == "3")
        #expect(h.grid?.selectedCell?.student == StudentID(3))
    }

    @Test func aMarkChangedMeanwhileIsNotOverwritten() throws {
        let h = try ScreenHarness.grid()
        h.press(.character("5"), .up)
        let admin = try #require(try h.db.actingUser(login: "admin"))
        let id = try #require(try h.db.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(2), by: admin)
            .marks[GridCell(lesson: JournalSchool.lessonID("today-1"), student: StudentID(1))]?.first?.id)
        try h.db.updateMark(id, value: try MarkValue(3), expected: try MarkValue(5), by: admin)
        h.press(.delete)   // the screen still shows 5
        #expect(h.status.contains("конфликт: эту отметку только что изменил другой пользователь"))
        #expect(try h.marks(lesson: "today-1", student: 1) == [3])
        #expect(h.cell("Андреев", under: "сег 1") == "3")
    }

    @Test func aSupervisorOpensAnyLessonsGridOnItsColumn() throws {
        let h = try ScreenHarness.journal(login: "deputy")
        let lesson = JournalSchool.lessonID("week-ago")
        let grid = try ClassGridScreen.forLesson(lesson, context: h.context)
        #expect(grid.selectedCell?.lesson == lesson)
        #expect(grid.title(in: h.context) == "Журнал 5А · Математика · 2 четверть")
        h.open(grid)
        h.press(.character("4"))
        #expect(try h.marks(lesson: "week-ago", student: 1) == [5, 4])
        let parent = try ScreenHarness.journal(login: "mama")
        #expect(throws: Refusals.notYourClassJournal) { try ClassGridScreen.forLesson(lesson, context: parent.context) }
    }

    @Test func escapeAndF10GoBack() throws {
        let h = try ScreenHarness.grid()
        h.press(.function(10))
        #expect(h.lines[1].contains("Сегодня"))
        try h.open(ClassGridScreen.forLesson(JournalSchool.lessonID("today-1"), context: h.context))
        h.press(.escape)
        #expect(h.lines[1].contains("Сегодня"))
    }

    @Test func monochromeKeepsTodayAndTheSelectionReadable() throws {
        let h = try ScreenHarness.grid(backend: TestBackend(colorCapability: .monochrome))
        #expect(h.backend.theme == .monochrome)
        #expect(h.lines[3].contains("сег"))
        #expect(Theme.monochrome[.selected].attributes.contains(.reverse))
        #expect(Theme.monochrome[.today].attributes.contains(.underline))
        #expect(h.style(2, 4) == .selected)
    }

    @Test func randomKeysNeverCrashTheGrid() throws {
        let h = try ScreenHarness.grid()
        var random = SystemRandomNumberGenerator()
        let keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .delete, .backspace, .enter, .escape,
                           .tab, .function(3), .function(4), .function(7), .character("["), .character("]")]
            + "012345678 нбуоyjжq,./".map(Key.character)
        for _ in 0..<400 {
            let key = keys.randomElement(using: &random)!
            if key == .escape || key == .function(10) { continue }
            h.press(key)
            if h.grid == nil {   // a pushed screen or a dialog: leave it
                h.press(.escape)
                if h.grid == nil { try h.open(ClassGridScreen.forLesson(JournalSchool.lessonID("today-1"), context: h.context)) }
            }
        }
        #expect(h.app.isRunning)
    }
}
