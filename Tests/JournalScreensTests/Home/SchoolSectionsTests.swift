import JournalCore
@testable import JournalScreens
import TerminalUI
import TestFixtures
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

    /// A teacher's sections are «Отчёты» (the reports of their own lessons)
    /// and the messages; a family's, the messages alone, reached with the
    /// same key from the diary.
    @Test func aTeachersAndAParentsMenuHoldTheirOwnSections() throws {
        let h = try TransitionScreens.harness("ivanova")
        #expect(h.contains("[М] Разделы"))
        h.press(.character("м"))
        #expect(h.lines[1].contains("Разделы"))
        #expect(h.contains("[О] Отчёты") && h.contains("[С] Сообщения") && !h.contains("[П] Переход на ББЖ"))
        let user = { (roles: [Role]) in ActingUser(accountID: AccountID(1), login: "t", fullName: "T", roles: roles) }
        #expect(SchoolSections.available(to: user([.teacher])).map(\.letter) == ["о", "с"])
        for roles in [[Role.parent], [.student]] {
            #expect(SchoolSections.available(to: user(roles)).map(\.letter) == ["с"])
        }
        // the secretary's menu (F11): messages, the year's end, the promotion by order
        #expect(SchoolSections.available(to: user([.secretary])).map(\.letter) == ["с", "г", "н"])
        let parent = try ScreenHarness.journal(login: "mama")
        parent.press(.character("м"), .character("с"))
        #expect(parent.app.topScreen is MessagesScreen)
    }

    /// The line about unread messages shows the way to them on this home:
    /// F11, not М, on the secretary's.
    @Test func theSecretarysInboxLineNamesHerMenuKey() throws {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        let ivanova = try #require(try h.db.actingUser(login: "ivanova"))
        let sekretar = try #require(try h.db.actingUser(login: "sekretar"))
        _ = try h.db.startThread(subject: "Списки", to: [sekretar.accountID], body: "Здравствуйте!", by: ivanova)
        try h.signInDirectly("sekretar")
        #expect(h.contains("Новых сообщений: 1 · F11 → С"), "\(h.screenText)")
    }

    /// The secretary's letters find people as they are typed: the menu is on
    /// F11 there, and М goes to the search.
    @Test func theSecretarysMenuIsOnF11() throws {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.signInDirectly("sekretar")
        #expect(h.contains("[F11] Разделы"))
        h.press(.function(11))
        #expect(h.lines[1].contains("Разделы"))
        h.press(.character("с"))
        #expect(h.app.topScreen is MessagesScreen)
    }
}
