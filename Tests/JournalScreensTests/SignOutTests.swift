import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// ui.md: every home screen asks before signing out, with «Нет» chosen, as
/// leaving the program does.
@Suite struct SignOutTests {
    static func expectAsksAndStays(_ h: ScreenHarness, login: String) {
        for key in [Key.function(10), .escape] {
            h.press(key)
            #expect(h.contains("Выход из журнала"), "\(login) \(key)")
            #expect(h.contains("Выйти из журнала к экрану входа?"), "\(login) \(key)")
            h.press(.enter)   // «Нет» is chosen at first
            #expect(h.app.context.user?.login == login, "\(login) \(key)")
            #expect(!h.contains("Выйти из журнала к экрану входа?"), "\(login) \(key)")
        }
        h.press(.function(10), .right, .enter)
        #expect(h.app.context.user == nil, "\(login)")
        #expect(h.status.contains("Вы вышли из журнала."), "\(login)")
    }

    @Test(arguments: ["ivanova", "deputy", "admin", "mama"])
    func everyHomeAsksFirstWithNoChosen(login: String) throws {
        Self.expectAsksAndStays(try ScreenHarness.journal(login: login), login: login)
    }

    @Test func theSecretarysHomeAsksToo() throws {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.signInDirectly("sekretar")
        Self.expectAsksAndStays(h, login: "sekretar")
    }

    /// A deputy's own lessons (F7) are not a home: Esc goes back at once.
    @Test func aHomeOpenedFromAnotherHomeGoesBackWithoutAsking() throws {
        let h = try ScreenHarness.ivanova(as: [.deputy, .teacher])
        h.press(.function(7), .escape)
        #expect(!h.contains("Выйти из журнала к экрану входа?"))
        #expect(h.app.topScreen?.title(in: h.context) == "Готовность к ББЖ")
    }
}
