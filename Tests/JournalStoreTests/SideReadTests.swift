import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// «Замечания» reads its marks, names and hours on a second connection to the
/// file (`SideRead`): the facts are those one connection reads, and a commit
/// between the two connections' reads is never half seen.
@Suite struct SideReadTests {
    let scope = ReportScope(from: ReportSchool.date("2024-09-02"), to: ReportSchool.date("2024-09-13"),
                            asOf: ReportSchool.time("2024-09-30T12:00"))
    let window = Phrase(ru: "окно", en: "window")

    @Test func aFileReadsAsideTheFactsOneConnectionReads() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try ReportSchool.moreRemarks(at: dir.path("school.sqlite"))
        let aside = try file.anomalyFacts(scope, window: window, by: .serverOperator, afterSideBegan: nil)
        let here = try ReportSchool.moreRemarks().anomalyFacts(scope, window: window, by: .serverOperator, afterSideBegan: nil)
        #expect(aside.readAside)
        #expect(!here.readAside)
        #expect(!aside.facts.marks.isEmpty)
        #expect(aside.facts.marks == here.facts.marks)
        #expect(aside.facts.lessons == here.facts.lessons)
        #expect(aside.facts.absencesWithMarks == here.facts.absencesWithMarks)
        #expect(aside.facts.names == here.facts.names)
        #expect(aside.facts.hours.curriculum == here.facts.hours.curriculum)
        #expect(aside.facts.periods.map(\.finalMarks) == here.facts.periods.map(\.finalMarks))
    }

    /// «Накопляемость отметок» reads its marks aside too: on a file, the
    /// same counts as one connection's in memory.
    @Test func marksCountOnAFileCountsWhatOneConnectionCounts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try ReportSchool.moreRemarks(at: dir.path("school.sqlite")).markCountFacts(scope, window: window, by: .serverOperator)
        let here = try ReportSchool.moreRemarks().markCountFacts(scope, window: window, by: .serverOperator)
        #expect(file.units == here.units)
        #expect(file.rolls == here.rolls)
        let counts = { (facts: MarkCountFacts) in
            facts.units.sorted { "\($0)" < "\($1)" }.map { unit in
                facts.marks(of: facts.roll(of: unit).sorted { $0.rawValue < $1.rawValue }, in: unit)
            }
        }
        #expect(counts(file) == counts(here))
        #expect(counts(file).joined().reduce(0, +) > 0)
    }

    /// Another process saves a mark after the second connection began its
    /// read and before this one began: the marks are read again here, in the
    /// state that has the new mark, with the lessons and attendance.
    @Test func aCommitBetweenTheReadsSendsThePartBackHere() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let file = try ReportSchool.moreRemarks(at: path)
        let before = try file.anomalyFacts(scope, window: window, by: .serverOperator, afterSideBegan: nil).facts.marks
        let copied = try #require(before.first)
        let otherProcess = try AppDatabase.open(path: path, clock: ReportSchool.clock)
        var saved = false
        let after = try file.anomalyFacts(scope, window: window, by: .serverOperator) {
            saved = (try? otherProcess.write { db in
                try db.execute(sql: """
                    INSERT INTO mark (lesson_id, student_id, value, work_type_id, entered_at)
                    SELECT lesson_id, student_id, value, work_type_id, entered_at FROM mark WHERE id = ?
                    """, arguments: [copied.id])
            }) != nil
        }
        #expect(saved)
        #expect(!after.readAside)
        #expect(after.facts.marks.count == before.count + 1)
        #expect(after.facts.marks.filter { $0.lessonID == copied.lessonID && $0.studentID == copied.studentID }.count >= 2)
    }

    /// Without a commit in between, the reads agree even when the file was
    /// changed before: the state both see is the latest.
    @Test func aCommitBeforeTheReadsIsSeenAside() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let file = try ReportSchool.moreRemarks(at: path)
        let before = try file.anomalyFacts(scope, window: window, by: .serverOperator).marks
        let copied = try #require(before.first)
        try AppDatabase.open(path: path, clock: ReportSchool.clock).write { db in
            try db.execute(sql: "DELETE FROM mark WHERE id = ?", arguments: [copied.id])
        }
        let after = try file.anomalyFacts(scope, window: window, by: .serverOperator, afterSideBegan: nil)
        #expect(after.readAside)
        #expect(after.facts.marks == before.filter { $0.id != copied.id })
    }
}
