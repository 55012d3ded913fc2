import Foundation
import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// Several `zhurnal` processes write into one database file at once: every
/// mark must arrive, each with its audit row, and no writer may see an error.
@Suite struct ConcurrentWritersTests {
    @Test func fourProcessesWritingOneFileLoseNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))

        let writers = try (0..<4).map { _ in
            try ZhurnalBinary.start(["writer", "--db", path, "--lesson", "1", "--by", "admin", "--count", "50"], program: .bench)
        }
        let results = writers.map { $0.wait() }
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("saved=50 errors=0"), "\(result.stdout)")
        }
        let counts = try AppDatabase.open(path: path).snapshot(by: .serverOperator)
        #expect(counts.marks.count == 1 + 4 * 50)
        let audited = try db.auditCount(table: "mark")
        #expect(audited == 4 * 50)
    }

    /// A writer killed mid-run: every mark its file says was acknowledged is in
    /// the database with its student and value (the file is written mark by
    /// mark, not at the end).
    @Test func aKilledWritersAcknowledgedMarksAreAllInTheDatabase() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try AppDatabase.open(path: path, create: true).load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let file = dir.path("acknowledged.txt")
        let writer = try ZhurnalBinary.start(["writer", "--db", path, "--lesson", "1", "--by", "admin", "--count", "1000000",
                                              "--latencies", file], program: .bench)
        let deadline = Date().addingTimeInterval(30)
        while Self.lines(file).count < 40, Date() < deadline { usleep(5_000) }
        writer.kill()
        let acknowledged = Self.lines(file).compactMap(Self.AcknowledgedLine.init)
        #expect(acknowledged.count >= 40)
        let stored = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT id, student_id, value FROM mark").map { row in
                Self.AcknowledgedLine(mark: row["id"], student: row["student_id"], value: row["value"])
            }
        }
        #expect(Set(acknowledged).isSubset(of: Set(stored)), "\(Set(acknowledged).subtracting(stored))")
    }

    /// Refused marks are counted as errors and never written as latencies.
    @Test func refusedAttemptsAreNotLatencies() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try AppDatabase.open(path: path, create: true).load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let file = dir.path("acknowledged.txt")
        // petrov does not teach lesson 1: every mark is refused.
        let refused = try ZhurnalBinary.run(["writer", "--db", path, "--lesson", "1", "--by", "petrov", "--count", "5",
                                             "--latencies", file], program: .bench)
        #expect(refused.status == 0, "\(refused.stderr)")
        #expect(refused.stdout.hasPrefix("saved=0 errors=5"), "\(refused.stdout)")
        #expect(Self.lines(file).isEmpty)
        let saved = try ZhurnalBinary.run(["writer", "--db", path, "--lesson", "1", "--by", "ivanova", "--count", "5",
                                           "--latencies", file], program: .bench)
        #expect(saved.stdout.hasPrefix("saved=5 errors=0"), "\(saved.stdout)")
        #expect(Self.lines(file).compactMap(Self.AcknowledgedLine.init).count == 5)
    }

    static func lines(_ path: String) -> [Substring] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n")
    }

    /// `mark=12 student=3 value=4 ms=1.234`, without the time.
    struct AcknowledgedLine: Hashable {
        var mark: Int64
        var student: Int64
        var value: Int

        init(mark: Int64, student: Int64, value: Int) {
            self.mark = mark
            self.student = student
            self.value = value
        }

        init?(_ line: Substring) {
            let fields = Dictionary(line.split(separator: " ").map { pair in
                (String(pair.prefix { $0 != "=" }), String(pair.drop { $0 != "=" }.dropFirst()))
            }, uniquingKeysWith: { $1 })
            guard fields["ms"].flatMap(Double.init) != nil, let mark = fields["mark"].flatMap({ Int64($0) }),
                  let student = fields["student"].flatMap({ Int64($0) }), let value = fields["value"].flatMap({ Int($0) })
            else { return nil }
            self.init(mark: mark, student: student, value: value)
        }
    }

    @Test func databaseFileIsPrivateToItsOwner() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        _ = try AppDatabase.open(path: path, create: true)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func missingDatabaseSaysWhatToDo() throws {
        let result = try ZhurnalBinary.run(["writer", "--db", "/nonexistent/none.sqlite", "--lesson", "1", "--by", "x"], program: .bench)
        #expect(result.status != 0)
        #expect(result.stderr.contains("не найдена"))
        #expect(result.stderr.contains("zhurnal demo"))
    }
}
