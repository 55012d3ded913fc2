import Foundation
import GRDB
import JournalCore
import JournalStore
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
            try ZhurnalBinary.start(["bench-writer", "--db", path, "--lesson", "1", "--by", "admin", "--count", "50"])
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

    @Test func databaseFileIsPrivateToItsOwner() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        _ = try AppDatabase.open(path: path, create: true)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func missingDatabaseSaysWhatToDo() throws {
        let result = try ZhurnalBinary.run(["bench-writer", "--db", "/nonexistent/none.sqlite", "--lesson", "1", "--by", "x"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("не найдена"))
        #expect(result.stderr.contains("zhurnal demo"))
    }
}
