import JournalCore
import Testing

/// The new year's periods follow the closing year's, a year later and off the
/// weekends; codes carry the year; the days off come from the official
/// calendar, or from the Labour Code where it does not know the year.
@Suite struct NewYearCalendarTests {
    @Test func aYearCodeIsReadAndItsNextNamed() {
        #expect(AcademicYearCode("2025/2026")?.next.text == "2026/2027")
        #expect(AcademicYearCode("2025-2026")?.text == "2025/2026")
        #expect(AcademicYearCode("2025/2027") == nil)
        #expect(AcademicYearCode("2025") == nil)
    }

    @Test func codesCarryTheNewYearWhateverTheOldOnesHad() {
        let year = AcademicYearCode(firstYear: 2026)
        #expect(NewYearCalendar.code("q1", year: year) == "q1-2026")
        #expect(NewYearCalendar.code("q1-2025", year: year) == "q1-2026")
        #expect(NewYearCalendar.code("year-x", year: year) == "year-x-2026")
    }

    @Test func datesMoveAYearAndOffTheWeekend() {
        let date = { (y: Int, m: Int, d: Int) in SchoolDate(year: y, month: m, day: d)! }
        let closing = [Period(code: "q1", name: "1 четверть", kind: .quarter, start: date(2025, 9, 1), end: date(2025, 10, 24)),
                       Period(code: "q4", name: "4 четверть", kind: .quarter, start: date(2026, 3, 30), end: date(2026, 5, 26))]
        let periods = NewYearCalendar.periods(of: AcademicYearCode(firstYear: 2026), from: closing)
        // 1.09.2026 is a Tuesday; 24.10.2026 a Saturday → Friday 23.10; 30.03.2027 a Tuesday; 26.05.2027 a Wednesday.
        #expect(periods.map(\.start) == [date(2026, 9, 1), date(2027, 3, 30)])
        #expect(periods.map(\.end) == [date(2026, 10, 23), date(2027, 5, 26)])
        #expect(periods.map(\.name) == ["1 четверть", "4 четверть"])
        let sunday = NewYearCalendar.periods(of: AcademicYearCode(firstYear: 2030), from: closing)
        #expect(sunday.first?.start == date(2030, 9, 2), "1.09.2030 is a Sunday")
    }

    /// A closing year whose dates lie later than its name says (a school that
    /// named its year wrongly, or a test school) still gets a next year after
    /// it, every period starting before it ends.
    @Test func aNextYearIsAlwaysLaterAndInOrder() {
        let date = { (y: Int, m: Int, d: Int) in SchoolDate(year: y, month: m, day: d)! }
        let closing = [Period(code: "q1", name: "1 четверть", kind: .quarter, start: date(2026, 6, 26), end: date(2026, 8, 7)),
                       Period(code: "y", name: "Учебный год", kind: .year, start: date(2026, 6, 26), end: date(2026, 10, 23))]
        let periods = NewYearCalendar.periods(of: AcademicYearCode(firstYear: 2025), from: closing)
        #expect(periods.allSatisfy { $0.start <= $0.end })
        #expect(zip(periods, closing).allSatisfy { $0.start > $1.end || $0.start.year == $1.start.year + 1 })
        #expect(periods.map(\.start.year) == [2027, 2027])
    }

    @Test func daysOffComeFromTheOfficialCalendarOrTheLabourCode() {
        let date = { (y: Int, m: Int, d: Int) in SchoolDate(year: y, month: m, day: d)! }
        let term = Period(code: "q3", name: "3 четверть", kind: .quarter, start: date(2028, 1, 10), end: date(2028, 3, 17))
        let days = NewYearCalendar.officialDays(from: date(2027, 9, 1), to: date(2028, 5, 26), terms: [term])
        #expect(days.contains { $0.date == date(2027, 11, 4) && $0.kind == .holiday })
        #expect(days.contains { $0.date == date(2028, 2, 23) && $0.kind == .holiday }, "2028 is past the official file")
        #expect(days.contains { $0.date == date(2028, 3, 8) })
    }
}
