import JournalCore
import JournalScreens
import ReadinessMetrics
import TestFixtures
import Testing

@Suite struct DashboardWindowTests {
    let periods = [
        Period(code: "q1", name: "1 четверть", kind: .quarter, start: SchoolDate(year: 2024, month: 9, day: 2)!,
               end: SchoolDate(year: 2024, month: 10, day: 25)!),
        Period(code: "q2", name: "2 четверть", kind: .quarter, start: SchoolDate(year: 2024, month: 11, day: 5)!,
               end: SchoolDate(year: 2024, month: 12, day: 28)!),
    ]
    /// Wednesday 13 November 2024, 11:30.
    let asOf = TinySchool.time("2024-11-13T11:30")

    func dates(_ window: DashboardWindow) throws -> String {
        let resolved = try window.resolve(periods: periods, asOf: asOf)
        return resolved.from.iso + " " + resolved.to.iso
    }

    @Test func eachWindowResolvesAsTheReportOptionsDo() throws {
        #expect(try dates(.thisWeek) == "2024-11-11 2024-11-13")
        #expect(try dates(.lastWeek) == "2024-11-04 2024-11-10")
        #expect(try dates(.currentPeriod) == "2024-11-05 2024-11-13")
        #expect(try dates(.academicYear) == "2024-09-02 2024-12-28")
        let from = SchoolDate(year: 2024, month: 10, day: 1)!, to = SchoolDate(year: 2024, month: 10, day: 31)!
        #expect(try dates(.custom(from: from, to: to)) == "2024-10-01 2024-10-31")
        #expect(DashboardWindow.thisWeek.reportOptions(asOf: asOf) == ["--from", "2024-11-11", "--to", "2024-11-13"])
        #expect(DashboardWindow.lastWeek.reportOptions(asOf: asOf) == ["--from", "2024-11-04", "--to", "2024-11-10"])
        #expect(DashboardWindow.currentPeriod.reportOptions(asOf: asOf) == [])
        #expect(DashboardWindow.academicYear.reportOptions(asOf: asOf) == ["--period", "year"])
    }

    @Test func lastWeekIsComplete() throws {
        let window = try DashboardWindow.lastWeek.resolve(periods: periods, asOf: asOf)
        #expect(window.weeks.count == 1)
        #expect(window.weeks[0].isComplete)
    }

    @Test func datesAsPeopleTypeThem() {
        let day = SchoolDate(year: 2024, month: 9, day: 2)!
        #expect(DateInput.parse("02.09.2024") == day)
        #expect(DateInput.parse(" 2.9.2024 ") == day)
        #expect(DateInput.parse("02.09.24") == day)
        #expect(DateInput.parse("2024-09-02") == day)
        #expect(DateInput.parse("31.02.2024") == nil)
        #expect(DateInput.parse("02.09") == nil)
        #expect(DateInput.parse("02.09.024") == nil)
        #expect(DateInput.parse("02.09.2024.") == nil)
        #expect(DateInput.parse("") == nil)
        #expect(DateInput.parse("٠٢.٠٩.٢٠٢٤") == nil)
    }
}
