import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// What the `zhurnal` program does with the file `--db` names: another
/// program's database, an empty file, a file the user may only read.
@Suite struct DatabaseFileEndToEndTests {
    @Test(.requires(Tools.sqlite3)) func anotherProgramsDatabaseIsRefusedByEveryCommandAndLeftAsItWas() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("notes.sqlite")
        try SQLiteShell.run(path, "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note (text) VALUES ('мел');")
        #expect(chmod(path, 0o600) == 0)
        let before = try fileBytes(path)
        for command in [["settings", "show"], ["user", "list"], ["audit", "verify"], ["report", "readiness"],
                        ["generate", "--size", "small", "--weeks", "1", "--replace"]] {
            let result = try ZhurnalBinary.run(command + ["--db", path])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("не база электронного журнала"), "\(command): \(result.stderr)")
        }
        #expect(try fileBytes(path) == before)
        #expect(try SQLiteShell.run(path, "SELECT name FROM sqlite_master") == "note\n")
    }

    @Test func generateFillsAnEmptyFileAndNothingElseDoes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let shown = try ZhurnalBinary.run(["settings", "show", "--db", path])
        #expect(shown.status == 1)
        #expect(shown.stderr.contains("пуст: школы в нём нет"))
        #expect(try fileBytes(path).isEmpty)
        let generated = try ZhurnalBinary.run(["generate", "--size", "small", "--weeks", "1", "--db", path])
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(try ZhurnalBinary.run(["settings", "show", "--db", path]).stdout.contains("lockout_attempts = 5"))
    }

    @Test func settingsSetHelpListsEveryKeyWithWhatItAllows() throws {
        let help = try ZhurnalBinary.run(["settings", "set", "--help"])
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for key in SettingKey.allCases {
            let allowed = key.allowed.ru.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("\(key.rawValue) —") && text.contains(allowed), "\(key.rawValue): \(help.stdout)")
        }
        #expect(text.contains("write_wait_seconds — сколько секунд сохранение ждёт очереди"))
    }

    @Test func aSettingOutOfRangeIsRefusedInWords() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try AppDatabase.open(path: path, create: true).load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let refused = try ZhurnalBinary.run(["settings", "set", "write_wait_seconds", "600", "--db", path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("недопустимое значение «600» настройки write_wait_seconds: нужно целое число от 1 до 120 (секунд)"),
                "\(refused.stderr)")
        let set = try ZhurnalBinary.run(["settings", "set", "write_wait_seconds", "30", "--db", path])
        #expect(set.stdout == "write_wait_seconds = 30\n")
    }

    static var canRunAsNobody: Bool {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    /// A user whose group may only read the file (docs/security.md): reports and
    /// the audit check work, a change is refused in words, and the file is not
    /// touched. The folder is closed to them, so nothing new can appear in it.
    @Test(.enabled(if: canRunAsNobody, "нужны права root и /usr/bin/setpriv (пакет util-linux): zhurnal запускается от имени пользователя, которому файл доступен только для чтения")) func aUserWhoMayOnlyReadGetsReportsAndAPlainRefusal() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try Self.school(at: path)   // and closed: no writer has the file open
        let nogroup: gid_t = 65534
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(chown(file, 0, nogroup) == 0 && chmod(file, 0o640) == 0, "\(file)")
        }
        #expect(chmod(dir.url.path, 0o755) == 0)
        let before = try [path, path + "-wal"].map(fileBytes)
        func asNobody(_ arguments: String...) throws -> ZhurnalBinary.Result {
            try Unprivileged.run([ZhurnalBinary.url.path] + arguments + ["--db", path])
        }
        let report = try asNobody("report", "readiness", "--period", "q1", "--as-of", "2024-09-03T10:00")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Готовность к безбумажному журналу"))
        #expect(try asNobody("audit", "verify").status == 0)
        #expect(try asNobody("settings", "show").stdout.contains("lockout_attempts = 5"))
        let change = try asNobody("settings", "set", "lockout_minutes", "10")
        #expect(change.status == 1)
        #expect(change.stderr.contains("база журнала открыта только для чтения"), "\(change.stderr)")
        #expect(change.stderr.contains("ничего не сохранено"))
        #expect(try [path, path + "-wal"].map(fileBytes) == before)
    }
}

extension DatabaseFileEndToEndTests {
    static func school(at path: String) throws {
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try db.setTopic(lesson: LessonID(1), "Дроби", by: try #require(try db.actingUser(login: "ivanova")))
    }
}

/// Runs a program as `nobody` (uid and gid 65534, no other groups).
enum Unprivileged {
    static func run(_ command: [String]) throws -> ZhurnalBinary.Result {
        try Program.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups"] + command)
    }
}
