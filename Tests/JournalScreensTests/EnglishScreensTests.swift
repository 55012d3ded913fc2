import Foundation
import JournalCore
import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// `--lang en`: the frame titles follow the language like everything else.
@Suite struct EnglishScreensTests {
    @Test func theLoginScreenAndATeachersDayAreTitledInEnglish() throws {
        let h = try ScreenHarness(language: .en)
        #expect(h.lines[1].contains("Sign in to the e-journal"), "\(h.screenText)")
        #expect(!h.contains("Вход в электронный журнал"))

        let db = try JournalSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday))
        let teacher = try ScreenHarness(db: db, language: .en)
        try teacher.signInDirectly("ivanova")
        #expect(teacher.lines[1].contains("Today"), "\(teacher.screenText)")
        teacher.press(.home, .enter)
        let grid = try #require(teacher.app.topScreen as? ClassGridScreen)
        #expect(grid.title(in: teacher.context) == "Journal 5А · Математика · 2 четверть")
        #expect(teacher.lines[1].contains("Journal 5А"), "\(teacher.screenText)")
    }

    @Test func anAdministratorsScreensAreTitledInEnglish() throws {
        let h = try ScreenHarness(language: .en)
        try h.signInDirectly("admin")
        #expect(h.lines[1].contains("Readiness for the paperless journal"), "\(h.screenText)")
        let accounts = AccountsScreen(user: try #require(try h.db.actingUser(login: "admin")), context: h.context)
        #expect(accounts.title(in: h.context) == "Accounts")
        #expect(accounts.helpEntries.allSatisfy { !$0.text.contains { ("а"..."я").contains($0) } })
    }
}
