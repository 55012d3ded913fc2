import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// A failing database file reaches the teacher as what happened and what to
/// do, with «ничего не сохранено» when the action's transaction rolled back,
/// and leaves nothing half-saved.
@Suite struct StorageErrorTests {
    @Test func aFullDiskIsSaidInWordsAndNothingIsHalfSaved() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try AppDatabase.open(path: dir.path("school.sqlite"), create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        // the disk "fills up": the file may not grow past the pages it has now
        try db.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        var saved = 0
        var failure: (any Error)?
        for index in 0..<2_000 {
            do {
                try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(index % 5 + 1),
                               comment: String(repeating: "длинный комментарий ", count: 40), by: ivanova)
                saved += 1
            } catch {
                failure = error
                break
            }
        }
        let error = try #require(failure as? JournalError)
        #expect(error == .storageFailure(.diskFull, nothingSaved: true))
        #expect(error.text(in: .ru).hasPrefix("на диске сервера кончилось место — ничего не сохранено."))
        #expect(error.text(in: .ru).contains("администратору сервера"))
        // every mark acknowledged is there with its audit row; the failed one is not, nor its audit row
        let counts = try db.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM mark WHERE lesson_id = 1 AND student_id = 2") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE table_name = 'mark'") ?? -1)
        }
        #expect(counts.0 == saved)
        #expect(counts.1 == saved)
        #expect(try db.verifyAuditLog() == .intact(head: try db.auditHead()))
    }

    /// A write SQLite itself refuses on a connection it opened read-only (not
    /// the store's own check first) comes back as the same words.
    @Test func sqliteRefusingAWriteToAReadOnlyFileIsSaidInWords() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
            .load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let readOnly = try DatabaseQueue(path: path, configuration: AppDatabase.configuration(readOnly: true))
        let db = AppDatabase(writer: readOnly, clock: TinySchool.tuesdayMorning, path: path)
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        #expect(throws: JournalError.storageFailure(.readOnly, nothingSaved: true)) {
            try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(4), by: ivanova)
        }
        #expect(throws: JournalError.storageFailure(.readOnly, nothingSaved: true)) {
            try db.setPassword(login: "petrov", to: "надёжный пароль", by: .serverOperator)
        }
    }

    /// Each of SQLite's failures has its own words; a failed read does not
    /// claim to have saved nothing.
    @Test func everyKindOfFailureSaysWhatHappenedAndWhatToDo() {
        let codes: [(ResultCode, StorageFailure, String)] = [
            (.SQLITE_FULL, .diskFull, "кончилось место"),
            (.SQLITE_IOERR_WRITE, .diskError, "ошибка чтения или записи"),
            (.SQLITE_READONLY_DBMOVED, .readOnly, "только для чтения"),
            (.SQLITE_CORRUPT, .damaged, "повреждён"),
            (.SQLITE_NOTADB, .damaged, "повреждён"),
            (.SQLITE_CANTOPEN, .unavailable, "недоступен"),
            (.SQLITE_NOMEM, .other(code: 7), "код SQLite 7"),
        ]
        for (code, failure, words) in codes {
            let error = DatabaseError(resultCode: code, message: "disk I/O error", sql: "COMMIT TRANSACTION")
            #expect(StorageErrors.journalError(error, writing: true) == .storageFailure(failure, nothingSaved: true))
            let written = StorageErrors.journalError(error, writing: true).text(in: .ru)
            let read = StorageErrors.journalError(error, writing: false).text(in: .ru)
            #expect(written.contains(words) && written.contains("ничего не сохранено"), "\(written)")
            #expect(read.contains(words) && !read.contains("сохранено"), "\(read)")
            #expect(!written.contains("SQLite error") && !written.contains("COMMIT"))
        }
        for code in [ResultCode.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_BUSY_SNAPSHOT] {
            #expect(StorageErrors.journalError(DatabaseError(resultCode: code), writing: true) == .databaseBusy)
        }
        #expect(JournalError.databaseBusy.text(in: .ru).hasPrefix("база занята другим процессом — ничего не сохранено."))
    }
}
