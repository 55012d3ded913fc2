import ControlReports
import Foundation
import JournalCore
@testable import JournalScreens
@testable import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// The year switch as values: which year is in view, `{` `}` at either end,
/// the day a year opens on, the words in a title, and the grid's closed year.
@Suite struct AcademicYearSwitchTests {
    static let september = SchoolDate(year: 2024, month: 9, day: 2)!
    static let last = AcademicYearInfo(code: "2024/2025", start: september, end: september.adding(days: 266),
                                       isCurrent: false, isClosed: true)
    static let current = AcademicYearInfo(code: "2025/2026", start: september.adding(days: 365),
                                          end: september.adding(days: 631), isCurrent: true, isClosed: false)

    static func context() throws -> AppContext {
        try AppContext(db: JournalSchool.database(clock: JournalSchool.clock(september)), language: .ru)
    }

    @Test func itOpensOnTheCurrentYearAndStepsWithinTheList() {
        var years = AcademicYearSwitch(years: [Self.last, Self.current])
        #expect(years.code == "2025/2026")
        #expect(years.isCurrent)
        let pastTheEnd = years.step(by: 1)
        #expect(!pastTheEnd)
        #expect(years.code == "2025/2026")
        let back = years.step(by: -1)
        #expect(back)
        #expect(years.code == "2024/2025")
        #expect(!years.isCurrent)
        let beforeTheStart = years.step(by: -1)
        #expect(!beforeTheStart)
        #expect(AcademicYearSwitch(years: [Self.last, Self.current], showing: "2024/2025").index == 0)
        #expect(AcademicYearSwitch(years: [Self.last, Self.current], showing: "1999/2000").index == 1)
        #expect(AcademicYearSwitch(years: []).isCurrent)
    }

    @Test func aPastYearOpensOnItsLastDayAndTheCurrentOneOnToday() {
        let today = Self.current.start.adding(days: 30)
        #expect(AcademicYearSwitch(years: [Self.last, Self.current]).day(today: today) == today)
        #expect(AcademicYearSwitch(years: [Self.last, Self.current], showing: "2024/2025").day(today: today) == Self.last.end)
        #expect([Self.last, Self.current].code(containing: Self.last.end) == "2024/2025")
        #expect([Self.last, Self.current].code(containing: Self.last.end.adding(days: 1)) == nil)
    }

    @Test func theTitleSaysReadOnlyOrReopenedOnlyForAnotherYear() throws {
        let context = try Self.context()
        let past = AcademicYearSwitch(years: [Self.last, Self.current], showing: "2024/2025")
        #expect(past.caption(locked: true, context) == "2024/2025 · только чтение")
        #expect(past.caption(locked: false, context) == "2024/2025 · открыт администратором")
        #expect(AcademicYearSwitch(years: [Self.last, Self.current]).caption(locked: true, context) == nil)
        let message = AcademicYearSwitch.closedMessage("2024/2025", context)
        #expect(message.text == "2024/2025 учебный год закрыт: изменить можно, когда администратор его откроет")
        #expect(message.text.count < 80)
    }

    @Test func theGridRefusesEditsOnlyInALockedPeriodOfAnotherYear() {
        var q2 = ClassGridStateTests.q2
        q2.period.locked = true
        var state = ClassGridState(data: ClassGridStateTests.data(q2, lessons: ClassGridStateTests.lessons(from: q2.period.start, count: 3)),
                                   periods: [ClassGridStateTests.q1, q2], periodIndex: 1)
        #expect(state.closedYear == nil)   // the current year: a closed quarter is the store's to refuse
        state.year = AcademicYearSwitch(years: [Self.last, Self.current], showing: "2024/2025")
        #expect(state.closedYear == "2024/2025")
        q2.period.locked = false   // reopened by the administrator
        state.replace(ClassGridStateTests.data(q2, lessons: []))
        #expect(state.closedYear == nil)
    }

    @Test func theGridOpensAPastYearOnItsLastTerm() {
        let periods = [ClassGridStateTests.q1, ClassGridStateTests.q2, ClassGridStateTests.year]   // as markingPeriods orders them
        let index = ClassGridState.periodIndex(for: ClassGridStateTests.year.period.end, in: periods)
        #expect(index.map { periods[$0].period.code } == "q2")
        #expect(ClassGridState.periodIndex(for: ClassGridStateTests.q1.period.start, in: periods).map { periods[$0].period.code } == "q1")
        #expect(ClassGridState.periodIndex(for: Self.september, in: [ClassGridStateTests.year]) == 0)
    }

    @Test func reportsShowTheWindowsOfTheYearInView() {
        var state = ReportsState(kinds: ReportKind.allCases, filters: [.all("вся школа")], windows: [])
        let q1 = ClassGridStateTests.q1.period, q2 = ClassGridStateTests.q2.period, year = ClassGridStateTests.year.period
        let past = AcademicYearSwitch(years: [Self.last, Self.current], showing: "2024/2025")
        state.show(year: past, periods: [year, q1, q2], day: year.end)
        #expect(state.windows.map(\.label) == ["1 четверть", "2 четверть", "Учебный год"])
        #expect(state.window?.periodCode == "q2")
        #expect(state.year.code == "2024/2025")
    }

    @Test func theFamilyOpensAPastYearOnItsLastTerm() {
        let periods = [ClassGridStateTests.year, ClassGridStateTests.q1, ClassGridStateTests.q2]
        #expect(FamilyHome.termIndex(for: ClassGridStateTests.year.period.end, in: periods) == 2)
        #expect(FamilyHome.termIndex(for: ClassGridStateTests.q1.period.end, in: periods) == 1)
    }
}
