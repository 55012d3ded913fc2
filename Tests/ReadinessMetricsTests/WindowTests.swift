import Foundation
import JournalCore
import Testing
@testable import ReadinessMetrics

@Suite struct WindowTests {
    private func window(_ from: String, _ to: String, _ asOf: String) throws -> ReadinessWindow {
        try ReadinessWindow(from: Fixture.date(from), to: Fixture.date(to), asOf: Fixture.time(asOf))
    }

    @Test func weeksAreClippedToTheWindow() throws {
        // Wednesday 4 September to Tuesday 17 September, as of much later
        let weeks = try window("2024-09-04", "2024-09-17", "2024-10-01T00:00").weeks
        #expect(weeks.map(\.label) == ["2024-W36", "2024-W37", "2024-W38"])
        #expect(weeks.map(\.from.iso) == ["2024-09-04", "2024-09-09", "2024-09-16"])
        #expect(weeks.map(\.to.iso) == ["2024-09-08", "2024-09-15", "2024-09-17"])
        #expect(weeks.map(\.isComplete) == [false, true, false])
        #expect(weeks[2].endTime == Fixture.time("2024-09-17T23:59:59"))
    }

    @Test func weeksBegunByAsOfAreListedAndOnlyTheirSignInTimeStopsAtAsOf() throws {
        // as of Wednesday 11 September 10:00: week 37 is listed whole (its days in the
        // window), its sign-ins only up to that moment; week 38 has not begun
        let weeks = try window("2024-09-02", "2024-09-22", "2024-09-11T10:00").weeks
        #expect(weeks.map(\.label) == ["2024-W36", "2024-W37"])
        #expect(weeks[1].from.iso == "2024-09-09")
        #expect(weeks[1].to.iso == "2024-09-15")
        #expect(weeks[1].endTime == Fixture.time("2024-09-11T10:00"))
        #expect(weeks.map(\.isComplete) == [true, false])
        // a week is complete only once its Sunday is over
        #expect(try window("2024-09-02", "2024-09-08", "2024-09-08T23:59:59").weeks[0].isComplete == false)
        #expect(try window("2024-09-02", "2024-09-08", "2024-09-09T00:00").weeks[0].isComplete == true)
    }

    @Test func fromAfterToIsRefused() {
        #expect(throws: ReadinessError.windowReversed(from: Fixture.date("2024-09-10"), to: Fixture.date("2024-09-02"))) {
            try ReadinessWindow(from: Fixture.date("2024-09-10"), to: Fixture.date("2024-09-02"), asOf: Fixture.time("2024-09-30T00:00"))
        }
        #expect(ReadinessError.windowReversed(from: Fixture.date("2024-09-10"), to: Fixture.date("2024-09-02")).text(in: .ru)
                == "начало периода (10.09.2024) позже его конца (02.09.2024)")
    }

    @Test func asOfIsReadAsSchoolTimeWithOrWithoutAnOffset() throws {
        let zone = Fixture.timeZone
        #expect(try ReportMoment.asOf("2024-09-09T12:00", timeZone: zone) == Fixture.time("2024-09-09T12:00:00"))
        #expect(try ReportMoment.asOf("2024-09-09T09:00:00Z", timeZone: zone) == Fixture.time("2024-09-09T12:00:00"))
        #expect(try ReportMoment.asOf("2024-09-09T14:00:00+05:00", timeZone: zone) == Fixture.time("2024-09-09T12:00:00"))
        // a date means the end of that day
        #expect(try ReportMoment.asOf("2024-09-09", timeZone: zone) == Fixture.time("2024-09-09T23:59:59"))
        for bad in ["2024-09-31", "2024-09-09T25:00", "9.9.2024", "2024-09-09T12:00+3", "yesterday"] {
            #expect(throws: ReadinessError.invalidAsOf(bad)) { try ReportMoment.asOf(bad, timeZone: zone) }
        }
        #expect(throws: ReadinessError.invalidDate("2024-02-30")) { try ReportMoment.date("2024-02-30") }
    }

    @Test func windowChoiceResolvesPeriodsAndTheCurrentPeriod() throws {
        let q1 = Period(code: "q1", name: "1 четверть", kind: .quarter, start: Fixture.date("2024-09-02"), end: Fixture.date("2024-10-25"))
        let q2 = Period(code: "q2", name: "2 четверть", kind: .quarter, start: Fixture.date("2024-11-05"), end: Fixture.date("2024-12-28"))
        let year = Period(code: "y", name: "год", kind: .year, start: Fixture.date("2024-09-02"), end: Fixture.date("2025-05-26"))
        let periods = [year, q1, q2]
        let asOf = Fixture.time("2024-10-01T15:00")
        // nothing given: the current (shortest) period up to asOf's day
        let current = try WindowChoice().resolve(periods: periods, asOf: asOf)
        #expect((current.from.iso, current.to.iso) == ("2024-09-02", "2024-10-01"))
        // in the holidays the year still contains the day
        let inYear = try WindowChoice().resolve(periods: periods, asOf: Fixture.time("2024-10-30T10:00"))
        #expect((inYear.from.iso, inYear.to.iso) == ("2024-09-02", "2024-10-30"))
        // without a year period: the last period that ended, whole
        let holidays = try WindowChoice().resolve(periods: [q1, q2], asOf: Fixture.time("2024-10-30T10:00"))
        #expect((holidays.from.iso, holidays.to.iso) == ("2024-09-02", "2024-10-25"))
        let second = try WindowChoice(periodCode: "q2").resolve(periods: periods, asOf: asOf)
        #expect((second.from.iso, second.to.iso) == ("2024-11-05", "2024-12-28"))
        // "year" without a period of that code spans all periods
        let wholeYear = try WindowChoice(periodCode: "year").resolve(periods: [q1, q2], asOf: asOf)
        #expect((wholeYear.from.iso, wholeYear.to.iso) == ("2024-09-02", "2024-12-28"))
        #expect(throws: ReadinessError.unknownPeriod("q9", known: ["y", "q1", "q2", "year"])) {
            try WindowChoice(periodCode: "q9").resolve(periods: periods, asOf: asOf)
        }
        #expect(throws: ReadinessError.conflictingOptions(Phrase(ru: "укажите либо --period, либо --from/--to, но не вместе",
                                                                 en: "give either --period or --from/--to, not both"))) {
            try WindowChoice(from: Fixture.date("2024-09-02"), periodCode: "q1").resolve(periods: periods, asOf: asOf)
        }
        #expect(throws: ReadinessError.noPeriod) { try WindowChoice().resolve(periods: [], asOf: asOf) }
    }

    /// A school whose year period has the code `year` (every generated one)
    /// hears of it once among the codes it may give.
    @Test func yearIsListedOnceAmongTheKnownPeriods() {
        let year = Period(code: "year", name: "Учебный год", kind: .year, start: Fixture.date("2024-09-02"), end: Fixture.date("2025-05-26"))
        let q1 = Period(code: "q1", name: "1 четверть", kind: .quarter, start: Fixture.date("2024-09-02"), end: Fixture.date("2024-10-25"))
        #expect(throws: ReadinessError.unknownPeriod("q9", known: ["year", "q1"])) {
            try WindowChoice(periodCode: "q9").resolve(periods: [year, q1], asOf: Fixture.time("2024-10-01T10:00"))
        }
    }

    @Test func lastWeeksEndAtAsOf() {
        let window = ReadinessWindow.lastWeeks(8, asOf: Fixture.time("2024-10-30T10:00"))
        #expect(window.from.iso == "2024-09-09")
        #expect(window.weeks.count == 8)
        #expect(window.weeks.last?.label == "2024-W44")
    }
}
