import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Someone edits the audit log with sqlite3, behind zhurnal's back:
/// `zhurnal audit verify` must notice and name the row.
@Suite struct AuditVerifyTests {
    @Test func tamperingWithSqlite3IsDetected() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let ivanova = try db.actingUser(login: "ivanova")!
        try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(2), by: ivanova)
        try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(3), by: ivanova)

        let clean = try ZhurnalBinary.run(["audit", "verify", "--db", path])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("проверено записей: 3"))

        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [path, #"UPDATE audit SET new_value = replace(new_value, '"2"', '"5"') WHERE id = 2"#]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)

        let tampered = try ZhurnalBinary.run(["audit", "verify", "--db", path])
        #expect(tampered.status == 2)
        #expect(tampered.stderr.contains("№ 2"))
    }

    @Test func showListsALessonsChanges() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try db.setTopic(lesson: LessonID(1), "Сложение дробей", by: try db.actingUser(login: "ivanova")!)
        let shown = try ZhurnalBinary.run(["audit", "show", "--db", path, "--lesson", "1"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("ivanova"))
        #expect(shown.stdout.contains("Сложение дробей"))
    }
}
