import Foundation
import JournalCore
import JournalScreens
@testable import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// The administrator's accounts screen, reached with F8 from the admin's home.
@Suite struct AccountsScreenTests {
    func admin() throws -> ScreenHarness {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.db.setPassword(login: "admin", to: FamilySchool.password("admin"), by: .serverOperator)
        h.signIn("admin", FamilySchool.password("admin"))
        #expect(h.lines[23].contains("8Учётки"))
        h.press(.function(8))
        #expect(h.lines[1].contains("Учётные записи"))
        return h
    }

    func row(_ h: ScreenHarness, _ login: String) -> String? {
        h.lines.first { $0.hasPrefix("│" + login + " ") }
    }

    /// Filters the list down to one login.
    func select(_ h: ScreenHarness, _ login: String) {
        h.press(.escape)   // clears an old search
        if !h.lines[1].contains("Учётные записи") { h.press(.function(8)) }
        h.type(login)
    }

    func accountAuditRows(_ h: ScreenHarness) throws -> Int {
        try h.db.auditCount(table: "account")
    }

    @Test func onlyTheAdministratorHasTheKey() throws {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.db.setPassword(login: "zavuch", to: FamilySchool.password("zavuch"), by: .serverOperator)
        h.signIn("zavuch", FamilySchool.password("zavuch"))
        #expect(!h.lines[23].contains("Учётки"))
        h.press(.function(8))
        #expect(!h.contains("Учётные записи"))
    }

    @Test func theListShowsRolesAndState() throws {
        let h = try admin()
        for _ in 1...5 { _ = try h.db.signIn(login: "petrov", password: "не тот") }
        _ = try h.db.resetPassword(login: "fizruk", by: .serverOperator)
        h.app.refreshIfOthersCommitted()
        h.press(.escape, .function(8))   // reopen: reads the list again
        #expect(h.contains("записей: 10 из 10"))
        #expect(try #require(row(h, "ushla")).contains("отключена"))
        #expect(try #require(row(h, "petrov")).contains("закрыт до 10:05"))
        #expect(try #require(row(h, "fizruk")).contains("ждёт пароля"))
        #expect(try #require(row(h, "ivanova")).contains("учитель"))
        #expect(try #require(row(h, "ivanova")).contains("20.08.2024"))
        #expect(try #require(row(h, "ivanova")).contains("работает"))
    }

    @Test func typingFilters() throws {
        let h = try admin()
        h.type("иван")
        #expect(h.contains("записей: 1 из 10"))
        #expect(row(h, "ivanova") != nil)
        #expect(row(h, "petrov") == nil)
        h.press(.escape)
        #expect(h.contains("записей: 10 из 10"))
        h.press(.escape)
        #expect(h.contains("Готовность к ББЖ"))   // back on the administrator's home
    }

    @Test func disablingAsksAndNoIsTheDefault() throws {
        let h = try admin()
        select(h, "petrov")
        let before = try accountAuditRows(h)
        h.press(.function(4))
        #expect(h.contains("Отключить petrov (Петров П. И.)?"))
        h.press(.enter)   // «Нет» is selected first
        #expect(try #require(row(h, "petrov")).contains("работает"))
        #expect(try accountAuditRows(h) == before)
        h.press(.function(4), .right, .enter)
        #expect(try #require(row(h, "petrov")).contains("отключена"))
        #expect(h.lines[22].contains("Учётная запись petrov отключена."))
        #expect(try accountAuditRows(h) == before + 1)
        #expect(try h.db.signIn(login: "petrov", password: "что угодно") == .refused)
        h.press(.function(4))
        #expect(h.contains("Снова включить petrov"))
        h.press(.character("д"))   // the first letter of «Да»
        #expect(try #require(row(h, "petrov")).contains("работает"))
    }

    @Test func theAdministratorCannotDisableThemself() throws {
        let h = try admin()
        select(h, "admin")
        h.press(.function(4), .right, .enter)
        #expect(h.lines[22].contains("нельзя отключить собственную учётную запись"))
    }

    @Test func aResetShowsTheCodeOnceAndItWorks() throws {
        let h = try admin()
        select(h, "ivanova")
        h.press(.function(5))
        #expect(h.contains("Сбросить пароль ivanova (Иванова А. П.)?"))
        h.press(.right, .enter)
        let codeLine = try #require(h.lines.first { $0.contains("Код:") })
        let code = try #require(codeLine.split(separator: " ").first { $0.count == 9 && $0.contains("-") }).description
        #expect(h.contains("Перепишите код на бумагу"))
        h.press(.enter)
        #expect(!h.contains(code))
        #expect(!h.lines[22].contains(code))
        #expect(try #require(row(h, "ivanova")).contains("ждёт пароля"))
        guard case .signedIn(_, mustChangePassword: true) = try h.db.signIn(login: "ivanova", password: code) else {
            Issue.record("the code shown does not sign in"); return
        }
    }

    @Test func aNewAccount() throws {
        let h = try admin()
        h.press(.function(2))
        #expect(h.lines[1].contains("Новая учётная запись"))
        h.type("smirnova")
        h.press(.tab)
        h.type("Смирнова Елена Викторовна")
        h.press(.tab, .enter)
        #expect(h.lines[22].contains("Отметьте хотя бы одну роль"))
        h.press(.character("4"), .right, .character(" "))   // учитель; the cursor on to «секретарь», ticked
        h.press(.character("5"))   // and unticked again
        h.press(.enter)
        #expect(h.contains("Создать smirnova (Смирнова Елена Викторовна), роли:"))   // wrapped in the dialog
        #expect(h.contains("учитель?"))
        h.press(.right, .enter)
        #expect(h.contains("Одноразовый код"))
        #expect(h.lines[22].contains("Учётная запись smirnova создана."))
        h.press(.enter)
        #expect(h.lines[1].contains("Учётные записи"))
        let created = try #require(try h.db.accounts(by: .serverOperator).first { $0.login == "smirnova" })
        #expect(created.account.roles == [.teacher])
        #expect(created.mustChangePassword)
        #expect(try h.db.auditTrail(filter: .account(login: "smirnova"), by: .serverOperator).count == 1)
    }

    @Test func aTakenLoginIsRefusedWithWords() throws {
        let h = try admin()
        h.press(.function(2))
        h.type("ivanova")
        h.press(.tab)
        h.type("Другая Иванова")
        h.press(.tab, .character("4"), .enter, .right, .enter)
        #expect(h.lines[22].contains("логин «ivanova» уже занят"))
        #expect(h.lines[1].contains("Новая учётная запись"))
    }

    /// A Cyrillic «а» typed for a Latin one: refused on the form, in words,
    /// before anything is asked or created.
    @Test func aLoginOutsideTheAlphabetIsRefusedOnTheForm() throws {
        let h = try admin()
        h.press(.function(2))
        h.type("\u{430}dmin")
        h.press(.tab)
        h.type("Самозванец")
        h.press(.tab, .character("1"), .enter)
        #expect(h.lines[22].contains("Логин содержит нелатинскую букву «а»: наберите логин в английской раскладке."), "\(h.screenText)")
        #expect(!h.contains("Создать"))
        #expect(try h.db.accounts(by: .serverOperator).allSatisfy { $0.login != "\u{430}dmin" })
    }

    /// The longest login the alphabet allows can be typed at the login screen.
    @Test func theLongestLoginSignsIn() throws {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        let login = String(repeating: "x", count: LoginRules.maximumLength - 2) + ".y"
        _ = try h.db.createAccount(login: login, fullName: "Длинный Логин", roles: [.teacher], by: .serverOperator)
        try h.db.setPassword(login: login, to: "очень длинный вход", by: .serverOperator)
        h.signIn(login, "очень длинный вход")
        #expect(h.app.context.user?.login == login, "\(h.screenText)")
    }

    @Test func openingALockedLogin() throws {
        let h = try admin()
        try h.db.setPassword(login: "petrov", to: "осень в лицее", by: .serverOperator)
        for _ in 1...5 { _ = try h.db.signIn(login: "petrov", password: "не тот") }
        select(h, "petrov")
        h.press(.function(6))
        #expect(h.contains("Вход для petrov (Петров П. И.) закрыт до 10:05"))
        h.press(.right, .enter)
        #expect(h.lines[22].contains("Вход для petrov открыт."))
        #expect(try h.db.signIn(login: "petrov", password: "осень в лицее") != .refused)
        select(h, "ivanova")
        h.press(.function(6))
        #expect(h.lines[22].contains("Вход с логином ivanova не закрыт."))
    }

    @Test func anAdministratorDisabledMidSessionSeesNoList() throws {
        let h = try admin()
        try h.db.setDisabled(login: "admin", true, by: .serverOperator)   // by the operator, from another terminal
        h.press(.escape, .function(8))
        #expect(h.contains("нет прав: учётная запись отключена"))
        #expect(row(h, "ivanova") == nil)
        h.press(.function(5), .function(4), .function(6))
        #expect(!h.contains("Сбросить пароль"))
    }
}
