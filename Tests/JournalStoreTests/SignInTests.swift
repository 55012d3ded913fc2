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
        #expect(throws: PasswordError.self) { try PasswordHasher.hash(paste) }
    }

    @Test func rightPasswordSignsInRecordsAndActivates() throws {
        let db = try TinySchool.database()
        try db.setPassword(login: "petrov", to: "учитель-2024", by: nil)
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
        try db.setPassword(login: "petrov", to: "учитель-2024", by: nil)
        #expect(try db.signIn(login: "petrov", password: "не тот") == .refused)
        #expect(try db.signIn(login: "nobody", password: "учитель-2024") == .refused)
        #expect(try db.signIn(login: "", password: "") == .refused)
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sign_in") } == 1)
    }

    @Test func disabledAccountCannotSignIn() throws {
        let db = try TinySchool.database()
        try db.setPassword(login: "petrov", to: "учитель-2024", by: nil)
        try db.writer.write { try $0.execute(sql: "UPDATE account SET disabled = 1 WHERE login = 'petrov'") }
        #expect(try db.signIn(login: "petrov", password: "учитель-2024") == .refused)
    }

    @Test func demoSchoolAcceptsLoginAsPasswordOnlyWithoutHash() throws {
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(demo: true, source: "test"))
        #expect(try db.signIn(login: "ivanova", password: "ivanova") != .refused)
        try db.setPassword(login: "ivanova", to: "новый пароль", by: nil)
        #expect(try db.signIn(login: "ivanova", password: "ivanova") == .refused)
        // and not at all outside a demo school
        let real = try TinySchool.database()
        #expect(try real.signIn(login: "ivanova", password: "ivanova") == .refused)
    }

    @Test func onlyAdminSetsOthersPasswords() throws {
        let db = try TinySchool.database()
        let ivanova = try db.actingUser(login: "ivanova")!
        #expect(throws: JournalError.self) { try db.setPassword(login: "petrov", to: "x", by: ivanova) }
        try db.setPassword(login: "ivanova", to: "свой", by: ivanova)
        try db.setPassword(login: "petrov", to: "x", by: try db.actingUser(login: "admin")!)
        #expect(try db.auditCount(table: "account") == 2)
    }
}
