import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

@Suite struct SignInTests {
    @Test func hashesAreYescryptAndVerify() throws {
        let hash = try PasswordHasher.hash("Пароль с пробелами 123")
        #expect(hash.hasPrefix("$y$"))
        #expect(PasswordHasher.verify("Пароль с пробелами 123", hash: hash))
        #expect(!PasswordHasher.verify("Пароль с пробелами 124", hash: hash))
        #expect(try PasswordHasher.hash("x") != PasswordHasher.hash("x"))   // salted
    }

    @Test func tooLongPasswordIsRefusedNotCrashed() throws {
        let paste = String(repeating: "я", count: 10_000)
        #expect(!PasswordHasher.verify(paste, hash: try PasswordHasher.hash("short")))
        #expect(throws: PasswordError.tooLong) { try PasswordHasher.hash(paste) }
    }

    @Test func rightPasswordSignsInRecordsAndActivates() throws {
        let db = try TinySchool.database()
        try db.setPassword(login: "petrov", to: "учитель-2024", by: .serverOperator)
        let outcome = try db.signIn(login: "petrov", password: "учитель-2024")
        guard case .signedIn(let user, let mustChange) = outcome else { Issue.record("refused"); return }
        #expect(user.login == "petrov")
        #expect(!mustChange)
        let row = try db.writer.read { try Row.fetchOne($0, sql: "SELECT activated_at FROM account WHERE login = 'petrov'")! }
        #expect(row["activated_at"] as SchoolTime? == TinySchool.time("2024-09-03T10:00"))
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sign_in") } == 2)
    }

    @Test func wrongPasswordAndUnknownLoginLookTheSame() throws {
        let db = try TinySchool.database()
        try db.setPassword(login: "petrov", to: "учитель-2024", by: .serverOperator)
        #expect(try db.signIn(login: "petrov", password: "не тот") == .refused)
        #expect(try db.signIn(login: "nobody", password: "учитель-2024") == .refused)
        #expect(try db.signIn(login: "", password: "") == .refused)
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sign_in") } == 1)
    }

    @Test func disabledAccountCannotSignIn() throws {
        let db = try TinySchool.database()
        try db.setPassword(login: "petrov", to: "учитель-2024", by: .serverOperator)
        try db.writer.write { try $0.execute(sql: "UPDATE account SET disabled = 1 WHERE login = 'petrov'") }
        #expect(try db.signIn(login: "petrov", password: "учитель-2024") == .refused)
    }

    @Test func demoSchoolAcceptsLoginAsPasswordOnlyWithoutHash() throws {
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(demo: true, source: "test"))
        #expect(try db.signIn(login: "ivanova", password: "ivanova") != .refused)
        try db.setPassword(login: "ivanova", to: "новый пароль", by: .serverOperator)
        #expect(try db.signIn(login: "ivanova", password: "ivanova") == .refused)
        // and not at all outside a demo school
        let real = try TinySchool.database()
        #expect(try real.signIn(login: "ivanova", password: "ivanova") == .refused)
    }

    @Test func onlyAdminSetsOthersPasswords() throws {
        let db = try TinySchool.database()
        let ivanova = try db.actingUser(login: "ivanova")!
        #expect(throws: Refusals.accountsAreTheAdministrators) { try db.setPassword(login: "petrov", to: "надёжный пароль", by: .user(ivanova)) }
        try db.setPassword(login: "ivanova", to: "мой старый пароль", by: .serverOperator)
        try db.changeOwnPassword(ivanova, current: "мой старый пароль", to: "мой новый пароль")
        try db.setPassword(login: "petrov", to: "надёжный пароль", by: .user(try db.actingUser(login: "admin")!))
        #expect(try db.auditCount(table: "account") == 3)
    }

    @Test func fiveWrongPasswordsLockTheLoginForFiveMinutes() throws {
        let clock = TestClock(TinySchool.tuesdayMorning.instant)
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try db.setPassword(login: "petrov", to: "учитель-2024", by: .serverOperator)
        for _ in 1...4 { #expect(try db.signIn(login: "petrov", password: "не тот") == .refused) }
        let until = TinySchool.time("2024-09-03T10:05")
        #expect(try db.signIn(login: "petrov", password: "не тот") == .locked(until: until))
        // even the right password is refused while locked
        #expect(try db.signIn(login: "petrov", password: "учитель-2024") == .locked(until: until))
        clock.advance(seconds: 301)
        #expect(try db.signIn(login: "petrov", password: "учитель-2024") != .refused)
        let reasons = try db.writer.read { try String.fetchAll($0, sql: "SELECT reason FROM sign_in_failure ORDER BY id") }
        #expect(reasons == ["wrong", "wrong", "wrong", "wrong", "wrong", "lock", "locked"])
    }

    @Test func unknownLoginLocksTheSameWay() throws {
        let db = try TinySchool.database()
        for _ in 1...4 { #expect(try db.signIn(login: "nobody", password: "x") == .refused) }
        guard case .locked = try db.signIn(login: "nobody", password: "x") else { Issue.record("not locked"); return }
    }

    @Test func newAccountSignsInWithOneTimeCodeAndActivatesOnItsOwnPassword() throws {
        let db = try TinySchool.database()
        let admin = try db.actingUser(login: "admin")!
        let code = try db.createAccount(login: "smirnova", fullName: "Смирнова Елена Викторовна", roles: [.teacher], by: .user(admin))
        #expect(code.count == 9)
        guard case .signedIn(let user, mustChangePassword: true) = try db.signIn(login: "smirnova", password: code) else {
            Issue.record("one-time code refused"); return
        }
        #expect(try db.accounts(by: .serverOperator).first { $0.login == "smirnova" }?.account.activatedAt == nil)
        #expect(throws: JournalError.other(Phrase(ru: "пароль не должен совпадать с логином или содержать его", en: "the password must not be or contain the login"))) { try db.changeOwnPassword(user, current: code, to: "smirnova1") }
        #expect(throws: JournalError.other(Phrase(ru: "этот пароль слишком распространён, его легко угадать; придумайте другой", en: "this password is too common and easy to guess; choose another"))) { try db.changeOwnPassword(user, current: code, to: "12345678") }
        #expect(throws: JournalError.other(Phrase(ru: "пароль слишком короткий: нужно не меньше 8 символов", en: "the password is too short: at least 8 characters"))) { try db.changeOwnPassword(user, current: code, to: "коротк") }
        try db.changeOwnPassword(user, current: code, to: "Весна в школе 2024")
        #expect(try db.accounts(by: .serverOperator).first { $0.login == "smirnova" }?.account.activatedAt == TinySchool.time("2024-09-03T10:00"))
        #expect(try db.signIn(login: "smirnova", password: code) == .refused)
        #expect(try db.signIn(login: "smirnova", password: "Весна в школе 2024") == .signedIn(user, mustChangePassword: false))
    }

    @Test func onlyTheAdminManagesAccounts() throws {
        let db = try TinySchool.database()
        let ivanova = try db.actingUser(login: "ivanova")!
        #expect(throws: Refusals.accountsAreTheAdministrators) { try db.createAccount(login: "x1", fullName: "Икс", roles: [.admin], by: .user(ivanova)) }
        #expect(throws: Refusals.accountsAreTheAdministrators) { try db.setDisabled(login: "petrov", true, by: .user(ivanova)) }
        #expect(throws: Refusals.accountsAreTheAdministrators) { _ = try db.resetPassword(login: "petrov", by: .user(ivanova)) }
        let admin = try db.actingUser(login: "admin")!
        #expect(throws: JournalError.forbidden(Phrase(ru: "нельзя отключить собственную учётную запись", en: "you cannot disable your own account"))) { try db.setDisabled(login: "admin", true, by: .user(admin)) }
        #expect(throws: JournalError.conflict(Phrase(ru: "логин «ivanova» уже занят", en: "login \"ivanova\" is taken"))) { try db.createAccount(login: "ivanova", fullName: "Дубль", roles: [.teacher], by: .user(admin)) }
        try db.setDisabled(login: "petrov", true, by: .user(admin))
        #expect(try db.accounts(by: .serverOperator).first { $0.login == "petrov" }?.account.disabled == true)
    }

    @Test func resetGivesANewCodeAndUnlocks() throws {
        let db = try TinySchool.database()
        try db.setPassword(login: "petrov", to: "учитель-2024", by: .serverOperator)
        for _ in 1...5 { _ = try db.signIn(login: "petrov", password: "не тот") }
        let code = try db.resetPassword(login: "petrov", by: .serverOperator)
        guard case .signedIn(_, mustChangePassword: true) = try db.signIn(login: "petrov", password: code) else {
            Issue.record("reset code refused"); return
        }
    }
}
