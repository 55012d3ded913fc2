import Foundation
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore
@testable import ReadinessMetrics

/// A day whose lessons nobody opened in a screen still counts: the report
/// counts the lessons the timetable owes without making them, so that it
/// never writes, and a user who may only read the file gets the same figures.
@Suite struct UnopenedLessonsTests {
    /// Tuesday 10 September 2024, 10:00 Moscow.
    let clock = FixedClock(Date(timeIntervalSince1970: TimeInterval(TinySchool.time("2024-09-10T10:00").seconds - 3 * 3600)))

    @Test func theReportCountsTimetableLessonsNobodyOpened() throws {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let report = try ReadinessCalculator(database: db).report(profile: try .builtIn(named: "kchr"), window: secondWeek,
                                                                 verdictWeeks: 4)
        // Monday 9 September: math (Иванова) and Russian (Петров), both empty
        #expect(report.indicator(.planning)?.ratio == Ratio(0, of: 2))
        #expect(report.indicator(.journal)?.ratio == Ratio(0, of: 2))
    }

    @Test func theReportMakesNoLessonNotEvenUpToToday() throws {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let before = try db.snapshot(by: .serverOperator)
        let calculator = ReadinessCalculator(database: db)
        let kchr = try ReadinessProfile.builtIn(named: "kchr")
        _ = try calculator.report(profile: kchr, window: secondWeek, verdictWeeks: 4)
        let future = try ReadinessWindow(from: TinySchool.monday.adding(days: 14), to: TinySchool.monday.adding(days: 20),
                                         asOf: TinySchool.time("2024-09-22T23:00"))
        // as of a later moment, the later Monday's lessons count too; still nothing is made
        #expect(try calculator.report(profile: kchr, window: future, verdictWeeks: 4).indicator(.planning)?.ratio == Ratio(0, of: 2))
        _ = try calculator.breakdowns(of: IndicatorKey.allCases, profile: kchr, window: secondWeek, by: .teacher)
        _ = try calculator.shortfall(of: .journal, profile: kchr, window: secondWeek)
        #expect(try db.snapshot(by: .serverOperator) == before)
    }

    /// The same school in a file copied with permissions 0400 and opened
    /// read-only: any write the report tried would fail with «attempt to write
    /// a readonly database».
    @Test func aReaderOfAReadOnlyFileGetsTheSameFigures() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let writable = try AppDatabase.open(path: path, create: true, clock: clock)
        try writable.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let copy = dir.path("read-only.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: copy)
        let readOnly = try Self.openReadOnly(copy, clock: clock)
        let kchr = try ReadinessProfile.builtIn(named: "kchr")
        for db in [writable, readOnly] {
            let report = try ReadinessCalculator(database: db).report(profile: kchr, window: secondWeek, verdictWeeks: 4)
            #expect(report.indicator(.planning)?.ratio == Ratio(0, of: 2))
            let byTeacher = try ReadinessCalculator(database: db).breakdown(of: .journal, profile: kchr, window: secondWeek, by: .teacher)
            #expect(byTeacher.map(\.ratio) == [Ratio(0, of: 1), Ratio(0, of: 1)])
            #expect(try ReadinessCalculator(database: db).shortfall(of: .planning, profile: kchr, window: secondWeek).count == 2)
        }
        #expect(readOnly.isReadOnly)
        #expect(throws: JournalError.storageFailure(.readOnly, nothingSaved: true)) {
            try readOnly.setHeld(lesson: LessonID(1), true, by: .admin)
        }
    }

    /// The week of Monday 9 September, as of Tuesday 10:00.
    private var secondWeek: ReadinessWindow {
        try! ReadinessWindow(from: TinySchool.monday.adding(days: 7), to: TinySchool.monday.adding(days: 13),
                             asOf: TinySchool.time("2024-09-10T10:00"))
    }

    /// Opens a file for reading only, as the store does for an account that
    /// may not write it (the tests run as root, who could): SQLite refuses
    /// every write on it.
    static func openReadOnly(_ path: String, clock: any SchoolClock) throws -> AppDatabase {
        try AppDatabase.open(path: path, create: false, clock: clock, readOnly: true)
    }
}
