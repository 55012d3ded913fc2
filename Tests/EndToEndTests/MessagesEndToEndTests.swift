import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Issue 15's «Done when» (c) and (d), and the live arrival of a message, in
/// a real terminal: MessagingSchool's people (7А: mama, ivanova, petrov; 8Б:
/// papa, sidorova), each signed in in a tmux session of their own.
@Suite(.serialized) struct MessagesEndToEndTests {
    func session(_ path: String, _ login: String) throws -> TmuxSession {
        let tmux = try TmuxSession(command: "\(ZhurnalBinary.url.path) --db \(path)")
        #expect(tmux.waitFor("Вход в электронный журнал"), "\(tmux.screen())")
        try tmux.type(login)
        try tmux.press("Enter")
        try tmux.type(MessagingSchool.password(login))
        try tmux.press("Enter")
        return tmux
    }

    /// Opens «Сообщения и объявления» from a home: М, then С.
    func openMessages(_ tmux: TmuxSession) throws {
        #expect(tmux.waitFor("[М] Разделы"), "\(tmux.screen())")
        try tmux.type("м")
        #expect(tmux.waitFor("Сообщения и объявления"), "\(tmux.screen())")
        try tmux.type("с")
        #expect(tmux.waitFor("Переписка"), "\(tmux.screen())")
    }

    /// (c) The administrator announces a meeting to the parents of 7А on the
    /// screen; a 7А parent sees it on their home, an 8Б parent does not.
    @Test(.requires(Tools.tmux)) func anAnnouncementToTheParentsOf7AShowsFor7AParentsOnly() throws {
        let journal = try JournalInTmux(prepare: MessagingSchool.prepare)
        defer { journal.close() }
        journal.tmux.close()
        let admin = try session(journal.databasePath, "admin")
        defer { admin.close() }
        try openMessages(admin)
        try admin.press("F3")
        #expect(admin.waitFor("Новое объявление"), "\(admin.screen())")
        try admin.type("   ")                     // всем → роли → классу → родителям класса
        #expect(admin.waitFor("родителям класса"), "\(admin.screen())")
        try admin.press("Tab")
        try admin.type("7А")
        try admin.press("Tab")
        try admin.press("Tab")
        try admin.type("Родительское собрание 7А в пятницу в 18:00")
        try admin.press("F2")
        #expect(admin.waitFor("Объявление опубликовано"), "\(admin.screen())")
        #expect(admin.waitFor("родители 7А"), "\(admin.screen())")

        let mama = try session(journal.databasePath, "mama")
        defer { mama.close() }
        #expect(mama.waitFor("Объявление: Родительское собрание 7А"), "\(mama.screen())")
        let papa = try session(journal.databasePath, "papa")
        defer { papa.close() }
        #expect(papa.waitFor("[М] Разделы"), "\(papa.screen())")
        #expect(!papa.screen().contains("Родительское собрание"), "\(papa.screen())")
        try openMessages(papa)
        #expect(papa.waitFor("нет действующих объявлений"), "\(papa.screen())")

        // the parent reads it; the administrator sees who has read it
        try openMessages(mama)
        try mama.press("Enter")
        #expect(mama.waitFor("Родительское собрание 7А в пятницу в 18:00"), "\(mama.screen())")
        try admin.press("Enter")
        #expect(admin.waitFor("Прочитали: 1 из 1"), "\(admin.screen())")
        #expect(admin.waitFor("Андреева Мария"), "\(admin.screen())")
    }

    /// (d) A 7А parent may not write to 8Б's teacher: the screen offers only
    /// their child's teachers, and the login typed in full is refused in
    /// Russian. A message to the child's teacher arrives on the teacher's
    /// home, which is open, within the refresh.
    @Test(.requires(Tools.tmux)) func aParentsMessageToATeacherWhoDoesNotTeachTheirChildIsRefused() throws {
        let journal = try JournalInTmux(prepare: MessagingSchool.prepare)
        defer { journal.close() }
        journal.tmux.close()
        let ivanova = try session(journal.databasePath, "ivanova")
        defer { ivanova.close() }
        #expect(ivanova.waitFor("[М] Разделы"), "\(ivanova.screen())")
        let mama = try session(journal.databasePath, "mama")
        defer { mama.close() }
        try openMessages(mama)
        try mama.press("F2")
        #expect(mama.waitFor("Новое сообщение: кому"), "\(mama.screen())")
        #expect(mama.waitFor("Иванова Анна Петровна"), "\(mama.screen())")
        #expect(!mama.screen().contains("Сидорова"), "\(mama.screen())")
        try mama.type("sidorova")
        try mama.press("Enter")
        #expect(mama.waitFor("родители пишут учителям своих детей"), "\(mama.screen())")
        #expect(mama.screen().contains("писать «sidorova» нельзя"), "\(mama.screen())")
        #expect(try journal.database().messageThreads(of: try #require(try journal.database().actingUser(login: "mama"))).isEmpty)

        try mama.press("C-u")
        try mama.type("Иванова")
        try mama.press("Enter")
        #expect(mama.waitFor("Сообщение для: Иванова"), "\(mama.screen())")
        try mama.type("Когда контрольная по математике?")
        try mama.press("F2")
        #expect(mama.waitFor("Сообщение отправлено"), "\(mama.screen())")
        #expect(ivanova.waitFor("Новых сообщений: 1", timeout: 5), "\(ivanova.screen())")
    }
}
