import JournalCore
import Testing
@testable import ReadinessMetrics

@Suite struct VerdictTests {
    /// One lesson every Monday from 2 to 30 September; the first has no topic.
    private func fiveMondays() -> Fixture {
        var f = Fixture()
        for (index, day) in ["2024-09-02", "2024-09-09", "2024-09-16", "2024-09-23", "2024-09-30"].enumerated() {
            f.lesson(String(index + 1), date: day, topic: index == 0 ? nil : "Тема \(index)")
        }
        return f
    }

    private let planningOnly = ReadinessProfile(id: "plan", name: "Только планирование",
                                                thresholds: [.planning: Threshold(percent: 95)],
                                                journalEntryKinds: .all, onTimeEntryKinds: .all, deadline: .nextDayNoon)

    private func verdict(_ f: Fixture, to: String, asOf: String, weeks: Int) throws -> ReadinessVerdict {
        try ReadinessCalculator(database: f.database()).report(
            profile: planningOnly, window: ReadinessWindow(from: Fixture.monday, to: Fixture.date(to), asOf: Fixture.time(asOf)),
            verdictWeeks: weeks).verdict
    }

    @Test func readyWhenEveryIndicatorMetInEachOfTheLastCompleteWeeks() throws {
        let v = try verdict(fiveMondays(), to: "2024-10-06", asOf: "2024-10-07T00:00", weeks: 4)
        #expect(v.ready)
        #expect(v.weeks == ["2024-W37", "2024-W38", "2024-W39", "2024-W40"])
        #expect(v.blocking.isEmpty)
    }

    @Test func notReadyNamesTheIndicatorsAndWeeksThatHeldItBack() throws {
        let v = try verdict(fiveMondays(), to: "2024-10-06", asOf: "2024-10-07T00:00", weeks: 5)
        #expect(!v.ready)
        #expect(v.blocking == [.planning])
        #expect(v.heldBack == [HeldBackIndicator(key: .planning, weeks: ["2024-W36"])])
    }

    @Test func theCurrentWeekIsNotCompleteAndTooFewWeeksAreNotReady() throws {
        // as of Monday 30 September 12:00 week 40 has just begun
        let v = try verdict(fiveMondays(), to: "2024-10-06", asOf: "2024-09-30T12:00", weeks: 4)
        #expect(v.weeks == ["2024-W36", "2024-W37", "2024-W38", "2024-W39"])
        #expect(v.blocking == [.planning])
        let short = try verdict(fiveMondays(), to: "2024-09-15", asOf: "2024-10-07T00:00", weeks: 4)
        #expect(!short.ready)
        #expect(short.missingWeeks == 2)
    }

    @Test func aWeekWithoutLessonsHasNoDataAndBlocks() throws {
        var f = fiveMondays()
        f.snapshot.lessons.removeAll { $0.code == "3" }             // no lesson in week 38 (a holiday)
        let v = try verdict(f, to: "2024-10-06", asOf: "2024-10-07T00:00", weeks: 4)
        #expect(!v.ready)
        #expect(v.heldBack == [HeldBackIndicator(key: .planning, weeks: ["2024-W38"])])
    }

    @Test func indicatorsOutsideTheProfileDoNotBlock() throws {
        let report = try ReadinessCalculator(database: fiveMondays().database()).report(
            profile: planningOnly, window: ReadinessWindow(from: Fixture.monday, to: Fixture.date("2024-10-06"),
                                                           asOf: Fixture.time("2024-10-07T00:00")),
            verdictWeeks: 4, indicators: [.planning, .journal])
        #expect(report.indicator(.journal)?.ratio == Ratio(0, of: 5))
        #expect(report.indicator(.journal)?.threshold == nil)
        #expect(report.verdict.ready)
    }
}
