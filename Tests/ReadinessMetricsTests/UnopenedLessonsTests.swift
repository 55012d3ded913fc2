import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing
@testable import ReadinessMetrics

/// A day whose lessons nobody opened in a screen still counts: the report
/// creates them from the timetable before counting.
@Suite struct UnopenedLessonsTests {
    /// Tuesday 10 September 2024, 10:00 Moscow.
    let clock = FixedClock(Date(timeIntervalSince1970: TimeInterval(TinySchool.time("2024-09-10T10:00").seconds - 3 * 3600)))

    @Test func theReportCountsTimetableLessonsNobodyOpened() throws {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let window = try ReadinessWindow(from: TinySchool.monday.adding(days: 7), to: TinySchool.monday.adding(days: 13),
                                         asOf: TinySchool.time("2024-09-10T10:00"))
        let report = try ReadinessCalculator(database: db).report(profile: try .builtIn(named: "kchr"), window: window, verdictWeeks: 4)
        // Monday 9 September: math (Иванова) and Russian (Петров), both empty
        #expect(report.indicator(.planning)?.ratio == Ratio(0, of: 2))
        #expect(report.indicator(.journal)?.ratio == Ratio(0, of: 2))
    }

    @Test func nothingIsCreatedBeyondToday() throws {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let future = try ReadinessWindow(from: TinySchool.monday.adding(days: 14), to: TinySchool.monday.adding(days: 20),
                                         asOf: TinySchool.time("2024-09-22T23:00"))
        _ = try ReadinessCalculator(database: db).report(profile: try .builtIn(named: "kchr"), window: future, verdictWeeks: 4)
        let lessons = try db.snapshot(by: .serverOperator).lessons.map(\.date)
        #expect(lessons.allSatisfy { $0 <= SchoolDate(iso: "2024-09-10")! })
    }
}
