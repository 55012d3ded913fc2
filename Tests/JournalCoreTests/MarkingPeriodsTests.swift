import Testing
@testable import JournalCore

@Suite struct MarkingPeriodsTests {
    let q1 = Period(code: "q1", name: "1 четверть", kind: .quarter, start: SchoolDate(year: 2024, month: 9, day: 2)!,
                    end: SchoolDate(year: 2024, month: 10, day: 25)!)
    let q2 = Period(code: "q2", name: "2 четверть", kind: .quarter, start: SchoolDate(year: 2024, month: 11, day: 5)!,
                    end: SchoolDate(year: 2024, month: 12, day: 28)!)

    @Test func seniorGradesUseHalvesWhenTheSchoolHasThem() {
        #expect(MarkingPeriods.kind(forGrade: 10, available: [.quarter, .half, .year]) == .half)
        #expect(MarkingPeriods.kind(forGrade: 11, available: [.quarter, .year]) == .quarter)
        #expect(MarkingPeriods.kind(forGrade: 5, available: [.quarter, .half, .year]) == .quarter)
        #expect(MarkingPeriods.kind(forGrade: 5, available: [.trimester, .year]) == .trimester)
        #expect(MarkingPeriods.kind(forGrade: 5, available: [.year]) == nil)
    }

    @Test func aDateFallsInItsPeriodOrTheOneJustEnded() {
        let periods = [q1, q2]
        #expect(MarkingPeriods.index(for: SchoolDate(year: 2024, month: 9, day: 20)!, in: periods) == 0)
        #expect(MarkingPeriods.index(for: SchoolDate(year: 2024, month: 10, day: 30)!, in: periods) == 0)   // holidays
        #expect(MarkingPeriods.index(for: SchoolDate(year: 2024, month: 11, day: 5)!, in: periods) == 1)
        #expect(MarkingPeriods.index(for: SchoolDate(year: 2025, month: 1, day: 3)!, in: periods) == 1)
        #expect(MarkingPeriods.index(for: SchoolDate(year: 2024, month: 8, day: 20)!, in: periods) == 0)
        #expect(MarkingPeriods.index(for: SchoolDate(year: 2024, month: 8, day: 20)!, in: []) == nil)
    }
}
