import JournalCore
@testable import JournalScreens
import TerminalUI
import Testing

@Suite struct SchoolSectionsTests {
    /// М (V on the Latin layout) opens «Разделы» from the deputy's home; the
    /// section's letter opens it, Esc comes back to the list.
    @Test func theDeputyOpensASectionByItsLetter() throws {
        let h = try TransitionScreens.harness("zavuch")
        h.press(.character("v"))
        #expect(h.lines[1].contains("Разделы"))
        #expect(h.contains("[П] Переход на ББЖ"))
        h.press(.character("п"))
        #expect(h.lines[1].contains("Переход на ББЖ"))
        h.press(.escape)
        #expect(h.lines[1].contains("Разделы"))
    }

    /// A teacher with no section of theirs gets no menu key at all.
    @Test func aTeacherWithoutSectionsHasNoMenu() throws {
        let h = try TransitionScreens.harness("ivanova")
        #expect(!h.contains("[М] Разделы"))
        #expect(SchoolSections.available(to: ActingUser(accountID: AccountID(1), login: "t", fullName: "T", roles: [.teacher])).isEmpty)
    }
}
