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

    /// A teacher's one section is «Отчёты» (the reports of their own
    /// lessons); a role with no section gets no menu key at all.
    @Test func aTeachersMenuHoldsOnlyTheReports() throws {
        let h = try TransitionScreens.harness("ivanova")
        h.press(.character("м"))
        #expect(h.lines[1].contains("Разделы"))
        #expect(h.contains("[О] Отчёты") && !h.contains("[П] Переход на ББЖ"))
        let user = { (roles: [Role]) in ActingUser(accountID: AccountID(1), login: "t", fullName: "T", roles: roles) }
        #expect(SchoolSections.available(to: user([.teacher])).map(\.letter) == ["о"])
        #expect(SchoolSections.available(to: user([.parent])).isEmpty)
        #expect(SchoolSections.available(to: user([.secretary])).isEmpty)
    }
}
