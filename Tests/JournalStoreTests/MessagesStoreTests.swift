import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// Messages and announcements at the store (MessagingSchool): who may write to
/// whom, threads, read receipts, withdrawal, editing, the audience of an
/// announcement and its readers.
@Suite struct MessagesStoreTests {
    let db: AppDatabase

    init() throws {
        db = try MessagingSchool.database()
    }

    func user(_ login: String) throws -> ActingUser {
        try #require(try db.actingUser(login: login))
    }

    func mayWrite(_ from: String, _ to: String) throws -> Bool {
        do {
            _ = try db.startThread(subject: "Вопрос", to: [try user(to).accountID], body: "Здравствуйте", by: try user(from))
            return true
        } catch JournalError.forbidden {
            return false
        }
    }

    @Test func aParentWritesOnlyToTheirChildsTeachersAndClassTeacher() throws {
        #expect(try mayWrite("mama", "ivanova"))      // teaches 5А
        #expect(try mayWrite("mama", "petrov"))       // heads 5А
        #expect(try !mayWrite("mama", "sidorova"))    // 6Б only
        #expect(try !mayWrite("mama", "admin"))       // teaches nobody
        #expect(try !mayWrite("mama", "papa"))        // another family
        #expect(try mayWrite("papa", "sidorova"))
        #expect(try !mayWrite("papa", "ivanova"))
    }

    @Test func aStudentWritesToTheirTeachersOnly() throws {
        #expect(try mayWrite("andreev", "ivanova"))
        #expect(try mayWrite("andreev", "petrov"))
        #expect(try !mayWrite("andreev", "sidorova"))
        #expect(try !mayWrite("andreev", "mama"))
    }

    @Test func staffWriteToStaffAndToTheirOwnStudentsFamilies() throws {
        #expect(try mayWrite("ivanova", "sidorova"))
        #expect(try mayWrite("secretary", "petrov"))
        #expect(try mayWrite("ivanova", "mama"))
        #expect(try mayWrite("ivanova", "andreev"))
        #expect(try !mayWrite("ivanova", "papa"))
        #expect(try mayWrite("sidorova", "papa"))
        #expect(try !mayWrite("secretary", "mama"))
        #expect(try mayWrite("admin", "papa"))
        #expect(try mayWrite("deputy", "mama"))
    }

    @Test func aParentAnswersTheDeputyWhoWroteToThem() throws {
        let sent = try db.startThread(subject: "Пропуски", to: [try user("mama").accountID], body: "Зайдите, пожалуйста", by: try user("deputy"))
        #expect(throws: Never.self) { _ = try db.postMessage("Зайду в среду", in: sent.thread, by: try user("mama")) }
        #expect(try !mayWrite("mama", "deputy"))
    }

    @Test func aThreadNeverJoinsTwoFamilies() throws {
        let admin = try user("admin")
        #expect(throws: JournalError.self) {
            _ = try db.startThread(subject: "Собрание", to: [try user("mama").accountID, try user("papa").accountID], body: "Приглашаем", by: admin)
        }
        #expect(try db.messageThreads(of: try user("mama")).isEmpty)
    }

    @Test func theRefusalSaysWhoAndWhyInRussian() throws {
        let error = #expect(throws: JournalError.self) {
            _ = try db.startThread(subject: "", to: [try user("sidorova").accountID], body: "Почему двойка?", by: try user("mama"))
        }
        let text = try #require(error).text(in: .ru)
        #expect(text.contains("Сидорова Софья Львовна"))
        #expect(text.contains("родители пишут учителям своих детей"))
        #expect(throws: JournalError.self) { try db.messageRecipient(login: "sidorova", by: try user("mama")) }
        #expect(try db.messageRecipient(login: "ivanova", by: try user("mama")).fullName == "Иванова Анна Петровна")
    }

    @Test func peersAreWhomOneMayWriteTo() throws {
        let mamaPeers = Set(try db.messagePeers(of: try user("mama")).map(\.fullName))
        #expect(mamaPeers == ["Иванова Анна Петровна", "Петров Пётр Ильич"])
        let ivanovaPeers = Set(try db.messagePeers(of: try user("ivanova")).map(\.fullName))
        #expect(ivanovaPeers.contains("Андреева Мария"))
        #expect(ivanovaPeers.contains("Сидорова Софья Львовна"))
        #expect(!ivanovaPeers.contains("Борисов Борис"))
        #expect(!ivanovaPeers.contains("Иванова Анна Петровна"))
    }

    @Test func unreadCountsReadReceiptsAndReplies() throws {
        let mama = try user("mama"), ivanova = try user("ivanova")
        let sent = try db.startThread(subject: "Контрольная", to: [ivanova.accountID], body: "Когда контрольная?", by: mama)
        #expect(try db.inboxSummary(for: ivanova).unreadMessages == 1)
        #expect(try db.inboxSummary(for: mama).unreadMessages == 0)
        #expect(try db.messageThread(sent.thread, by: mama).messages[0].readBy.isEmpty)
        try db.markThreadRead(sent.thread, by: ivanova)
        #expect(try db.inboxSummary(for: ivanova).unreadMessages == 0)
        let receipts = try db.messageThread(sent.thread, by: mama).messages[0].readBy
        #expect(receipts.map(\.name) == ["Иванова Анна Петровна"])
        _ = try db.postMessage("В пятницу.", in: sent.thread, by: ivanova)
        #expect(try db.messageThreads(of: mama).first?.unread == 1)
        #expect(throws: JournalError.self) { try db.messageThread(sent.thread, by: try user("papa")) }
        #expect(throws: JournalError.self) { _ = try db.postMessage("Я тоже", in: sent.thread, by: try user("papa")) }
    }

    @Test func aReadMessageCannotBeEditedButCanBeWithdrawnAndTheWithdrawalIsAudited() throws {
        let mama = try user("mama"), ivanova = try user("ivanova")
        let sent = try db.startThread(subject: "", to: [ivanova.accountID], body: "Первый вариант", by: mama)
        _ = try db.editMessage(sent.message, body: "Второй вариант", by: mama)
        #expect(try db.messageThread(sent.thread, by: ivanova).messages[0].body == "Второй вариант")
        #expect(throws: JournalError.self) { _ = try db.editMessage(sent.message, body: "Чужое", by: ivanova) }
        try db.markThreadRead(sent.thread, by: ivanova)
        #expect(throws: JournalError.self) { _ = try db.editMessage(sent.message, body: "Третий вариант", by: mama) }
        let before = try db.auditCount(table: "message")
        try db.withdrawMessage(sent.message, by: mama)
        #expect(try db.auditCount(table: "message") == before + 1)
        let seen = try db.messageThread(sent.thread, by: ivanova).messages[0]
        #expect(seen.body.isEmpty)
        #expect(seen.withdrawnAt != nil)
    }

    @Test func longTextIsCutAtTheLimitAndTheSenderIsTold() throws {
        let long = String(repeating: "а", count: MessageText.limit + 500)
        let sent = try db.startThread(subject: "", to: [try user("ivanova").accountID], body: long, by: try user("mama"))
        #expect(sent.wasCut)
        #expect(try db.messageThread(sent.thread, by: try user("mama")).messages[0].body.count == MessageText.limit)
    }

    @Test func controlCharactersAreNotStored() throws {
        let sent = try db.startThread(subject: "\u{1B}]0;x\u{07}", to: [try user("ivanova").accountID],
                                      body: "Здравствуйте\u{1B}[2J\r\nвторая строка\u{202E}", by: try user("mama"))
        let thread = try db.messageThread(sent.thread, by: try user("ivanova"))
        #expect(!thread.messages[0].body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!thread.messages[0].body.unicodeScalars.contains { $0.value == 0x202E })
        #expect(thread.messages[0].body.contains("\nвторая строка"))
        #expect(!thread.subject.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func anAnnouncementToTheParentsOfAClassReachesOnlyThem() throws {
        let admin = try user("admin")
        let fiveA = try db.announcementClass(named: "5А", by: .user(admin))
        _ = try db.publishAnnouncement("Собрание 5А в пятницу", to: .parentsOf(fiveA), until: JournalSchool.wednesday.adding(days: 3),
                                       by: .user(admin))
        #expect(try db.inboxSummary(for: try user("mama")).announcements.map(\.body) == ["Собрание 5А в пятницу"])
        #expect(try db.inboxSummary(for: try user("papa")).announcements.isEmpty)
        #expect(try db.inboxSummary(for: try user("ivanova")).announcements.isEmpty)
        #expect(try db.inboxSummary(for: try user("andreev")).announcements.isEmpty)
    }

    @Test func audiencesOfEveryoneARoleAndAClass() throws {
        let deputy = try user("deputy"), until = JournalSchool.wednesday.adding(days: 1)
        _ = try db.publishAnnouncement("Всем", to: .everyone, until: until, by: .user(deputy))
        _ = try db.publishAnnouncement("Учителям", to: .role(.teacher), until: until, by: .user(deputy))
        let eightB = try db.announcementClass(named: "8Б", by: .user(deputy))
        _ = try db.publishAnnouncement("8Б", to: .wholeClass(eightB), until: until, by: .user(deputy))
        func bodies(_ login: String) throws -> Set<String> { Set(try db.currentAnnouncements(for: try user(login)).map(\.body)) }
        #expect(try bodies("sidorova") == ["Всем", "Учителям", "8Б"])
        #expect(try bodies("papa") == ["Всем", "8Б"])
        #expect(try bodies("mama") == ["Всем"])
        #expect(try bodies("ivanova") == ["Всем", "Учителям"])
    }

    @Test func anExpiredOrWithdrawnAnnouncementIsGone() throws {
        let admin = try user("admin")
        #expect(throws: JournalError.self) {
            _ = try db.publishAnnouncement("Вчера", to: .everyone, until: JournalSchool.wednesday.adding(days: -1), by: .user(admin))
        }
        let published = try db.publishAnnouncement("Сегодня", to: .everyone, until: JournalSchool.wednesday, by: .user(admin))
        #expect(try db.currentAnnouncements(for: try user("mama")).count == 1)
        let tomorrow = db.with(clock: JournalSchool.clock(JournalSchool.wednesday.adding(days: 1)))
        #expect(try tomorrow.currentAnnouncements(for: try user("mama")).isEmpty)
        try db.withdrawAnnouncement(published.id, by: .user(admin))
        #expect(try db.currentAnnouncements(for: try user("mama")).isEmpty)
    }

    @Test func theAuthorSeesWhoHasRead() throws {
        let admin = try user("admin"), mama = try user("mama")
        let fiveA = try db.announcementClass(named: "5А", by: .user(admin))
        let published = try db.publishAnnouncement("Собрание", to: .parentsOf(fiveA), until: JournalSchool.wednesday, by: .user(admin))
        try db.markAnnouncementRead(published.id, by: mama)
        try db.markAnnouncementRead(published.id, by: mama)
        let readers = try db.announcementReaders(published.id, by: .user(admin))
        #expect(readers.readers.map(\.fullName) == ["Андреева Мария"])
        #expect(readers.readCount == 1)
        #expect(try db.inboxSummary(for: mama).announcements.isEmpty)
        #expect(throws: JournalError.self) { try db.announcementReaders(published.id, by: .user(try user("ivanova"))) }
    }

    @Test func anAnnouncementIsOneRowWhateverTheAudience() throws {
        let published = try db.publishAnnouncement("Всем", to: .everyone, until: JournalSchool.wednesday, by: .user(try user("admin")))
        let everyone = try db.announcementReaders(published.id, by: .user(try user("admin"))).readers.count
        #expect(everyone == (try db.accounts(by: .serverOperator).filter { !$0.account.disabled }.count))
        let role = try db.publishAnnouncement("Учителям", to: .role(.teacher), until: JournalSchool.wednesday, by: .user(try user("admin")))
        #expect(try db.announcementReaders(role.id, by: .user(try user("admin"))).readers.count == 3)
        let rows = try db.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM announcement) + (SELECT count(*) FROM announcement_read)")
        }
        #expect(rows == 2)
    }
}
