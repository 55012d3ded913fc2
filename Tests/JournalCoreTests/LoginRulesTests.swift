import JournalCore
import Testing

/// The login alphabet: Latin letters, digits, `. _ -`, 2 to 64 characters.
@Suite struct LoginRulesTests {
    @Test func ordinaryLoginsPass() throws {
        for login in ["admin", "ivanova.ap", "petrov_2", "kuz-min", "AB", String(repeating: "a", count: 64)] {
            try LoginRules.check(login)
        }
    }

    @Test func eachFlawIsNamed() {
        let cases: [(String, LoginFlaw)] = [
            ("a", .tooShort),
            ("", .tooShort),
            (String(repeating: "x", count: 1_000), .tooLong(count: 1_000)),
            ("adm\u{1B}in", .control(0x1B)),
            ("ad\u{0}min", .control(0)),
            ("admin\u{9B}", .control(0x9B)),
            ("ad\u{202E}min", .invisible(0x202E)),
            ("ad\u{200B}min", .invisible(0x200B)),
            ("admin\u{FEFF}", .invisible(0xFEFF)),
            ("\u{430}dmin", .notLatin("\u{430}")),   // Cyrillic а
            ("ivanova.ап", .notLatin("а")),
            ("ad min", .notAllowed(" ")),
            ("admin@school", .notAllowed("@")),
        ]
        for (login, flaw) in cases {
            #expect(LoginRules.flaw(of: login) == flaw, "\(login.debugDescription)")
            #expect(throws: JournalError.invalidLogin(login, flaw)) { try LoginRules.check(login) }
        }
    }

    @Test func aLookAlikeIsExplainedInRussian() {
        let error = JournalError.invalidLogin("\u{430}dmin", .notLatin("\u{430}"))
        #expect(error.text(in: .ru) == "недопустимый логин «\u{430}dmin»: содержит нелатинскую букву «а»: наберите логин в английской раскладке; "
            + "логин — это латинские буквы, цифры, точка, подчёркивание и дефис, от 2 до 64 символов")
        let long = JournalError.invalidLogin(String(repeating: "x", count: 1_000), .tooLong(count: 1_000))
        #expect(long.text(in: .ru).hasPrefix("недопустимый логин «xxxxxxxxxxxxxxxxxxxxxxxx…»: слишком длинный (1000 символов)"))
        let escape = JournalError.invalidLogin("a\u{1B}]0;x\u{07}", .control(0x1B))
        #expect(!escape.text(in: .ru).contains("\u{1B}"))
        #expect(escape.text(in: .ru).contains("содержит управляющий символ U+001B"))
    }

    @Test func caseDoesNotMakeAnotherLogin() {
        #expect(LoginRules.folded("ADMIN") == LoginRules.folded("admin"))
        #expect(LoginRules.folded("Ivanova.AP") == "ivanova.ap")
    }
}
