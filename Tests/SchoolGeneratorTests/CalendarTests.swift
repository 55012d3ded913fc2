import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct CalendarTests {
    let year = AcademicCalendar(firstYear: 2026)

    private func date(_ text: String) -> SchoolDate { SchoolDate(iso: text)! }

    @Test func holidaysBetweenQuarters() {
        #expect(!year.isHoliday(date("2026-10-23")))
        #expect(year.isHoliday(date("2026-10-24")) && year.isHoliday(date("2026-11-01")))
        #expect(!year.isHoliday(date("2026-11-02")))
        #expect(year.isHoliday(date("2026-12-29")) && year.isHoliday(date("2027-01-08")))
        #expect(year.isHoliday(date("2027-03-20")) && year.isHoliday(date("2027-03-28")))
        #expect(!year.isHoliday(date("2027-03-29")))
    }

    /// The days of the issue: 4 November 2026 (Wednesday), 22–23 February 2027
    /// with the working Saturday of 20 February following Monday's timetable,
    /// 8 March, 1, 3 and 10 May 2027.
    @Test func theOfficialCalendarDecidesInsideTheQuarters() {
        for day in ["2026-11-04", "2027-02-22", "2027-02-23", "2027-03-08", "2027-05-03", "2027-05-10"] {
            #expect(year.isHoliday(date(day)), "\(day)")
            #expect(year.timetableWeekday(of: date(day), saturday: true) == nil, "\(day)")
        }
        #expect(year.timetableWeekday(of: date("2026-11-05"), saturday: false) == 4)
        #expect(year.timetableWeekday(of: date("2027-02-20"), saturday: false) == 1, "the working Saturday follows Monday")
        #expect(year.timetableWeekday(of: date("2027-02-20"), saturday: true) == 1)
        #expect(year.timetableWeekday(of: date("2027-02-27"), saturday: false) == nil)
        #expect(year.timetableWeekday(of: date("2027-02-27"), saturday: true) == 6)
        #expect(year.timetableWeekday(of: date("2027-05-01"), saturday: true) == nil, "1 May is a Saturday off")
    }

    /// The school's calendar lines are the official ones of its academic year;
    /// a moved working day in the holidays between quarters is left out.
    @Test func theSchoolCalendarIsTheOfficialOneOfItsYear() {
        let official = OfficialCalendar.days(from: year.yearStart, to: year.yearEnd)
        #expect(year.days == official)
        #expect(year.days.contains { $0.kind == .workday && $0.weekday == 1 && $0.date == date("2027-02-20") })
        let autumn2025 = AcademicCalendar(firstYear: 2025)
        #expect(!autumn2025.days.contains { $0.date == date("2025-11-01") }, "a working Saturday inside the autumn holidays")
        #expect(autumn2025.days.contains { $0.date == date("2025-11-04") && $0.kind == .holiday })
        #expect(!autumn2025.isSchoolDay(date("2025-11-01"), saturday: true))
    }

    /// Where the official file has no year, the Labour Code's own rule: the
    /// public holidays, one on a weekend moved to the next working day.
    @Test func aYearTheOfficialFileLacksFollowsTheLabourCode() {
        let year2024 = AcademicCalendar(firstYear: 2024)
        #expect(year2024.isHoliday(date("2024-11-04")))
        #expect(!year2024.isHoliday(date("2025-02-24")), "in 2025 the decree moved 23 February's day off to 8 May")
        #expect(year2024.isHoliday(date("2025-05-08")))
        let year2029 = AcademicCalendar(firstYear: 2029)
        #expect(year2029.isHoliday(date("2030-02-23")) && year2029.isHoliday(date("2030-02-25")), "Saturday 23 February moves to Monday")
        #expect(year2029.days.first { $0.date == date("2030-02-25") }?.note == "Перенос выходного с 23 февраля")
        #expect(year2029.days.allSatisfy { $0.kind == .holiday && year2029.yearStart <= $0.date && $0.date <= year2029.yearEnd })
    }

    @Test func quartersHalvesAndYear() {
        #expect(year.periods.map(\.code) == ["q1", "q2", "q3", "q4", "h1", "h2", "year"])
        #expect(year.quarters.map(\.name) == ["1 четверть", "2 четверть", "3 четверть", "4 четверть"])
        #expect(year.quarters[0].start == date("2026-09-01") && year.quarters[0].end == date("2026-10-23"))
        #expect(year.quarters[1].start == date("2026-11-02") && year.quarters[1].end == date("2026-12-28"))
        #expect(year.quarters[3].end == date("2027-05-26"))
        for (a, b) in zip(year.quarters, year.quarters.dropFirst()) { #expect(a.end < b.start) }
        #expect(year.title == "2026/2027")
    }

    @Test func theAcademicYearOfADate() {
        #expect(AcademicCalendar(containing: date("2027-03-10")).firstYear == 2026)
        #expect(AcademicCalendar(containing: date("2026-09-01")).firstYear == 2026)
        #expect(AcademicCalendar(containing: date("2027-07-15")).firstYear == 2026)
        #expect(SchoolGenerator.defaultStart(today: date("2026-11-23")) == date("2026-09-01"))
    }

    @Test func schoolWeeksSkipHolidayWeeks() {
        let weeks = year.schoolWeeks(from: date("2026-09-01"))
        #expect(weeks.count >= 34)
        #expect(!weeks.contains(date("2026-10-26")))
        #expect(weeks.contains(date("2026-12-28")), "28 December is the last day of the second quarter")
        #expect(!weeks.contains(date("2027-01-04")))
        #expect(!weeks.contains(date("2027-03-22")))
        #expect(year.range(start: date("2026-09-01"), weeks: 4).last == date("2026-09-27"))
        #expect(year.range(start: date("2026-09-01"), weeks: 100).weeks == weeks.count)
        #expect(year.weeksBegun(from: date("2026-09-01"), through: date("2026-09-14")) == 3)
    }
}
