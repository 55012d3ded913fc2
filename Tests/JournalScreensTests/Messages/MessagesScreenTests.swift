import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// «Сообщения и объявления» on the test terminal (MessagingSchool), and the
/// draft and finder without a database.
@Suite struct MessagesScreenTests {
    func harness(_ login: String) throws -> ScreenHarness {
        let db = try MessagingSchool.database()
        let h = try ScreenHarness(db: db)
        try h.signInDirectly(login)
        return h
    }

    func user(_ h: ScreenHarness, _ login: String) throws -> ActingUser {
        try #require(try h.db.actingUser(login: login))
    }

    @Test func theDraftStopsAtTheLimitAndSaysSoOnce() {
        var draft = MessageDraft()
        for _ in 0..<(MessageText.limit + 3) { _ = draft.handle(.character("ж")) }
        #expect(draft.count == MessageText.limit)
        let first = draft.takeCutNotice(), second = draft.takeCutNotice()
        #expect(first && !second)
        var lines = MessageDraft()
        for key: Key in [.character("a"), .enter, .character("b"), .character("\u{1B}")] { _ = lines.handle(key) }
        #expect(lines.text == "a\nb")
        #expect(lines.lines(width: 10) == ["a", "b"])
    }

    @Test func theFinderMatchesNamesAndNotes() {
        var finder = PeerFinder(peers: [MessagePeer(id: AccountID(1), fullName: "Иванова Анна", note: "учитель"),
                                        MessagePeer(id: AccountID(2), fullName: "Андреева Мария", note: "родитель: Андреев Илья 7А")])
        for character in "андреев" { finder.handle(.character(character)) }
        #expect(finder.matches.map(\.fullName) == ["Андреева Мария"])
        #expect(finder.chosen?.id == AccountID(2))
    }

    @Test func aParentIsOfferedTheirChildsTeachersAndRefusedAnotherInWords() throws {
        let h = try harness("mama")
        h.press(.character("м"), .character("с"))
        #expect(h.contains("Сообщения и объявления"))
        h.press(.function(2))
        #expect(h.contains("Иванова Анна Петровна") && h.contains("Петров Пётр Ильич"))
        #expect(!h.contains("Сидорова"))
        h.type("sidorova")
        h.press(.enter)
        #expect(h.status.contains("родители пишут учителям своих детей"), "\(h.status)")
        #expect(try h.db.messageThreads(of: try user(h, "mama")).isEmpty)
        h.press(.control("u"))
        h.type("Иванова")
        h.press(.enter)
        #expect(h.status.contains("Напишите текст; F2 — отправить."), "\(h.status)")
    }

    @Test func aMessageIsSentAndTheTeachersHomeCountsIt() throws {
        let h = try harness("mama")
        h.press(.character("м"), .character("с"), .function(2))
        h.type("Иванова")
        h.press(.enter)
        h.type("Когда контрольная?")
        h.press(.function(2))
        #expect(h.app.topScreen is ThreadScreen)
        #expect(h.contains("Когда контрольная?") && h.contains("не прочитано"))
        let teacher = try ScreenHarness(db: h.db)
        try teacher.signInDirectly("ivanova")
        #expect(teacher.contains("Новых сообщений: 1 · М → С"), "\(teacher.screenText)")
        teacher.press(.character("м"), .character("с"))
        teacher.press(.enter)
        #expect(teacher.app.topScreen is ThreadScreen)
        h.app.topScreen?.reload(context: h.context)
        h.app.draw()
        #expect(h.contains("✓ прочитано: Иванова Анна Петровна"), "\(h.screenText)")
    }

    /// F4 changes one's own message while nobody has read it; once it is
    /// read, F4 is refused in words and F8 (withdraw) is named instead.
    @Test func aSenderChangesTheirMessageUntilItIsRead() throws {
        let h = try harness("mama")
        h.press(.character("м"), .character("с"), .function(2))
        h.type("Иванова")
        h.press(.enter)
        h.type("Когда контрольная?")
        h.press(.function(2))
        #expect(h.app.topScreen is ThreadScreen)
        #expect(h.screenText.contains("4Изменить"), "\(h.screenText)")
        h.press(.function(4))
        #expect(h.contains("Изменение · 18/2000"), "\(h.screenText)")
        h.press(.backspace)
        h.type(" по алгебре?")
        h.press(.function(2))
        #expect(h.status.contains("Сообщение изменено."), "\(h.status)")
        #expect(h.contains("Когда контрольная по алгебре?") && h.contains("(изменено)"), "\(h.screenText)")
        let teacher = try ScreenHarness(db: h.db)
        try teacher.signInDirectly("ivanova")
        teacher.press(.character("м"), .character("с"), .enter)
        #expect(teacher.app.topScreen is ThreadScreen)
        h.app.topScreen?.reload(context: h.context)
        h.press(.function(4))
        #expect(h.status.contains("Сообщение уже прочитано: изменить его нельзя, можно отозвать (F8)."), "\(h.status)")
        #expect(!h.contains("Изменение ·"))
        let thread = try #require(try h.db.messageThreads(of: try user(h, "mama")).first)
        #expect(try h.db.messageThread(thread.id, by: try user(h, "mama")).messages.map(\.body) == ["Когда контрольная по алгебре?"])
    }

    @Test func anAnnouncementShowsOnTheHomeUntilRead() throws {
        let h = try harness("mama")
        #expect(!h.contains("Объявление:"))
        let admin = try user(h, "admin")
        _ = try h.db.publishAnnouncement("Собрание \u{1B}[2Jв пятницу", to: .everyone, until: JournalSchool.wednesday, by: .user(admin))
        h.app.topScreen?.reload(context: h.context)
        h.app.draw()
        #expect(h.contains("Объявление: Собрание"), "\(h.screenText)")
        #expect(!h.screenText.contains("\u{1B}"))
        h.press(.character("м"), .character("с"), .enter)
        #expect(h.app.topScreen is AnnouncementScreen)
        #expect(h.contains("в пятницу"))
        h.press(.escape, .escape)
        #expect(!h.contains("Объявление: Собрание"), "\(h.screenText)")
    }
}
