import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// Last year on screen (`TwoYearSchool`: 2024/2025 closed, its 5А now 6А):
/// the teacher reaches last year's classes and their grid, read-only; the
/// reports offer that year's periods; the family reads last year's diary.
@Suite struct PastYearScreenTests {
    func signedIn(_ login: String) throws -> ScreenHarness {
        let h = try ScreenHarness(db: TwoYearSchool.database())
        try h.signInDirectly(login)
        return h
    }

    func user(_ h: ScreenHarness, _ login: String) throws -> ActingUser {
        try #require(try h.db.actingUser(login: login))
    }

    @Test func theTeacherReachesLastYearsClassAndItsGridIsReadOnly() throws {
        let h = try signedIn("ivanova")
        h.open(try MyClassesScreen(user: try user(h, "ivanova"), context: h.context))
        #expect(!h.lines[1].contains("2024/2025"))
        h.press(.character("{"))
        #expect(h.lines[1].contains("Мои классы · 2024/2025 · только чтение"), "\(h.lines[1])")
        let row = try #require(h.lines.first { $0.contains("5А") && $0.contains("Математика") })
        #expect(!row.contains("замены"))
        h.press(.enter)
        let grid = try #require(h.grid)
        #expect(h.lines[1].contains("5А · Математика"))
        #expect(h.lines[1].contains("2024/2025 · только чтение"), "\(h.lines[1])")
        #expect(grid.state.period.period.code == "q2")
        #expect(grid.studentCount == 8)
        #expect(h.contains("Андреев"))
        let andreev = try #require(h.lines.first { $0.contains("Андреев") })
        #expect(andreev.contains("5,00"), "\(andreev)")   // the 5 of a week before 11.09.2024, as it was
        let before = try h.marks(lesson: "today-1", student: 2)
        grid.state.select(student: StudentID(2), lesson: JournalSchool.lessonID("today-1"))
        h.press(.character("4"))
        #expect(h.status.contains("2024/2025 учебный год закрыт: изменить можно, когда администратор его откроет"), "\(h.status)")
        #expect(try h.marks(lesson: "today-1", student: 2) == before)
        h.press(.character("н"))
        #expect(h.status.contains("учебный год закрыт"))
        #expect(try h.attendance(lesson: "today-1", student: 2) == nil)
        h.press(.function(3))
        #expect(grid.state.mode == .browsing)
        h.press(.enter)   // the cell's marks are there to read, not to change
        #expect(h.lines[1].contains("Клетка журнала"), "\(h.lines[1])")
        h.press(.character("3"))
        #expect(h.status.contains("2024/2025 учебный год закрыт"), "\(h.status)")
        #expect(try h.marks(lesson: "today-1", student: 2) == before)
        h.press(.escape, .function(2))   // the lesson editor: «проведён» refused the same way
        #expect(h.lines[1].contains("Урок"), "\(h.lines[1])")
        h.press(.function(5))
        #expect(h.status.contains("2024/2025 учебный год закрыт"), "\(h.status)")
    }

    @Test func theGridSwitchesBetweenYearsKeepingTheClassAndSubject() throws {
        let h = try signedIn("ivanova")
        try h.open(ClassGridScreen(.wholeClass(ClassID(1)), subjectID: SubjectID(1), on: TwoYearSchool.today, focus: nil, context: h.context))
        let grid = try #require(h.grid)
        #expect(grid.state.year.code == TwoYearSchool.thisYear)
        #expect(grid.studentCount == 0)   // the students moved on to 6А
        #expect(!h.lines[1].contains("только чтение"))
        h.press(.character("("))   // { on the Russian layout
        #expect(grid.state.year.code == TwoYearSchool.lastYear)
        #expect(grid.studentCount == 8)
        #expect(grid.state.periods.allSatisfy { $0.academicYear == TwoYearSchool.lastYear })
        h.press(.character("["))
        #expect(grid.state.period.period.code == "q1")
        h.press(.character("{"))
        #expect(h.status.contains("Более ранних учебных годов в журнале нет"))
        h.press(.character("}"))
        #expect(grid.state.year.code == TwoYearSchool.thisYear)
        #expect(grid.state.period.period.code == "q1-2025")
    }

    @Test func aYearTheAdministratorReopenedTakesMarksAgain() throws {
        let h = try signedIn("ivanova")
        try TwoYearSchool.reopenLastYear(h.db)
        h.open(try MyClassesScreen(user: try user(h, "ivanova"), context: h.context))
        h.press(.character("{"))
        #expect(h.lines[1].contains("Мои классы · 2024/2025 · открыт администратором"), "\(h.lines[1])")
        h.press(.enter)
        let grid = try #require(h.grid)
        #expect(h.lines[1].contains("2024/2025 · открыт администратором"), "\(h.lines[1])")
        #expect(grid.state.closedYear == nil)
        grid.state.select(student: StudentID(2), lesson: JournalSchool.lessonID("today-1"))
        h.press(.character("4"))
        #expect(!h.status.contains("закрыт"), "\(h.status)")
        #expect(try h.marks(lesson: "today-1", student: 2) == [4], "\(h.status)")
    }

    @Test func finalMarksOfAClosedYearAreRefusedBeforeTheStore() throws {
        let h = try signedIn("ivanova")
        h.open(try MyClassesScreen(user: try user(h, "ivanova"), context: h.context))
        h.press(.character("{"), .enter, .function(5))
        #expect(h.lines[1].contains("Итог") || h.contains("Итог"))
        h.press(.character("5"))
        #expect(h.status.contains("2024/2025 учебный год закрыт"), "\(h.status)")
    }

    @Test func theReportsOfferLastYearsPeriods() throws {
        let h = try signedIn("deputy")
        let screen = try ReportsScreen(user: try user(h, "deputy"), context: h.context, reportFolder: FileManager.default.temporaryDirectory)
        h.open(screen)
        #expect(screen.state.windows.map(\.periodCode) == ["q1-2025", "q2-2025", "year-2025"])
        h.press(.character("{"))
        #expect(h.lines[1].contains("Отчёты · 2024/2025 учебный год"), "\(h.lines[1])")
        #expect(screen.state.windows.map(\.periodCode) == ["q1", "q2", "year"])
        // the window holding the year's last day: here the short test year itself
        #expect(screen.state.window?.to == JournalSchool.wednesday.adding(days: 60))
        #expect(screen.state.report != nil, "\(screen.state.problem ?? "")")
        h.press(.function(4))
        #expect(h.contains("1 четверть") && h.contains("2 четверть") && h.contains("Учебный год"))
    }

    @Test func theFamilyReadsLastYearsDiaryWithLastYearsClass() throws {
        let h = try signedIn("mama")
        #expect(h.lines[1].contains("Андреев Илья Сергеевич, 6А"), "\(h.lines[1])")
        h.press(.character("{"))
        #expect(h.lines[1].contains("Андреев Илья Сергеевич, 5А · 2024/2025"), "\(h.lines[1])")
        #expect(h.contains("Учебный год 2024/2025: ← → — другие недели"))   // not today's «на завтра»
        #expect(!h.contains("На завтра"))
        h.press(.function(4))
        #expect(h.lines[1].contains("2 четверть"), "\(h.lines[1])")
        let math = try #require(h.lines.first { $0.contains("Математика") })
        #expect(math.contains("5"))
        h.press(.character("}"))
        #expect(h.lines[1].contains("6А") && !h.lines[1].contains("2024/2025"), "\(h.lines[1])")
    }
}
