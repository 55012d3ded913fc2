import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// «Мой класс» at the store (issue 15), on FamilySchool: ivanova heads 7Б,
/// where Кузнецов Пётр (s5, papa's) has an «н» and a 2 in math on Tuesday;
/// petrov heads 5А, where Борисова Ольга (s2) has an «н» on Monday.
@Suite struct ClassTeacherStoreTests {
    let db: AppDatabase
    let ivanova: ActingUser, petrov: ActingUser, papa: ActingUser, mama: ActingUser
    static let class7B = ClassID(2), petr = StudentID(5), olga = StudentID(2)

    init() throws {
        db = try FamilySchool.database()
        ivanova = try #require(try db.actingUser(login: "ivanova"))
        petrov = try #require(try db.actingUser(login: "petrov"))
        papa = try #require(try db.actingUser(login: "papa"))
        mama = try #require(try db.actingUser(login: "mama"))
    }

    /// The student's only attendance row of `day`.
    func attendance(_ day: SchoolDate, _ student: StudentID) throws -> [String?] {
        try db.writer.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT a.code, a.note FROM attendance a JOIN lesson l ON l.id = a.lesson_id WHERE l.day = ? AND a.student_id = ?
                """, arguments: [day, student])
            return [row?["code"], row?["note"]]
        }
    }

    @Test func theClassTeacherHeadsTheirClassOnly() throws {
        #expect(try db.headedClasses(by: ivanova).map(\.name) == ["7Б"])
        #expect(try db.headedClasses(by: papa).isEmpty)
    }

    @Test func theWeekShowsEveryMarkAndAbsenceAcrossSubjects() throws {
        let overview = try db.myClassOverview(Self.class7B, week: FamilySchool.tuesday, by: ivanova)
        #expect(overview.students.map(\.fullName) == ["Кузнецов Пётр", "Сидорова Анна"])
        let petr = try #require(overview.students.first)
        #expect(petr.unexcused.count == 1)
        #expect(petr.twos.map(\.subject) == ["Математика"])
        #expect(petr.parents.map(\.fullName) == ["Кузнецов Павел"])
        let anna = overview.students[1]
        #expect(anna.entries.map { $0.mark.map(String.init) ?? $0.absence?.rawValue ?? "" } == ["5", "4", "б"])
        // Tuesday 10:00: the bells end at 10:10, lesson 2 is on.
        #expect(overview.lessonNow == 2)
        #expect(overview.todayAbsences.map(\.code) == [.absent, .ill])
        #expect(overview.absentNow.map(\.fullName) == ["Сидорова Анна"])
    }

    @Test func excusingADayTurnsItsAbsencesIntoExcusedWithTheNote() throws {
        let before = try db.auditCount(table: "attendance")
        let count = try db.excuseAbsences(of: Self.petr, from: FamilySchool.tuesday, to: FamilySchool.tuesday,
                                          note: "справка № 17", by: ivanova)
        #expect(count == 1)
        #expect(try attendance(FamilySchool.tuesday, Self.petr) == ["уп", "справка № 17"])
        #expect(try db.auditCount(table: "attendance") == before + 1)
        let record = try db.familyRecord(of: Self.petr, period: PeriodID(1), by: papa)
        #expect(record.attendance.map(\.code) == [.excused])
        let again = try db.excuseAbsences(of: Self.petr, from: FamilySchool.tuesday, to: FamilySchool.tuesday, note: "справка № 17", by: ivanova)
        #expect(again == 0)
    }

    @Test func anExcuseNeedsTheDocumentAndTheClassTeacher() throws {
        #expect(throws: JournalError.self) {
            try db.excuseAbsences(of: Self.petr, from: FamilySchool.tuesday, to: FamilySchool.tuesday, note: "  ", by: ivanova)
        }
        let refused = #expect(throws: JournalError.self) {
            try db.excuseAbsences(of: Self.petr, from: TinySchool.monday, to: FamilySchool.tuesday, note: "справка № 1", by: petrov)
        }
        guard case .forbidden? = refused else { Issue.record("not forbidden: \(String(describing: refused))"); return }
        #expect(try attendance(FamilySchool.tuesday, Self.petr) == ["н", nil])
        #expect(throws: JournalError.self) {
            try db.excuseAbsences(of: Self.petr, from: FamilySchool.tuesday, to: TinySchool.monday, note: "справка", by: ivanova)
        }
    }

    @Test func aRangeOfDaysIsExcusedInOneGo() throws {
        let count = try db.excuseAbsences(of: Self.olga, from: TinySchool.monday, to: TinySchool.monday.adding(days: 4),
                                          note: "справка № 5 из поликлиники", by: petrov)
        #expect(count == 1)
        #expect(try attendance(TinySchool.monday, Self.olga) == ["уп", "справка № 5 из поликлиники"])
    }

    @Test func aNoticeBuiltFromTheFactsReachesTheParentWhoReadsIt() throws {
        let overview = try db.myClassOverview(Self.class7B, week: FamilySchool.tuesday, by: ivanova)
        let petr = try #require(overview.students.first)
        let text = try #require(NoticeText.build(for: petr, week: overview.week, today: FamilySchool.tuesday))
        #expect(text == "Кузнецов Пётр: пропустил(а) без уважительной причины 1 урок на этой неделе; получил(а) 2 по предмету «Математика» 03.09.")
        #expect(try db.sendNotices([NoticeDraft(student: Self.petr, text: text)], in: Self.class7B, by: ivanova) == 1)
        let received = try db.parentNotices(by: papa)
        #expect(received.map(\.text) == [text])
        #expect(received.first?.readAt == nil)
        #expect(try db.parentNotices(by: mama).isEmpty)
        #expect(try db.sentNotices(Self.class7B, by: ivanova).first?.readAt == nil)

        try db.markNoticesRead(received.map(\.id), by: mama)   // not hers: nothing happens
        #expect(try db.sentNotices(Self.class7B, by: ivanova).first?.readAt == nil)
        try db.markNoticesRead(received.map(\.id), by: papa)
        #expect(try db.sentNotices(Self.class7B, by: ivanova).first?.readAt != nil)
        #expect(try db.auditCount(table: "parent_notice") == 2)
    }

    @Test func noticesAreStoredAsPlainText() throws {
        try db.sendNotices([NoticeDraft(student: Self.petr, text: "Внимание\u{1B}[31m!\u{7}\u{202E}")], in: Self.class7B, by: ivanova)
        #expect(try db.parentNotices(by: papa).first?.text == "Внимание[31m!")
    }

    @Test func aNoticeGoesOnlyAboutOnesOwnClass() throws {
        #expect(throws: JournalError.self) {
            try db.sendNotices([NoticeDraft(student: Self.olga, text: "получил 2")], in: Self.class7B, by: ivanova)
        }
        #expect(try db.parentNotices(by: mama).isEmpty)
    }

    @Test func contactsAndConsentAreKeptAndAudited() throws {
        let consent = SchoolDate(year: 2024, month: 9, day: 1)!
        try db.saveContact(PersonContact(phone: "+7 900 000-00-01", email: " petr@example.ru ", consentDate: consent),
                           of: .student(Self.petr), by: ivanova)
        let papaID = papa.accountID
        try db.saveContact(PersonContact(phone: "+7 900 000-00-02", address: "ул. Школьная, 1"), of: .parent(papaID), by: ivanova)
        let sekretar = try #require(try db.actingUser(login: "sekretar"))
        try db.saveContact(PersonContact(phone: "+7 900 000-00-03", address: "ул. Школьная, 1", consentDate: consent),
                           of: .parent(papaID), by: sekretar)
        let petr = try #require(try db.myClassOverview(Self.class7B, week: FamilySchool.tuesday, by: ivanova).students.first)
        #expect(petr.contact == PersonContact(phone: "+7 900 000-00-01", email: "petr@example.ru", consentDate: consent))
        #expect(petr.parents.first?.contact == PersonContact(phone: "+7 900 000-00-03", address: "ул. Школьная, 1", consentDate: consent))
        #expect(try db.auditCount(table: "contact") == 3)
        #expect(throws: JournalError.self) { try db.saveContact(PersonContact(phone: "1"), of: .student(Self.petr), by: petrov) }
    }

    @Test func theMonthsEventsAreAddedChangedAndDeleted() throws {
        let day = SchoolDate(year: 2024, month: 9, day: 20)!
        var event = try db.saveClassEvent(ClassEvent(date: day, time: TimeOfDay(text: "18:00"), title: "Родительское собрание",
                                                     place: "каб. 12"), in: Self.class7B, by: ivanova)
        event.title = "Родительское собрание 7Б"
        try db.saveClassEvent(event, in: Self.class7B, by: ivanova)
        #expect(try db.classEvents(Self.class7B, month: FamilySchool.tuesday, by: ivanova).map(\.title) == ["Родительское собрание 7Б"])
        #expect(try db.classEvents(Self.class7B, month: SchoolDate(year: 2024, month: 10, day: 1)!, by: ivanova).isEmpty)
        #expect(throws: JournalError.self) { try db.deleteClassEvent(try #require(event.id), in: Self.class7B, by: petrov) }
        try db.deleteClassEvent(try #require(event.id), in: Self.class7B, by: ivanova)
        #expect(try db.classEvents(Self.class7B, month: day, by: ivanova).isEmpty)
        #expect(try db.auditCount(table: "class_event") == 3)
        #expect(throws: JournalError.self) {
            try db.saveClassEvent(ClassEvent(date: day, time: nil, title: " ", place: nil), in: Self.class7B, by: ivanova)
        }
    }

    @Test func theRussianCountOfLessons() {
        #expect([1, 2, 5, 11, 21, 22, 112].map(NoticeText.lessonsWord) == ["урок", "урока", "уроков", "уроков", "урок", "урока", "уроков"])
    }
}
