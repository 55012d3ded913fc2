import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// «Журнал изменений»: the deputy (F8 on the home) and the administrator (F3
/// on the accounts) read who changed what, when and where, in Russian.
@Suite struct AuditTrailScreenTests {
    /// Иванова's morning: a 4 for Андреев changed to 5, an absence for Борисова.
    static func journal(_ login: String) throws -> ScreenHarness {
        let h = try ScreenHarness.journal(login: login)
        let ivanova = try #require(try h.db.actingUser(login: "ivanova"))
        let lesson = JournalSchool.lessonID("today-1")
        let mark = try h.db.addMark(lesson: lesson, student: StudentID(1), value: try MarkValue(4), by: ivanova)
        try h.db.updateMark(mark, value: try MarkValue(5), expected: try MarkValue(4), by: ivanova)
        try h.db.setAttendance(lesson: lesson, student: StudentID(2), code: .absent, by: ivanova)
        return h
    }

    var screen: (ScreenHarness) -> AuditTrailScreen? = { $0.app.topScreen as? AuditTrailScreen }

    @Test func theDeputyReadsEachChangeInWordsNewestFirst() throws {
        let h = try Self.journal("deputy")
        #expect(h.lines[23].contains("8Аудит"))
        h.press(.function(8))
        #expect(h.lines[1].contains("Журнал изменений"))
        #expect(h.lines[2].contains("Показаны: все изменения · изменений: 4 · F4 — фильтр"))
        let absence = try #require(h.row(containing: "посещаемость"))
        let changed = try #require(h.row(containing: "отметка изменена"))
        let put = try #require(h.row(containing: "отметка поставлена"))
        #expect(absence < changed && changed < put)
        #expect(h.lines[changed].contains("11.09 10:00") && h.lines[changed].contains("Иванова А. П.") && h.lines[changed].contains("4 → 5"))
        #expect(h.lines[absence].contains("— → н"))
        #expect(h.contains("школа загружена"))
        // the selected change in one sentence under the list
        let detail = h.lines[15...20].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        #expect(detail.contains("11.09.2024 10:00 · Иванова Анна Петровна (ivanova) · посещаемость: — → н · 5А, Математика, урок 11.09.2024 № 1 · ученик Борисова Ольга Петровна"),
                "\(detail)")
        // the other columns: where and whose
        h.press(.right, .right, .right)
        #expect(h.lines[changed].contains("11.09 № 1 5А Математика") && h.lines[changed].contains("Андреев И. С."))
        h.press(.escape)
        #expect(h.app.topScreen is InboxBanner)
    }

    @Test func f4NarrowsToALessonAStudentOrALogin() throws {
        let h = try Self.journal("deputy")
        h.press(.function(8), .function(4))
        #expect(h.contains("Урок №:") && h.contains("Ученик (код):") && h.contains("Логин:"))
        h.type("1")
        h.press(.enter)
        #expect(h.lines[2].contains("Показаны: урок № 1 · изменений: 3"))
        #expect(!h.contains("школа загружена"))
        h.press(.function(4), .backspace, .tab)
        h.type("s1")
        h.press(.enter)
        #expect(h.lines[2].contains("Показаны: ученик с кодом s1 · изменений: 2"))
        #expect(!h.contains("посещаемость"))
        h.press(.function(4), .tab)
        h.type("ivanova")
        h.press(.enter)
        #expect(h.contains("Заполните одно поле из трёх."))
        h.press(.escape, .function(4), .backspace, .backspace, .tab)   // the form comes back with the filter shown
        h.type("nobody")
        h.press(.enter)
        #expect(h.contains("не найдено: учётная запись «nobody»"))
        h.press(.function(5))
        #expect(h.lines[2].contains("Показаны: все изменения · изменений: 4"))
    }

    @Test func f6AndF7NarrowToTheSelectedChangesLessonAndStudent() throws {
        let h = try Self.journal("deputy")
        h.press(.function(8), .down)   // the mark changed
        h.press(.function(7))
        #expect(h.lines[2].contains("Показаны: ученик с кодом s1 · изменений: 2"))
        h.press(.function(6))
        #expect(h.lines[2].contains("Показаны: урок № 1 · изменений: 3"))
        h.press(.function(5), .end, .down, .down, .down, .function(7))   // the school's load is about no student
        #expect(h.status.contains("Это изменение не об ученике."))
    }

    @Test func theAdministratorOpensItFromTheAccountsForTheSelectedLogin() throws {
        let h = try Self.journal("admin")
        let admin = try #require(h.context.user)
        try h.db.setDisabled(login: "petrov", true, by: .user(admin))
        h.press(.function(8))
        #expect(h.lines[23].contains("3Аудит"))
        h.type("petrov")
        h.press(.function(3))
        #expect(h.lines[2].contains("Показаны: логин petrov (сделанное им и с ним) · изменений: 1"))
        let row = try #require(h.row(containing: "учётная запись отключена"))
        #expect(h.lines[row].contains("Админова А. Б."))
        h.press(.right, .right, .right)
        #expect(h.lines[row].contains("учётная запись petrov"))
    }

    @Test func nobodyElseReadsIt() throws {
        let teacher = try Self.journal("ivanova")
        teacher.press(.function(8))
        #expect(!teacher.contains("Журнал изменений"))
        let user = try #require(teacher.context.user)
        teacher.open(AuditTrailScreen(user: user, context: teacher.context))
        #expect(teacher.contains("нет прав: журнал аудита видят завуч и администратор"))
    }
}
