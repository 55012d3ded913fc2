import Foundation
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// A new account's login must be one a person can see and type, and not one
/// that differs from an existing login only in case.
@Suite struct NewLoginTests {
    func create(_ login: String, in db: AppDatabase) throws {
        _ = try db.createAccount(login: login, fullName: "Новикова Нина Олеговна", roles: [.teacher], by: .serverOperator)
    }

    @Test func aLoginThatDiffersOnlyInCaseIsTaken() throws {
        let db = try TinySchool.database()
        #expect(throws: JournalError.conflict(Phrase(
            ru: "логин «ADMIN» уже занят: есть «admin», а заглавные и строчные буквы в логине не различаются",
            en: "login \"ADMIN\" is taken: \"admin\" exists, and logins ignore case"))) { try create("ADMIN", in: db) }
        #expect(throws: JournalError.conflict(Phrase(ru: "логин «admin» уже занят", en: "login \"admin\" is taken"))) {
            try create("admin", in: db)
        }
        try create("novikova", in: db)
        #expect(throws: JournalError.conflict(Phrase(
            ru: "логин «Novikova» уже занят: есть «novikova», а заглавные и строчные буквы в логине не различаются",
            en: "login \"Novikova\" is taken: \"novikova\" exists, and logins ignore case"))) { try create("Novikova", in: db) }
    }

    @Test func invisibleForeignAndOverlongLoginsAreRefused() throws {
        let db = try TinySchool.database()
        let cases: [(String, LoginFlaw)] = [
            ("\u{430}dmin", .notLatin("\u{430}")),
            ("ad\u{200B}min", .invisible(0x200B)),
            ("ad\u{202E}nimda", .invisible(0x202E)),
            ("x\u{1B}]0;t\u{07}", .control(0x1B)),
            (String(repeating: "a", count: 1_000), .tooLong(count: 1_000)),
            ("n", .tooShort),
            ("new teacher", .notAllowed(" ")),
        ]
        for (login, flaw) in cases {
            #expect(throws: JournalError.invalidLogin(login, flaw)) { try create(login, in: db) }
        }
        #expect(try db.accounts(by: .serverOperator).count == TinySchool.snapshot().accounts.count)
    }
}
