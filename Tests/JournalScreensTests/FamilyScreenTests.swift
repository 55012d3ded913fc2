import Foundation
import JournalCore
import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// Parents and students at the family view (FamilySchool: mama has Максим in
/// 5А and Анна in 7Б; papa's Пётр sits in Анна's class; ilya is a student).
@Suite struct FamilyScreenTests {
    func signedIn(_ login: String) throws -> ScreenHarness {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.db.setPassword(login: login, to: FamilySchool.password(login), by: .serverOperator)
        h.signIn(login, FamilySchool.password(login))
        #expect(h.app.context.user?.login == login)
        return h
    }

    /// The five parts' tabs and the menu's hint share one line of 80 columns:
    /// neither covers the other.
    @Test func theTabsAndTheMenusHintFitOneLine() throws {
        let h = try signedIn("mama")
        let tabs = try #require(h.lines.first { $0.contains("F3 Неделя") })
        for part in ["F4 Отметки", "F5 Пропуски", "F6 Задания", "F7 Итоговые", "[М] Разделы"] {
            #expect(tabs.contains(part), "\(tabs)")
        }
    }

    @Test func aParentSwitchesBetweenTwoChildren() throws {
        let h = try signedIn("mama")
        h.press(.function(4))   // the marks; the diary opens on the week
        #expect(h.lines[1].contains("Дневник: Сидоров Максим, 5А · 1 четверть"))
        #expect(h.contains("F2 — ребёнок: Сидоров Максим, 5А"))
        #expect(h.lines[23].contains("2Ребёнок"))
        h.press(.function(2))
        #expect(h.lines[1].contains("Дневник: Сидорова Анна, 7Б · 1 четверть"))
        let math = try #require(h.lines.first { $0.contains("Математика") })
        #expect(math.contains("5 4"))
        #expect(math.contains("4,33"))   // (5·1 + 4·2) / 3
        #expect(math.hasSuffix("4,33   5   │"), "the final mark: \(math)")
        h.press(.function(2))
        #expect(h.lines[1].contains("Сидоров Максим"))
    }

    @Test func attendanceHomeworkAndFinalMarks() throws {
        let h = try signedIn("mama")
        h.press(.function(2), .function(5))
        #expect(h.contains("Пропущено уроков: 1 (по болезни 1, по уваж. причине 0) · опозданий: 0"))
        #expect(h.contains("03.09.2024   2   Русский язык             б — болел"))
        h.press(.function(6))
        #expect(h.contains("§ 3, № 41–44"))
        #expect(h.contains("Упражнение 112"))
        #expect(!h.contains("№ 12, 15"))   // 5А's homework, not Анна's class
        h.press(.enter)   // the newest day first, in bell order: Tuesday's math
        #expect(h.contains("Математика · 03.09.2024"))
        #expect(h.contains("§ 3, № 41–44"))
        h.press(.enter)
        h.press(.function(7))
        #expect(h.contains("1 четверть"))
        #expect(try #require(h.lines.first { $0.contains("Математика") }).contains("5"))
    }

    @Test func aSubjectsMarksInFull() throws {
        let h = try signedIn("mama")
        h.press(.function(2), .function(4), .enter)
        #expect(h.lines[1].contains("Математика: Сидорова Анна · 1 четверть"))
        #expect(h.contains("03.09.2024      5     Работа на уроке"))
        #expect(h.contains("03.09.2024      4     Контрольная работа"))
        h.press(.escape)
        #expect(h.lines[1].contains("Дневник: Сидорова Анна"))
        #expect(h.app.context.user != nil)
    }

    @Test func anotherPeriodWithBrackets() throws {
        let h = try signedIn("mama")
        h.press(.function(2), .function(4), .character("]"))
        #expect(h.lines[1].contains("2 четверть"))
        #expect(h.contains("За период «2 четверть» отметок пока нет."))
        h.press(.character("х"))   // [ on the Russian layout
        #expect(h.lines[1].contains("1 четверть"))
    }

    @Test func aStudentSeesThemselfOnly() throws {
        let h = try signedIn("ilya")
        #expect(h.lines[1].contains("Дневник: Андреев Илья, 5А"))
        #expect(!h.lines[23].contains("Ребёнок"))
        h.press(.function(4))
        #expect(try #require(h.lines.first { $0.contains("Математика") }).contains("5"))
        h.press(.function(6))
        #expect(h.contains("№ 12, 15"))
    }

    /// Every key a person could press, on every part, for every child: nothing
    /// of papa's Пётр, of another family, or of a class journal appears.
    @Test func noKeyReachesAnotherChild() throws {
        let h = try signedIn("mama")
        var keys: [Key] = (1...12).filter { $0 != 10 }.map(Key.function)
        keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .insert, .delete, .backspace]
        keys += "[]хъ0123456789 абвгдеёжзийклмнопрстуфхцчшщъыьэюяqwertyuiopasdfghjklzxcvbnm/.,".map(Key.character)
        keys += ["c", "z", "\\", "l", "a", "e"].map { Key.control($0) }
        for key in keys + keys.reversed() {
            h.press(key)
            if h.contains("Справка — F1") { h.press(.escape) }
            #expect(!h.contains("Кузнецов"), "after \(key): \(h.screenText)")
            #expect(!h.contains("Андреев"), "after \(key)")
            #expect(!h.contains("Борисова"), "after \(key)")
            if !h.contains("Смена пароля") { #expect(h.app.context.user?.login == "mama", "after \(key)") }
            if h.contains("Смена пароля") { h.press(.escape) }
            if h.contains("Закрыть") { h.press(.escape) }
        }
        #expect(h.app.isRunning)
    }

    @Test func aParentWithNoLinkedChildIsToldWhy() throws {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        _ = try h.db.createAccount(login: "babushka", fullName: "Сидорова Галина", roles: [.parent], by: .serverOperator)
        try h.db.setPassword(login: "babushka", to: "бабушкин пароль", by: .serverOperator)
        h.signIn("babushka", "бабушкин пароль")
        #expect(h.contains("К вашей учётной записи не привязан ни один ученик."))
        h.press(.function(2), .function(3), .enter, .character("]"))
        #expect(h.app.isRunning)
    }

    @Test func signOutWithF10() throws {
        let h = try signedIn("ilya")
        h.press(.function(10), .right, .enter)
        #expect(h.contains("Вход в электронный журнал"))
        #expect(h.app.context.user == nil)
    }
}
