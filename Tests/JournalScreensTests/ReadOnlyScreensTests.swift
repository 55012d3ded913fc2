import Foundation
import JournalCore
@testable import JournalScreens
@testable import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// A user whose account on the server may only read the database file: every
/// screen they reach shows its data, nothing crashes, a save is refused in
/// words, and the file is not written.
@Suite struct ReadOnlyScreensTests {
    let dir: TemporaryDirectory
    let path: String

    init() throws {
        dir = try TemporaryDirectory()
        path = dir.path("school.sqlite")
        let writer = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try FamilySchool.prepare(writer)
    }

    /// The same file opened read-only, as for a user whose group may only read it.
    func signedIn(_ login: String) throws -> ScreenHarness {
        let db = try AppDatabase.open(path: path, create: false, clock: TinySchool.tuesdayMorning, readOnly: true)
        let h = try ScreenHarness(db: db)
        h.signIn(login, FamilySchool.password(login))
        #expect(h.app.context.user?.login == login, "\(h.screenText)")
        #expect(h.status.contains("База открыта только для чтения: смотреть можно, изменения не сохраняются."))
        return h
    }

    @Test func aTeacherSeesTheJournalAndIsToldNothingIsSaved() throws {
        defer { dir.remove() }
        let before = try fileBytes(path)
        let h = try signedIn("ivanova")
        #expect(h.lines[1].contains("Сегодня"))
        h.open(try ClassGridScreen.forLesson(LessonID(1), context: h.context))
        #expect(h.lines[1].contains("Журнал 5А · Математика"))
        #expect(h.contains("Андреев"))
        h.press(.character("4"))
        #expect(h.status.contains("база журнала открыта только для чтения — ничего не сохранено."), "\(h.status)")
        #expect(h.app.isRunning)
        #expect(try h.db.lessonSheet(LessonID(1), by: try #require(h.context.user)).marks[StudentID(2)] == nil)
        h.press(.function(2))   // the lesson editor
        #expect(h.app.isRunning)
        h.press(.escape, .escape)
        #expect(try fileBytes(path) == before)
    }

    @Test func theAdministratorSeesTheDashboardAccountsAndWritesTheReportFiles() throws {
        defer { dir.remove() }
        let before = try fileBytes(path)
        let h = try signedIn("admin")
        #expect(h.lines[1].contains("Готовность к ББЖ"), "\(h.screenText)")
        h.press(.function(6))   // the report goes to files beside the database, not into it
        #expect(h.status.contains("Отчёт записан"), "\(h.status)")
        h.press(.function(8))
        #expect(h.lines[1].contains("Учётные записи"))
        #expect(h.contains("ivanova"))
        h.press(.escape)
        #expect(h.app.isRunning)
        #expect(try fileBytes(path) == before)
    }

    @Test func aParentReadsTheDiary() throws {
        defer { dir.remove() }
        let h = try signedIn("mama")
        #expect(h.lines[1].contains("Дневник: Сидоров Максим, 5А"))
        h.press(.function(2))
        #expect(h.lines[1].contains("Сидорова Анна"))
    }
}
