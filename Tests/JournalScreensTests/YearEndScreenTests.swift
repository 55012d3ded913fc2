import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// «Закрытие года»: the counts at the top, the search, Enter opening the place
/// of a line, and F2 refused to a deputy while lines are open.
@Suite struct YearEndScreenTests {
    static func item(_ kind: YearEndItemKind, _ owner: String, _ subject: String? = nil) -> YearEndItem {
        YearEndItem(kind: kind, ownerName: owner, subjectName: subject, count: 3, place: .calendar(period: PeriodID(1)))
    }

    @Test func theSearchNarrowsByClassSubjectPeriodOrKind() {
        var state = YearEndState()
        let day = SchoolDate(year: 2025, month: 5, day: 23)!
        state.load(YearEndChecklist(academicYear: "2024/2025", asOf: day, lastWeeksFrom: day, lastWeeksTo: day,
                                    items: [Self.item(.yearMarks, "5А", "Математика"), Self.item(.yearMarks, "6Б", "История"),
                                            Self.item(.openPeriod, "4 четверть"), Self.item(.planHours, "5А", "История")],
                                    closing: nil), .ru)
        #expect(state.countsLine(.ru) == "годовая 2 · итоговая 0 · период 1 · уроки 0 · КТП 1")
        state.filter.text = "5а"
        #expect(state.shown(.ru).count == 2)
        state.filter.text = "истор"
        #expect(state.shown(.ru).map(\.ownerName) == ["6Б", "5А"])
        state.filter.text = "ктп"
        #expect(state.shown(.ru).map(\.kind) == [.planHours])
        state.filter.text = "4 чет"
        #expect(state.shown(.ru).map(\.kind) == [.openPeriod])
    }

    @Test func theDeputyOpensTheCalendarFromAPeriodLineAndMayNotForceTheClose() throws {
        let h = try ScreenHarness.ivanova(as: [.deputy, .teacher])
        h.press(.character("м"), .character("г"))
        #expect(h.app.topScreen is YearEndScreen, "\(h.screenText)")
        #expect(h.contains("Закрытие года 2024/2025"))
        #expect(h.contains("период 2"), "\(h.screenText)")
        #expect(h.contains("уроки "))
        for character in "период" { h.press(.character(character)) }
        #expect(h.contains("2 четверть") && !h.contains("Математика"), "\(h.screenText)")
        h.press(.enter)
        #expect(h.app.topScreen is CalendarScreen)
        h.press(.escape)
        #expect(h.app.topScreen is YearEndScreen)
        h.press(.function(2))
        #expect(h.contains("нельзя закрыть"), "\(h.screenText)")
        #expect(try h.db.yearEndChecklist(by: .serverOperator).closing == nil)
    }

    @Test func theAdministratorConfirmsAForcedCloseAndReopens() throws {
        let h = try ScreenHarness.ivanova(as: [.admin, .teacher])
        h.open(YearEndScreen(user: try #require(h.context.user), context: h.context))
        h.press(.function(2))
        #expect(h.contains("Закрыть год принудительно?"), "\(h.screenText)")
        h.press(.character("н"))
        #expect(try h.db.yearEndChecklist(by: .serverOperator).closing == nil)
        h.press(.function(2), .character("д"))
        #expect(h.contains("год закрыт"), "\(h.screenText)")
        #expect(try h.db.yearEndChecklist(by: .serverOperator).closing?.forced == true)
        h.press(.function(3))
        #expect(try h.db.yearEndChecklist(by: .serverOperator).closing == nil)
    }
}
