import Foundation
import JournalCore
@testable import JournalScreens
@testable import JournalStore
import TerminalUI
import Testing

/// The class grid's cursor, scrolling and period switching as a value, without
/// a database or a terminal.
@Suite struct ClassGridStateTests {
    static let monday = SchoolDate(year: 2024, month: 9, day: 2)!
    static let q1 = PeriodInfo(id: PeriodID(1), period: Period(code: "q1", name: "1 четверть", kind: .quarter,
                                                               start: monday, end: monday.adding(days: 54)))
    static let q2 = PeriodInfo(id: PeriodID(2), period: Period(code: "q2", name: "2 четверть", kind: .quarter,
                                                               start: monday.adding(days: 63), end: monday.adding(days: 117)))
    static let year = PeriodInfo(id: PeriodID(3), period: Period(code: "y", name: "Учебный год", kind: .year,
                                                                 start: monday, end: monday.adding(days: 266)))

    static func student(_ id: Int64, _ name: String, from: SchoolDate = monday, to: SchoolDate? = nil) -> GridStudent {
        GridStudent(id: StudentID(id), fullName: name, spans: [DaySpan(from: from, to: to)])
    }

    static let students = [student(1, "Андреев Илья"), student(2, "Борисова Ольга"), student(3, "Ёлкина Вера"),
                           student(4, "Елисеев Пётр"), student(5, "Яковлева Мария")]

    /// One lesson a day from `first`, `count` days; ids from `firstID`.
    static func lessons(from first: SchoolDate, count: Int, firstID: Int64 = 1) -> [GridLesson] {
        (0..<count).map { day in
            GridLesson(id: LessonID(firstID + Int64(day)), date: first.adding(days: day), lessonNumber: 1, teacherID: AccountID(1),
                       teacherName: "Иванова Анна Петровна", topic: nil, homework: nil, heldAt: nil, comment: nil, cancelled: false)
        }
    }

    static func data(_ period: PeriodInfo, students: [GridStudent] = students, lessons: [GridLesson]) -> ClassGridData {
        ClassGridData(audience: .wholeClass(ClassID(1)), label: LessonLabel(className: "5А", subjectName: "Математика"),
                      subjectID: SubjectID(1), grading: .marks, period: period, students: students, lessons: lessons, marks: [:], attendance: [:], finalMarks: [:], workTypes: [:])
    }

    static func state(students: [GridStudent] = students, lessons: [GridLesson] = lessons(from: monday, count: 30),
                      today: SchoolDate = monday.adding(days: 10)) -> ClassGridState {
        var state = ClassGridState(data: data(q1, students: students, lessons: lessons), periods: [q1, q2, year], periodIndex: 0)
        state.focus(lesson: nil, today: today)
        return state
    }

    // MARK: Cursor

    @Test func theCursorStartsOnTodayElseTheLastLessonBeforeElseTheFirst() {
        let lessons = Self.lessons(from: Self.monday, count: 5).filter { $0.date != Self.monday.adding(days: 3) }
        #expect(Self.state(lessons: lessons, today: Self.monday.adding(days: 2)).selectedLesson?.date == Self.monday.adding(days: 2))
        #expect(Self.state(lessons: lessons, today: Self.monday.adding(days: 3)).selectedLesson?.date == Self.monday.adding(days: 2))
        #expect(Self.state(lessons: lessons, today: Self.monday.adding(days: 40)).selectedLesson?.date == Self.monday.adding(days: 4))
        #expect(Self.state(lessons: lessons, today: Self.monday.adding(days: -5)).selectedLesson?.date == Self.monday)
        var state = Self.state(lessons: lessons)
        state.focus(lesson: lessons[1].id, today: Self.monday)
        #expect(state.selectedLesson == lessons[1])
        #expect(state.selectedCell == GridCell(lesson: lessons[1].id, student: StudentID(1)))
    }

    @Test func downStopsAtTheLastStudentAndAnEmptyClassHasNoCell() {
        var state = Self.state()
        for _ in 0..<10 { state.moveDown() }
        #expect(state.selectedStudent?.id == StudentID(5))
        var empty = Self.state(students: [])
        empty.moveDown()
        #expect(empty.table.selectedRow == 0)
        #expect(empty.selectedStudent == nil && empty.selectedCell == nil)
        let noLessons = Self.state(lessons: [])
        #expect(noLessons.selectedLesson == nil && noLessons.selectedCell == nil)
        #expect(noLessons.table.selectedColumn == ClassGridState.leadingColumns)
    }

    @Test func freshDataKeepsTheCursorOnTheSameStudentAndLesson() {
        var state = Self.state()
        state.moveDown()
        state.moveDown()   // Ёлкина
        let lesson = state.selectedLesson?.id
        // a student joins above her, a lesson is added at the start
        let newcomer = Self.student(6, "Авдеева Нина")
        state.replace(Self.data(Self.q1, students: [newcomer] + Self.students,
                                lessons: Self.lessons(from: Self.monday.adding(days: -1), count: 1, firstID: 100)
                                    + Self.lessons(from: Self.monday, count: 30)))
        #expect(state.selectedStudent?.fullName == "Ёлкина Вера")
        #expect(state.table.selectedRow == 3)
        #expect(state.selectedLesson?.id == lesson)
        // she has left and the list is shorter: the cursor stays in it
        state.replace(Self.data(Self.q1, students: Array(Self.students.prefix(2)), lessons: Self.lessons(from: Self.monday, count: 3)))
        #expect(state.selectedStudent?.id == StudentID(2))
        #expect(state.selectedLesson?.id == LessonID(3))
    }

    @Test func findingBySurnameFoldsCaseAndYoAndWrapsAround() {
        let state = Self.state()
        #expect(state.student(startingWith: "ел", from: 0) == 2)      // «Ёлкина» first: ё is е
        #expect(state.student(startingWith: "ел", from: 3) == 3)      // then «Елисеев»
        #expect(state.student(startingWith: "Ан", from: 4) == 0)      // wraps to the top
        #expect(state.student(startingWith: "Щ", from: 0) == nil)
        #expect(state.student(startingWith: "  ", from: 0) == nil)
    }

    @Test func enrolmentAndDoubleLessonsAtTheirEdges() {
        let left = Self.student(7, "Шилов Максим", from: Self.monday, to: Self.monday.adding(days: 2))
        let day = Self.lessons(from: Self.monday, count: 4)
        let state = Self.state(students: [left], lessons: day)
        #expect(state.isEnrolled(left, in: day[2]))
        #expect(!state.isEnrolled(left, in: day[3]))
        var double = day
        double[2].date = day[1].date
        let twice = Self.state(lessons: double)
        #expect(twice.sharesItsDay(1) && twice.sharesItsDay(2))
        #expect(!twice.sharesItsDay(0) && !twice.sharesItsDay(3))
    }

    // MARK: Scrolling

    /// Draws the grid at 80 columns, as the screen does, so the table scrolls.
    static func draw(_ state: inout ClassGridState) -> [String] {
        var buffer = Buffer(size: Size(width: 78, height: 16))
        GridTable(state: state, today: monday.adding(days: 10), rounding: .halfUp, language: .ru).table
            .render(in: buffer.area, buffer: &buffer, state: &state.table)
        return buffer.lines()
    }

    static func press(_ key: Key, _ state: inout ClassGridState) {
        _ = state.table.handle(key, for: GridTable(state: state, today: monday, rounding: .halfUp, language: .ru).table)
        _ = draw(&state)
    }

    @Test func endAndHomeScrollTheLessonsAndTheNamesStay() {
        var state = Self.state()
        _ = Self.draw(&state)
        Self.press(.end, &state)
        #expect(state.selectedLesson?.date == Self.monday.adding(days: 29))
        var lines = Self.draw(&state)
        #expect(lines[0].contains(Self.monday.adding(days: 29).russianShort))
        #expect(!lines[0].contains(Self.monday.russianShort + " "))
        #expect(state.table.columnOffset > ClassGridState.leadingColumns)
        #expect(lines[2].contains("Андреев И."))   // the frozen name column
        Self.press(.home, &state)
        lines = Self.draw(&state)
        #expect(state.selectedLesson?.date == Self.monday)
        #expect(state.table.columnOffset == ClassGridState.leadingColumns)
        #expect(lines[0].contains(Self.monday.russianShort))
        // ← at the first lesson and → at the last stay on the lessons, never on a name or the average
        Self.press(.left, &state)
        #expect(state.selectedLesson?.date == Self.monday)
        Self.press(.end, &state)
        Self.press(.right, &state)
        #expect(state.selectedLesson?.date == Self.monday.adding(days: 29))
    }

    // MARK: Periods

    @Test func periodsSwitchWithinTheirEnds() {
        var state = Self.state()
        #expect(state.periodIndex(by: -1) == nil)
        #expect(state.periodIndex(by: 1) == 1)
        Self.press(.end, &state)
        state.moveDown()
        let q2Lessons = Self.lessons(from: Self.q2.period.start, count: 20, firstID: 200)
        let today = Self.q2.period.start.adding(days: 5)
        state.show(Self.data(Self.q2, lessons: q2Lessons), periodIndex: 1, today: today)
        #expect(state.period == Self.q2)
        #expect(state.selectedLesson?.date == today)
        #expect(state.selectedStudent?.id == StudentID(2))
        #expect(state.table.columnOffset == 0)
        #expect(state.periodIndex(by: 1) == 2)
        state.show(Self.data(Self.year, lessons: Self.lessons(from: Self.monday, count: 30) + q2Lessons), periodIndex: 2, today: today)
        #expect(state.periodIndex(by: 1) == nil)
        #expect(state.periodIndex(by: -2) == 0)
        #expect(state.selectedLesson?.date == today)
    }
}
