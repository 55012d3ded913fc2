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

    /// Everyone with an account has messages: a teacher's menu holds them
    /// alone, and the parent's home reaches them with the same key.
    @Test func aTeachersAndAParentsMenuHoldMessagesOnly() throws {
        let h = try TransitionScreens.harness("ivanova")
        #expect(h.contains("[М] Разделы"))
        for roles in [[Role.teacher], [.parent], [.student]] {
            let user = ActingUser(accountID: AccountID(1), login: "t", fullName: "T", roles: roles)
            #expect(SchoolSections.available(to: user).map(\.letter) == ["с"])
        }
        let parent = try ScreenHarness.journal(login: "mama")
        parent.press(.character("м"), .character("с"))
        #expect(parent.app.topScreen is MessagesScreen)
    }
}
