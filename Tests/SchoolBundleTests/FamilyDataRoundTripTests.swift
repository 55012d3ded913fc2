import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing
@testable import SchoolBundle

/// Issue 15's data goes out with the school and comes back: the excuse notes,
/// the homework's chosen due lessons, contacts and consents, the class's
/// events, notices to parents, messages with their receipts, announcements
/// and who read them. Made through the store as the users make it, on
/// MessagingSchool (today Wednesday 11.09.2024; petrov heads 5А; ivanova
/// teaches its mathematics at lessons 1 and 3; mama is Андреев's parent).
@Suite struct FamilyDataRoundTripTests {
    static let today = JournalSchool.wednesday
    static let fiveA = ClassID(1)
    static let andreev = StudentID(1), borisova = StudentID(2)
    static let excuse = "справка № 17 от 04.09.2024, поликлиника № 2"
    static let question = "Здравствуйте!\nКакие задачи \"со звёздочкой\", 100 или 101?\n\n  С уважением, Андреева"
    static let friday = DueLesson(date: today.adding(days: 2), lessonNumber: 3)

    static func clock() -> TestClock { JournalSchool.clock(today, "12:30") }

    /// The school with every kind of the new data in it.
    static func schoolWithFamilyData() throws -> (db: AppDatabase, thread: MessageThreadID) {
        let db = try MessagingSchool.database(clock: clock())
        func user(_ login: String) throws -> ActingUser { try #require(try db.actingUser(login: login)) }
        let petrov = try user("petrov"), ivanova = try user("ivanova"), mama = try user("mama"), admin = try user("admin")
        // The class teacher excuses a week-old absence and keeps contacts, events and notices.
        #expect(try db.excuseAbsences(of: borisova, from: today.adding(days: -7), to: today.adding(days: -7), note: excuse, by: petrov) == 1)
        try db.saveContact(PersonContact(phone: "+7 900 000-00-01", email: "andreev@example.ru", address: "ул. Школьная, д. 1, кв. 2",
                                         consentDate: today.adding(days: -10)), of: .student(andreev), by: petrov)
        try db.saveContact(PersonContact(phone: "+7 900 000-00-02", consentDate: today.adding(days: -9)), of: .parent(mama.accountID),
                           by: petrov)
        try db.saveClassEvent(ClassEvent(date: today.adding(days: 2), time: TimeOfDay(text: "18:00"), title: "Родительское собрание",
                                         place: "каб. 14, «актовый»"), in: fiveA, by: petrov)
        try db.saveClassEvent(ClassEvent(date: today.adding(days: 9), time: nil, title: "Экскурсия в музей", place: nil), in: fiveA, by: petrov)
        try db.sendNotices([NoticeDraft(student: andreev, text: "получил 2 по математике 10.09")], in: fiveA, by: petrov)
        try db.markNoticesRead(try db.parentNotices(by: mama).map(\.id), by: mama)
        try db.sendNotices([NoticeDraft(student: andreev, text: "пропустил без уважительной причины 1 урок на этой неделе")],
                           in: fiveA, by: petrov)
        // Homework: one due at a lesson the teacher chose, one at the default.
        try db.setHomework(lesson: JournalSchool.lessonID("today-1"), "№ 100, 101 «со звёздочкой»", by: ivanova)
        try db.setHomeworkDue(lesson: JournalSchool.lessonID("today-1"), to: friday, by: ivanova)
        try db.setHomework(lesson: JournalSchool.lessonID("today-3"), "§ 5", by: ivanova)
        // A parent's question, read and answered; an answer edited before it was read; a withdrawn message.
        let sent = try db.startThread(subject: "Домашнее задание", to: [ivanova.accountID], body: question, by: mama)
        try db.markThreadRead(sent.thread, by: ivanova)
        let answer = try db.postMessage("Обе, «100» и «101».", in: sent.thread, by: ivanova)
        _ = try db.editMessage(answer.message, body: "Обе: 100 и 101,\nи ещё 102.", by: ivanova)
        let slip = try db.postMessage("Ой, не туда", in: sent.thread, by: mama)
        try db.withdrawMessage(slip.message, by: mama)
        _ = try db.startThread(subject: "", to: [petrov.accountID], body: "Пётр Ильич, зайдите после уроков", by: ivanova)
        // Announcements: one read by a parent, one withdrawn.
        let meeting = try db.publishAnnouncement("Собрание 5А в пятницу, 18:00.\nЯвка обязательна.", to: .parentsOf(fiveA),
                                                 until: today.adding(days: 3), by: .user(admin))
        try db.markAnnouncementRead(meeting.id, by: mama)
        let council = try db.publishAnnouncement("Педсовет в 15:00", to: .role(.teacher), until: today, by: .user(admin))
        try db.withdrawAnnouncement(council.id, by: .user(admin))
        _ = try db.publishAnnouncement("Всем: день открытых дверей", to: .everyone, until: today.adding(days: 5), by: .user(admin))
        return (db, sent.thread)
    }

    func export(_ db: AppDatabase) throws -> TempFolder {
        let folder = TempFolder()
        try BundleWriter().write(try db.snapshot(by: .serverOperator), to: folder.url)
        return folder
    }

    func files(_ folder: TempFolder) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: BundleFile.allCases.map { ($0.name, folder.bytes($0.name)) })
    }

    func text(_ folder: TempFolder, _ name: String) -> String {
        String(decoding: folder.bytes(name), as: UTF8.self)
    }

    static let newFiles = ["attendance_notes.csv", "homework_due.csv", "contacts.csv", "class_events.csv", "parent_notices.csv",
                           "threads.csv", "messages.csv", "message_reads.csv", "announcements.csv", "announcement_reads.csv"]

    @Test func everyKindOfTheNewDataSurvivesExportAndImport() throws {
        let (db, thread) = try Self.schoolWithFamilyData()
        let first = try export(db)
        for name in Self.newFiles {
            #expect(text(first, name).split(separator: "\n").count > 1, "\(name) has no rows")
        }
        let fresh = try AppDatabase.inMemory(clock: Self.clock())
        let summary = try BundleImport.run(from: first.url, replace: false) { fresh }
        #expect(summary.text(in: .ru).contains("сообщений: 4"), "\(summary.text(in: .ru))")
        let second = try export(fresh)
        #expect(files(first) == files(second))
        for name in Self.newFiles where text(first, name) != text(second, name) {
            Issue.record("\(name) differs:\n\(text(first, name))\n---\n\(text(second, name))")
        }

        // Row ids of accounts, students and lessons are the new database's own: people are found by login.
        func user(_ login: String, in database: AppDatabase) throws -> ActingUser {
            try #require(try database.actingUser(login: login))
        }
        let ivanova = try user("ivanova", in: fresh), mama = try user("mama", in: fresh), petrov = try user("petrov", in: fresh)
        // the teacher's chosen lesson, not the default rule's next lesson
        let lessons = try fresh.snapshot(by: .serverOperator).lessons
        #expect(lessons.first { $0.code == "today-1" }?.homeworkDue == HomeworkDue(date: Self.friday.date, lessonNumber: 3))
        let defaultDue = try db.lessonSheet(JournalSchool.lessonID("today-3"), by: try user("ivanova", in: db)).homeworkDue
        #expect(defaultDue != nil)
        #expect(lessons.first { $0.code == "today-3" }?.homeworkDue == defaultDue.map { HomeworkDue(date: $0.date, lessonNumber: $0.lessonNumber) })
        // the read receipt, the edit and the withdrawal; the text with its line breaks and quotes
        let messages = try fresh.messageThread(thread, by: mama).messages
        #expect(messages.map(\.body).first == Self.question)
        #expect(messages.first?.readBy.map(\.name) == ["Иванова Анна Петровна"])
        #expect(messages.dropFirst().first?.editedAt != nil)
        #expect(messages.last?.isWithdrawn == true)
        // how far each member has read, and each thread's last message time, as before
        for login in ["mama", "ivanova", "petrov"] {
            let before = try db.messageThreads(of: try user(login, in: db))
            let after = try fresh.messageThreads(of: try user(login, in: fresh))
            #expect(after.map(\.unread) == before.map(\.unread))
            #expect(after.map(\.lastMessageAt) == before.map(\.lastMessageAt))
        }
        #expect(try fresh.messageThreads(of: petrov).map(\.unread) == [1])
        // the excuse note and the class teacher's records
        let week = try fresh.myClassOverview(Self.fiveA, week: Self.today.adding(days: -7), by: petrov)
        #expect(week.students.flatMap(\.entries).compactMap(\.note) == [Self.excuse])
        #expect(week.students.first { $0.fullName == "Андреев Илья Сергеевич" }?.contact.email == "andreev@example.ru")
        let notices = try fresh.parentNotices(by: mama)
        #expect(notices.count == 2)
        #expect(notices.filter { $0.readAt != nil }.count == 1)
        // the announcement's reader
        let current = try fresh.currentAnnouncements(for: mama)
        #expect(current.first { $0.body.hasPrefix("Собрание 5А") }?.isRead == true)
        #expect(try fresh.currentAnnouncements(for: ivanova).map(\.body) == ["Всем: день открытых дверей"])
    }

    @Test func messageTextsKeepLineBreaksAndQuotesInTheFile() throws {
        let (db, _) = try Self.schoolWithFamilyData()
        let messages = text(try export(db), "messages.csv")
        #expect(messages.hasPrefix("id,thread_id,sender,body,sent_at,edited_at,withdrawn_at\n"))
        #expect(messages.contains("\"Здравствуйте!\nКакие задачи \"\"со звёздочкой\"\", 100 или 101?\n\n  С уважением, Андреева\""))
        #expect(messages.contains(",ivanova,\"Обе: 100 и 101,\nи ещё 102.\",2024-09-11T12:30:00,2024-09-11T12:30:00,\n"))
    }

    /// A format-2 bundle of before issue 15 still imports: the new data is
    /// empty, and homework gets its due lesson by the default rule.
    @Test func aBundleWithoutTheNewFilesImportsWithNoneOfTheirData() throws {
        let (db, _) = try Self.schoolWithFamilyData()
        let folder = try export(db)
        for name in Self.newFiles { folder.remove(name) }
        let fresh = try AppDatabase.inMemory(clock: Self.clock())
        _ = try BundleImport.run(from: folder.url, replace: false) { fresh }
        let back = try fresh.snapshot(by: .serverOperator)
        #expect(back.contacts.isEmpty && back.classEvents.isEmpty && back.parentNotices.isEmpty)
        #expect(back.messageThreads.isEmpty && back.messages.isEmpty && back.announcements.isEmpty)
        #expect(back.attendance.allSatisfy { $0.note == nil })
        let due = back.lessons.first { $0.code == "today-1" }?.homeworkDue
        #expect(due == HomeworkDue(date: Self.today.adding(days: 1), lessonNumber: 1))
    }

    /// `--replace` over a school with messages empties them with the rest.
    @Test func replacingASchoolReplacesItsMessagesToo() throws {
        let (db, _) = try Self.schoolWithFamilyData()
        let folder = try export(db)
        let other = ValidBundle.folder()
        _ = try BundleImport.run(from: other.url, replace: true) { db }
        let back = try db.snapshot(by: .serverOperator)
        #expect(back.messages.isEmpty && back.contacts.isEmpty && back.announcementReads.isEmpty)
        _ = try BundleImport.run(from: folder.url, replace: true) { db }
        #expect(files(try export(db)) == files(folder))
    }
}
