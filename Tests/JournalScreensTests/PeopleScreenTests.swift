import Foundation
import JournalCore
@testable import JournalScreens
@testable import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// «Ученики и сотрудники»: the secretary's home, the administrator's through
/// «Разделы», driven by keys at 80×24.
@Suite struct PeopleScreenTests {
    func secretary() throws -> ScreenHarness {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.signInDirectly("sekretar")
        return h
    }

    func row(_ h: ScreenHarness, _ text: String) -> String? {
        h.lines.first { $0.contains(text) && $0.contains("│") }
    }

    @Test func theSecretaryLandsOnTheListsWithTheKeysOnTheBar() throws {
        let h = try secretary()
        #expect(h.lines[1].contains("Ученики и сотрудники"), "\(h.screenText)")
        #expect(h.lines[23].contains("Новый") && h.lines[23].contains("Движ.") && h.lines[23].contains("Листки") && !h.lines[23].contains("…"), "\(h.lines[23])")
        #expect(h.lines[23].contains("Выход"))
        #expect(h.contains("Сидорова Анна") && h.contains("строк: 5 из 5"))
        h.press(.function(1))
        #expect(h.contains("перевод в другой класс или выбытие"))
    }

    @Test func typingFindsAStudent() throws {
        let h = try secretary()
        h.type("кузн")
        #expect(h.contains("строк: 1 из 5"))
        #expect(row(h, "Кузнецов Пётр") != nil && row(h, "Сидорова Анна") == nil)
        h.press(.escape)
        #expect(h.contains("строк: 5 из 5"))
    }

    @Test func aTransferThroughTheFormShowsInTheListAndTheHistory() throws {
        let h = try secretary()
        h.type("кузн")
        h.press(.function(4))
        #expect(h.contains("Движение: Кузнецов Пётр"))
        h.type("5а")
        h.press(.enter)
        h.press(.escape)   // the form's Esc cancels: nothing saved
        #expect(!h.contains("Движение: Кузнецов Пётр"))
        #expect(try h.db.classHistory(of: "s5", by: .serverOperator).count == 1)

        h.press(.function(4))
        h.type("5а")
        h.press(.enter)
        // the date field is prefilled with today (03.09.2024): the student has a mark today in 7Б
        h.press(.end)
        for _ in 0..<10 { h.press(.backspace) }
        h.type("04.09.2024")
        h.press(.enter)
        h.press(.enter)   // no order: refused, the form stays
        #expect(h.contains("приказ"), "\(h.screenText)")
        #expect(h.contains("Движение: Кузнецов Пётр"))
        h.type("№ 9 от 03.09.2024")
        h.press(.enter)
        #expect(h.contains("переведён(а) в 5а с 04.09.2024"), "\(h.screenText)")
        let history = try h.db.classHistory(of: "s5", by: .serverOperator)
        #expect(history.map(\.classCode) == ["7b", "5a"] && history[1].from == SchoolDate(year: 2024, month: 9, day: 4))
        h.press(.function(5))
        #expect(h.contains("7Б: с 02.09.2024 по 03.09.2024"), "\(h.screenText)")
        #expect(h.contains("5А: с 04.09.2024 · № 9 от 03.09.2024"))
    }

    @Test func aNewClassComesFromTheClassesList() throws {
        let h = try secretary()
        h.press(.backTab)
        #expect(row(h, "7Б") != nil)
        h.press(.function(2))
        h.type("8А")
        h.press(.enter)
        h.type("8")
        h.press(.enter)
        h.type("petrov")
        h.press(.enter)
        #expect(h.contains("Класс 8А сохранён."), "\(h.screenText)")
        #expect(try #require(row(h, "8А")).contains("Петров"))
    }

    @Test func aNewTeacherShowsTheOneTimeCodeOnce() throws {
        let h = try secretary()
        h.press(.tab)
        #expect(row(h, "ivanova") != nil)
        h.press(.function(2))
        h.type("novaya")
        h.press(.enter)
        h.type("Новикова Нина Николаевна")
        h.press(.enter)
        #expect(h.contains("Одноразовый код") && h.contains("Логин: novaya"), "\(h.screenText)")
        h.press(.enter)
        #expect(try #require(row(h, "novaya")).contains("ждёт пароля"))
    }

    @Test func accessSlipsGoToTheDeskWithFreshCodes() throws {
        let h = try secretary()
        let desk = RecordingDesk()
        h.context.accessSlipDesk = desk
        h.type("сидорова")
        h.press(.function(8))
        #expect(h.contains("Реквизиты доступа класса 7Б"), "\(h.screenText)")
        h.press(.right, .enter)
        #expect(h.contains("Реквизиты 7Б: 4"), "\(h.screenText)")
        #expect(desk.sheets.first?.slips.map(\.login).contains("mama") == true)
    }

    @Test func theAdministratorOpensItFromTheSectionsMenu() throws {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.signInDirectly("admin")
        h.press(.character("м"))
        #expect(h.contains("Ученики и сотрудники"))
        h.press(.character("у"))
        #expect(h.lines[1].contains("Ученики и сотрудники"))
        #expect(h.lines[23].contains("Назад"))
    }

    @Test func theStateFiltersAndResolvesTypedClasses() {
        var state = PeopleState()
        state.directory = PeopleDirectory(
            classes: [ClassListing(code: "7a", name: "7А", grade: 7, homeroomLogin: nil, homeroomName: nil, studentCount: 1)],
            students: [StudentListing(code: "s1", fullName: "Андреев Илья", classCode: "7a", className: "7А", since: nil, leftAfter: nil,
                                      login: nil, parentLogins: []),
                       StudentListing(code: "s2", fullName: "Борисова Ольга", classCode: "7a", className: "7А", since: nil, leftAfter: nil,
                                      login: "olga", parentLogins: [])])
        #expect(state.rowCount == 2)
        _ = state.type(.character("о"))
        _ = state.type(.character("л"))
        #expect(state.students.map(\.code) == ["s2"] && state.selectedStudent?.code == "s2")
        #expect(state.classForSlips?.code == "7a")
        state.switchTab(by: -1)
        #expect(state.tab == .classes && state.search.isEmpty && state.selectedClass?.code == "7a")
        #expect(state.classCode(typed: " 7а ") == "7a" && state.classCode(typed: "9я") == "9я")
        #expect(TypedDate.parse("04.09.2024") == SchoolDate(year: 2024, month: 9, day: 4) && TypedDate.parse("4 сентября") == nil)
    }
}

final class RecordingDesk: AccessSlipDesk {
    var sheets: [AccessSlipSheet] = []

    func deliver(_ sheet: AccessSlipSheet, for user: ActingUser) throws -> Phrase {
        sheets.append(sheet)
        return Phrase(ru: "Записано: test.pdf", en: "Saved: test.pdf")
    }
}
