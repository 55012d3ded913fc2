import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Someone edits the audit log with sqlite3, behind zhurnal's back:
/// `zhurnal audit verify` must notice and name the row.
@Suite struct AuditVerifyTests {
    @Test(.requires(Tools.sqlite3)) func tamperingWithSqlite3IsDetected() throws {
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

    /// Rows removed from the end leave a sound chain; the head printed before
    /// (and carried by the F6 report files) catches it.
    @Test(.requires(Tools.sqlite3)) func aRecordedHeadCatchesRemovedLastRows() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        for value in [2, 3, 4] {
            try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(value), by: ivanova)
        }
        let clean = try ZhurnalBinary.run(["audit", "verify", "--db", path])
        #expect(clean.status == 0)
        let head = try db.auditHead()
        #expect(clean.stdout.contains("Голова цепочки: \(head)"), "\(clean.stdout)")
        #expect(head.rows == 4)

        try SQLiteShell.run(path, "DELETE FROM audit WHERE id > 2")
        let unaware = try ZhurnalBinary.run(["audit", "verify", "--db", path])
        #expect(unaware.status == 0)   // what is left is a sound chain
        let caught = try ZhurnalBinary.run(["audit", "verify", "--db", path, "--expect", head.description])
        #expect(caught.status == 2)
        #expect(caught.stderr.contains("журнал аудита укорочен: в нём 2 записей, а записанная голова — № 4"), "\(caught.stderr)")

        let garbled = try ZhurnalBinary.run(["audit", "verify", "--db", path, "--expect", "4:abc"])
        #expect(garbled.status == 1)
        #expect(garbled.stderr.contains("неверная голова цепочки «4:abc»"))
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

    /// Every change of an account, from the command line and from a session,
    /// is in the audit log; `audit show --account` lists them; removing one of
    /// them with sqlite3 breaks the chain there.
    @Test(.requires(Tools.sqlite3)) func everyAccountChangeIsAuditedAndShown() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        func zhurnal(_ arguments: String...) throws -> ZhurnalBinary.Result {
            let result = try ZhurnalBinary.run(arguments + ["--db", path])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result
        }
        let added = try zhurnal("user", "add", "novikova", "--name", "Новикова Нина Олеговна", "--roles", "teacher")
        let code = try #require(added.stdout.split(separator: "\n").first { $0.hasPrefix("Одноразовый код: ") }).dropFirst(17)
        _ = try zhurnal("user", "disable", "novikova")
        _ = try zhurnal("user", "enable", "novikova")
        _ = try zhurnal("user", "reset", "novikova")
        for _ in 1...5 { _ = try db.signIn(login: "novikova", password: String(code)) }   // the old code: five wrong
        _ = try zhurnal("user", "unlock", "novikova")
        let passwd = try ZhurnalBinary.start(["user", "passwd", "novikova", "--db", path], standardInput: "Надёжный пароль 7\n").wait()
        #expect(passwd.status == 0, "\(passwd.stderr)")
        let user = try #require(try db.actingUser(login: "novikova"))
        try db.changeOwnPassword(user, current: "Надёжный пароль 7", to: "Мой собственный пароль")

        let shown = try zhurnal("audit", "show", "--account", "novikova")
        let rows = shown.stdout.split(separator: "\n").dropFirst()   // the header
        #expect(rows.count == 7, "\(shown.stdout)")
        #expect(shown.stdout.contains("отключена: да"))
        #expect(shown.stdout.contains("пароль: сброшен, выдан одноразовый код"))
        #expect(shown.stdout.contains("вход закрыт до: —"))
        #expect(shown.stdout.contains("пароль: сменён владельцем"))
        #expect(!shown.stdout.contains(String(code)))   // no code, no password, no hash in the log
        #expect(!shown.stdout.contains("$y$"))

        let verified = try zhurnal("audit", "verify")
        #expect(verified.stdout.contains("проверено записей: 8"))   // the load and seven changes
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [path, "DELETE FROM audit WHERE new_value LIKE '%\"disabled\":\"1\"%'"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let tampered = try ZhurnalBinary.run(["audit", "verify", "--db", path])
        #expect(tampered.status == 2)
        #expect(tampered.stderr.contains("№ 4"))   // the row after the removed one no longer follows
    }

    /// A student's mark, read as a deputy would: the lesson's date and
    /// number, class, subject, who put it and when; not `insert mark {...}`.
    @Test func showSaysWhereAndByWhomInRussian() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(4), by: try db.actingUser(login: "ivanova")!)
        let shown = try ZhurnalBinary.run(["audit", "show", "--db", path, "--student", "s2"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("когда") == true, "\(shown.stdout)")
        let row = try #require(lines.first { $0.contains("отметка: добавлено") }, "\(shown.stdout)")
        for part in ["03.09.2024 10:00", "Иванова А. П. (ivanova)", "02.09.2024, урок 1", "5А", "Математика", "Борисова Ольга", "4, вид работы: "] {
            #expect(row.contains(part), "\(part) is missing from \(row)")
        }
        #expect(!shown.stdout.contains("insert"))
        #expect(!shown.stdout.contains("{"))

        let latest = try ZhurnalBinary.run(["audit", "show", "--db", path, "--limit", "1"])
        #expect(latest.status == 0, "\(latest.stderr)")
        #expect(latest.stdout.contains("отметка: добавлено"))
        #expect(latest.stdout.contains("Показаны последние 1 изменений; более ранние — с --limit."))
        let everything = try ZhurnalBinary.run(["audit", "show", "--db", path])
        #expect(everything.stdout.contains("школа: загружено"))
        let two = try ZhurnalBinary.run(["audit", "show", "--db", path, "--lesson", "1", "--student", "s2"])
        #expect(two.status == 64)
        #expect(two.stderr.hasPrefix("zhurnal: укажите что-то одно: --lesson, --student или --account"))
    }

    @Test func showRefusesNothingToTheOperatorAndNamesAStudentsChanges() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try db.setAttendance(lesson: LessonID(1), student: StudentID(1), code: .late, by: try db.actingUser(login: "ivanova")!)
        let shown = try ZhurnalBinary.run(["audit", "show", "--db", path, "--student", "s1"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("посещаемость: добавлено"))
        #expect(shown.stdout.contains("оп (опоздал)"))
        let unknown = try ZhurnalBinary.run(["audit", "show", "--db", path, "--account", "nobody"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("не найдено"))
    }
}
