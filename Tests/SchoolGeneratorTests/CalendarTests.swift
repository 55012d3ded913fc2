import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct CalendarTests {
    let year = AcademicCalendar(firstYear: 2024)

    private func date(_ text: String) -> SchoolDate { SchoolDate(iso: text)! }

    @Test func holidaysOfTheYear2024() {
        #expect(!year.isHoliday(date("2024-10-25")))
        #expect(year.isHoliday(date("2024-10-26")) && year.isHoliday(date("2024-11-03")))
        #expect(year.isHoliday(date("2024-11-04")))
        #expect(!year.isHoliday(date("2024-11-05")))
        #expect(year.isHoliday(date("2024-12-29")) && year.isHoliday(date("2025-01-08")))
        #expect(!year.isHoliday(date("2025-01-09")))
        #expect(year.isHoliday(date("2025-02-24")), "23 February fell on a Sunday: the Monday is off")
        #expect(year.isHoliday(date("2025-03-22")) && year.isHoliday(date("2025-03-30")))
        #expect(year.isHoliday(date("2025-05-09")))
    }

    @Test func quartersHalvesAndYear() {
        #expect(year.periods.map(\.code) == ["q1", "q2", "q3", "q4", "h1", "h2", "year"])
        #expect(year.quarters.map(\.name) == ["1 четверть", "2 четверть", "3 четверть", "4 четверть"])
        #expect(year.quarters[0].start == date("2024-09-01") && year.quarters[0].end == date("2024-10-25"))
        #expect(year.quarters[1].start == date("2024-11-04") && year.quarters[1].end == date("2024-12-28"))
        #expect(year.quarters[3].end == date("2025-05-26"))
        for (a, b) in zip(year.quarters, year.quarters.dropFirst()) { #expect(a.end < b.start) }
        #expect(year.title == "2024/2025")
    }

    @Test func theAcademicYearOfADate() {
        #expect(AcademicCalendar(containing: date("2025-03-10")).firstYear == 2024)
        #expect(AcademicCalendar(containing: date("2024-09-01")).firstYear == 2024)
        #expect(AcademicCalendar(containing: date("2025-07-15")).firstYear == 2024)
        #expect(SchoolGenerator.defaultStart(today: date("2026-11-23")) == date("2026-09-01"))
    }

    @Test func schoolWeeksSkipHolidayWeeks() {
        let weeks = year.schoolWeeks(from: date("2024-09-02"))
        #expect(weeks.count >= 34)
        #expect(!weeks.contains(date("2024-12-30")))
        #expect(weeks.contains(date("2025-01-06")), "9 and 10 January are school days")
        #expect(!weeks.contains(date("2025-03-24")))
        #expect(year.range(start: date("2024-09-02"), weeks: 4).last == date("2024-09-29"))
        #expect(year.range(start: date("2024-09-02"), weeks: 100).weeks == weeks.count)
        #expect(year.weeksBegun(from: date("2024-09-02"), through: date("2024-09-16")) == 3)
    }
}
