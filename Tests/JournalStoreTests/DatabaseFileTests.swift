import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// What zhurnal does with the file it is given: only a new or empty file
/// becomes a journal, and only for import and generate; anything else that is
/// not a journal is refused and left byte for byte as it was.
@Suite struct DatabaseFileTests {
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
    }

    /// A school in a file, closed again.
    func journalFile(_ name: String = "school.sqlite") throws -> String {
        let path = dir.path(name)
        try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
            .load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        return path
    }

    @Test(.requires(Tools.sqlite3)) func anotherProgramsDatabaseIsRefusedAndLeftUnchanged() throws {
        defer { dir.remove() }
        let path = dir.path("notes.sqlite")
        try SQLiteShell.run(path, "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note (text) VALUES ('купить мел');")
        #expect(chmod(path, 0o600) == 0)
        let before = try fileBytes(path)
        for create in [false, true] {
            #expect(throws: StoreError.notAJournal(path: path)) { try AppDatabase.open(path: path, create: create) }
        }
        #expect(try fileBytes(path) == before)
        #expect(try SQLiteShell.run(path, "PRAGMA journal_mode") == "delete\n")   // not switched to WAL
        #expect(!FileManager.default.fileExists(atPath: path + "-writers"))
        let message = StoreError.notAJournal(path: path).text(in: .ru)
        #expect(message.contains("не база электронного журнала") && message.contains("не меняет"))
    }

    /// GRDB keeps its migrations in the same table in every program that uses
    /// it: only zhurnal's own first migration makes a journal.
    @Test(.requires(Tools.sqlite3)) func anotherGRDBProgramsDatabaseIsRefused() throws {
        defer { dir.remove() }
        let path = dir.path("other-app.sqlite")
        try SQLiteShell.run(path, """
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1');
            CREATE TABLE player (id INTEGER PRIMARY KEY);
            """)
        #expect(chmod(path, 0o600) == 0)
        let before = try fileBytes(path)
        #expect(throws: StoreError.notAJournal(path: path)) { try AppDatabase.open(path: path, create: true) }
        #expect(try fileBytes(path) == before)
    }

    @Test func aFileThatIsNoDatabaseIsRefusedAndLeftUnchanged() throws {
        defer { dir.remove() }
        for (name, text) in [("list.txt", "Иванова\nПетров\n"), ("short.sqlite", "SQLite"),
                             ("fake.sqlite", "SQLite format 3\u{0}" + String(repeating: "x", count: 200))] {
            let path = dir.path(name)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]))
            #expect(throws: StoreError.notAJournal(path: path)) { try AppDatabase.open(path: path, create: true) }
            #expect(try fileBytes(path) == Data(text.utf8))
        }
    }

    @Test func anEmptyFileBecomesAJournalOnlyForImportOrGenerate() throws {
        defer { dir.remove() }
        let path = dir.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        #expect(throws: StoreError.emptyFile(path: path)) { try AppDatabase.open(path: path) }
        #expect(try fileBytes(path).isEmpty)
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        #expect(try db.school().name == "МБОУ СОШ № 1")
        #expect(try db.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    /// A reader who may not create files beside the database still finds the
    /// write-ahead log's files after the last writer has gone.
    @Test func theLogFilesStayWhenTheLastWriterCloses() throws {
        defer { dir.remove() }
        let path = try journalFile()
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(FileManager.default.fileExists(atPath: path + "-shm"))
    }

    /// A copy put back without its write-ahead log (some backup tools make one)
    /// gets it again from the first writer.
    @Test(.requires(Tools.sqlite3)) func aJournalWithoutItsLogGetsItBackFromAWriter() throws {
        defer { dir.remove() }
        let path = try journalFile()
        #expect(try SQLiteShell.run(path, "PRAGMA journal_mode = DELETE") == "delete\n")
        let db = try AppDatabase.open(path: path)
        #expect(try db.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func aReadOnlyFileIsReadAndNotWrittenAtAll() throws {
        defer { dir.remove() }
        let path = try journalFile()
        let before = (try fileBytes(path), try fileBytes(path + "-wal"))
        let db = try AppDatabase.open(path: path, create: false, clock: TinySchool.tuesdayMorning, readOnly: true)
        #expect(db.isReadOnly)
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        #expect(try db.school().name == "МБОУ СОШ № 1")
        #expect(try db.lessons(of: ivanova, on: TinySchool.monday).count == 1)   // no lessons made from the timetable
        #expect(try db.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(1), by: ivanova).marks.count == 1)
        let readOnly = JournalError.storageFailure(.readOnly, nothingSaved: true)
        #expect(throws: readOnly) { try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(4), by: ivanova) }
        #expect(throws: readOnly) { try db.setTopic(lesson: LessonID(1), "Дроби", by: ivanova) }
        #expect(throws: readOnly) { try db.setSetting(.lockoutMinutes, "10", by: .serverOperator) }
        #expect(throws: readOnly) { _ = try db.createAccount(login: "novaya", fullName: "Новикова Нина", roles: [.teacher], by: .serverOperator) }
        #expect(throws: readOnly) { try db.load(TinySchool.snapshot(), options: LoadOptions(replace: true, source: "test")) }
        // signing in checks the password and the lock, and records nothing
        #expect(try db.signIn(login: "ivanova", password: "не тот") == .refused)
        #expect(try db.signIn(login: "nobody", password: "x") == .refused)
        #expect(try fileBytes(path) == before.0)
        #expect(try fileBytes(path + "-wal") == before.1)
        let text = readOnly.text(in: .ru)
        #expect(text.contains("только для чтения") && text.contains("ничего не сохранено"))
    }

    @Test(.requires(Tools.sqlite3)) func aReadOnlyFileThatNeedsAMigrationSaysSoAndAWriterMigratesIt() throws {
        defer { dir.remove() }
        let path = try journalFile()
        try SQLiteShell.run(path, "DELETE FROM grdb_migrations WHERE identifier = 'v4 attempted logins'")
        #expect(throws: StoreError.needsUpgrade(path: path)) {
            try AppDatabase.open(path: path, create: false, clock: SystemClock(), readOnly: true)
        }
        #expect(StoreError.needsUpgrade(path: path).text(in: .ru).contains("с правом записи"))
        let writer = try AppDatabase.open(path: path)
        #expect(try writer.school().name == "МБОУ СОШ № 1")
        #expect(try AppDatabase.open(path: path, create: false, clock: SystemClock(), readOnly: true).isReadOnly)
    }
}
