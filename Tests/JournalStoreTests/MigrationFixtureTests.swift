import Foundation
import GRDB
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// A database file written by the journal as it was before the school
/// structure (main at 87feb47), opened by this version: every mark,
/// attendance row, lesson, account, sign-in, final mark and audit row is still
/// there, row for row, and the audit chain is intact.
///
/// The fixture (Fixtures/main-87feb47.sqlite) was made by that build:
/// `zhurnal generate --size small --start 2026-09-01 --weeks 4`; `user add
/// novikova`, `user passwd novikova`, `settings set rounding 0.6`, `user
/// disable alieva.zg`, `user reset aliev.dg`; then in the terminal the demo
/// teacher signed in on 2 December 2026 (the lessons up to that day were
/// created on opening), put an absence, two marks, a topic and a final mark,
/// and a wrong password was tried for the deputy.
@Suite struct MigrationFixtureTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/main-87feb47.sqlite")

    /// The tables whose every row must survive, compared on the columns they
    /// had before.
    static let keptTables = ["mark", "attendance", "lesson", "account", "sign_in", "audit", "final_mark", "period", "class",
                             "subject", "work_type", "guardian", "setting"]

    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.path("old.sqlite")
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    /// Each table's rows on its old columns, in the order of all of them.
    static func rows(_ path: String, columns: [String: [String]]) throws -> [String: [Row]] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try columns.keys.reduce(into: [String: [Row]]()) { result, table in
                let list = columns[table]!.map { "\"\($0)\"" }.joined(separator: ", ")
                result[table] = try Row.fetchAll(db, sql: "SELECT \(list) FROM \(table) ORDER BY \(list)")
            }
        }
    }

    static func columns(_ path: String) throws -> [String: [String]] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try keptTables.reduce(into: [String: [String]]()) { result, table in
                result[table] = try db.columns(in: table).map(\.name)
            }
        }
    }

    /// The rows of an unbroken audit chain; nil when it is broken.
    static func intactRows(_ db: AppDatabase) throws -> Int? {
        guard case .intact(let head) = try db.verifyAuditLog() else { return nil }
        return head.rows
    }

    @Test func everyRowSurvivesAndTheAuditChainHolds() throws {
        defer { directory.remove() }
        let columns = try Self.columns(path)
        let before = try Self.rows(path, columns: columns)
        let oldStudents = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT id, code, full_name, account_id, class_id, enrolled_from, enrolled_to FROM student ORDER BY id")
        }
        #expect(before["mark"]?.count == 1279)
        #expect(before["attendance"]?.count == 318)
        #expect(before["sign_in"]?.count == 742)
        #expect(before["audit"]?.count == 11)

        let db = try AppDatabase.open(path: path)
        #expect(try Self.intactRows(db) == 11)
        let after = try Self.rows(path, columns: columns)
        for table in Self.keptTables where table != "setting" {
            #expect(after[table] == before[table], "table \(table) changed")
        }
        // later migrations may add settings of their own; none of the old ones changes
        let oldKeys = Set(before["setting"]?.map { $0["key"] as String } ?? [])
        #expect(after["setting"]?.filter { oldKeys.contains($0["key"]) } == before["setting"])
        let queue = try DatabaseQueue(path: path)
        let values = { (rows: [Row]) in rows.map { Array($0.databaseValues) } }
        let students = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, code, full_name, account_id FROM student ORDER BY id")
        }
        #expect(values(students) == oldStudents.map { Array($0.databaseValues.prefix(4)) })
        let stays = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT student_id, class_id, from_day, to_day, order_text FROM enrollment ORDER BY student_id")
        }
        let oldStays: [[DatabaseValue]] = oldStudents.map { row in
            let student: DatabaseValue = row["id"], classID: DatabaseValue = row["class_id"]
            let from: DatabaseValue = row["enrolled_from"], to: DatabaseValue = row["enrolled_to"]
            return [student, classID, from, to, .null]
        }
        #expect(values(stays) == oldStays)
    }

    @Test func theMigratedSchoolReadsAndTakesMarksAsBefore() throws {
        defer { directory.remove() }
        let db = try AppDatabase.open(path: path)
        let teacher = try #require(try db.actingUser(login: "teacher"))
        let today = try db.lessons(of: teacher, on: SchoolDate(year: 2026, month: 12, day: 2)!)
        let algebra = try #require(today.first { $0.label.subjectName == "Алгебра" })
        #expect(algebra.label.text == "10А · Алгебра")
        #expect(algebra.hasTopic && algebra.markCount == 2 && algebra.attendanceCount == 1)
        let sheet = try db.lessonSheet(algebra.id, by: teacher)
        #expect(sheet.marks.values.flatMap { $0 }.map(\.value).sorted() == [4, 5])
        let student = try #require(sheet.students.first { sheet.marks[$0.id] == nil && sheet.attendance[$0.id] == nil })
        try db.addMark(lesson: algebra.id, student: student.id, value: try MarkValue(3), by: teacher)
        #expect(try db.lessonSheet(algebra.id, by: teacher).marks[student.id] == [try MarkValue(3)])
        #expect(try Self.intactRows(db) == 12)
    }
}
