import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// Arrivals, transfers and departures by order: the class history changes,
/// the grids follow it, group memberships follow the class, and a change that
/// would hide an entered mark, overlap a stay or touch a closed period is
/// refused with words, changing nothing.
@Suite struct ClassHistoryTests {
    let db: AppDatabase
    let today = JournalSchool.wednesday
    let start = JournalSchool.wednesday.adding(days: -60)
    let secretary: Requester
    let math = SubjectID(1)
    let q2 = PeriodID(2)

    init() throws {
        db = try GroupSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday, "12:30"))
        secretary = .user(try #require(try db.actingUser(login: "secretary")))
    }

    func user(_ login: String) throws -> ActingUser { try #require(try db.actingUser(login: login)) }

    func count(_ table: String) throws -> Int { try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)")! } }

    @Test func aTransferredStudentShowsInBothClassesForTheirOwnDates() throws {
        try db.transfer(student: "s3", to: "6a", on: today.adding(days: -5), order: "№ 57 от 06.09.2024", by: secretary)
        #expect(try db.classHistory(of: "s3", by: secretary) == [
            Enrollment(studentCode: "s3", classCode: "5a", from: start, to: today.adding(days: -6)),
            Enrollment(studentCode: "s3", classCode: "6a", from: today.adding(days: -5), order: "№ 57 от 06.09.2024"),
        ])
        let admin = try user("admin")
        let old = try #require(try db.classGrid(.wholeClass(ClassID(1)), subject: math, period: q2, by: admin).students
            .first { $0.fullName.hasPrefix("Васильев") })
        #expect(old.isEnrolled(on: today.adding(days: -6)) && !old.isEnrolled(on: today.adding(days: -5)))
        let new = try #require(try db.classGrid(.wholeClass(ClassID(2)), subject: math, period: q2, by: admin).students
            .first { $0.fullName.hasPrefix("Васильев") })
        #expect(!new.isEnrolled(on: today.adding(days: -6)) && new.isEnrolled(on: today.adding(days: -5)))
        // 5А's English group ends with the stay; the elective of two classes goes on
        #expect(try db.groupMembers("eng1", by: secretary).first { $0.studentCode == "s3" }?.span == DaySpan(from: start, to: today.adding(days: -6)))
        #expect(try db.groupMembers("fin", by: secretary).first { $0.studentCode == "s3" }?.span == DaySpan(from: start, to: nil))
        #expect(try db.studentsEnrolled(in: GroupSchool.lessonID("today-eng1")) == [StudentID(1), StudentID(2), StudentID(4)])
        #expect(try db.auditCount(table: "enrollment") == 2 && db.auditCount(table: "group_member") == 1)
    }

    @Test func aTransferThatWouldHideMarksIsRefusedAndChangesNothing() throws {
        let before = try db.classHistory(of: "s1", by: secretary)
        let weekAgo = today.adding(days: -7)
        #expect(throws: JournalError.conflict(Phrase(
            ru: "у ученика Андреев Илья Сергеевич есть отметки или посещаемость (2) с \(weekAgo.russian) в уроках, из списка которых он бы исчез; уберите их или выберите другую дату",
            en: "Андреев Илья Сергеевич has marks or attendance (2) from \(weekAgo.iso) in lessons whose roll would lose them; remove them or choose another date"))) {
            try db.transfer(student: "s1", to: "6a", on: today.adding(days: -10), order: "№ 1", by: secretary)
        }
        #expect(try db.classHistory(of: "s1", by: secretary) == before)
        #expect(try db.groupMembers("eng1", by: secretary).first { $0.studentCode == "s1" }?.span.to == nil)
        #expect(try db.auditCount(table: "enrollment") == 0)
    }

    @Test func aNewStudentArrivesAndIsOnTheRollFromThatDay() throws {
        try db.arrive(student: "s10", fullName: "Зайцев Пётр Ильич", class: "5a", on: today, order: "№ 60 от 10.09.2024", by: secretary)
        #expect(try db.studentsEnrolled(in: JournalSchool.lessonID("today-1")).contains(StudentID(10)))
        #expect(try !db.studentsEnrolled(in: JournalSchool.lessonID("yesterday-3")).contains(StudentID(10)))
        #expect(try db.classHistory(of: "s10", by: secretary) == [Enrollment(studentCode: "s10", classCode: "5a", from: today, order: "№ 60 от 10.09.2024")])
        #expect(try db.auditCount(table: "student") == 1 && db.auditCount(table: "enrollment") == 1)
    }

    @Test func arrivalsThatCannotBeAreRefusedByName() throws {
        #expect(throws: JournalError.conflict(Phrase(
            ru: "ученик Андреев Илья Сергеевич уже числится в классе «5А» с \(start.russian): пребывания в классах не пересекаются",
            en: "Андреев Илья Сергеевич is already in class \"5А\" from \(start.iso): stays do not overlap"))) {
            try db.arrive(student: "s1", fullName: nil, class: "6a", on: today, order: "№ 2", by: secretary)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "класс «9z»", en: "class \"9z\""))) {
            try db.arrive(student: "s10", fullName: "Зайцев Пётр Ильич", class: "9z", on: today, order: "№ 2", by: secretary)
        }
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "ФИО нового ученика «s10» (--name)",
                                                              en: "full name of the new student \"s10\" (--name)"))) {
            try db.arrive(student: "s10", fullName: nil, class: "5a", on: today, order: "№ 2", by: secretary)
        }
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "приказ (например «№ 57 от 14.10.2026»)",
                                                              en: "order (e.g. «№ 57 от 14.10.2026»)"))) {
            try db.arrive(student: "s10", fullName: "Зайцев Пётр Ильич", class: "5a", on: today, order: "  ", by: secretary)
        }
        #expect(try count("student") == 9 && count("enrollment") == 9)
    }

    @Test func aDepartureEndsTheStayAndEveryMembership() throws {
        try db.leave(student: "s6", on: today.adding(days: -1), order: "№ 80 от 09.09.2024", by: secretary)
        #expect(try db.classHistory(of: "s6", by: secretary) == [
            Enrollment(studentCode: "s6", classCode: "5a", from: start, to: today.adding(days: -2), order: "выбытие: № 80 от 09.09.2024"),
        ])
        #expect(try db.groupMembers("eng2", by: secretary).first { $0.studentCode == "s6" }?.span.to == today.adding(days: -2))
        #expect(try !db.studentsEnrolled(in: GroupSchool.lessonID("today-eng2")).contains(StudentID(6)))
    }

    @Test func departuresThatCannotBeAreRefusedByName() throws {
        let twoDaysAgo = today.adding(days: -2)
        #expect(throws: JournalError.conflict(Phrase(
            ru: "ученик Яковлева Мария Денисовна прибыл в класс «5А» в этот же день (\(twoDaysAgo.russian)): исправьте дату прибытия",
            en: "Яковлева Мария Денисовна arrived in class \"5А\" that same day (\(twoDaysAgo.iso)): correct the arrival"))) {
            try db.leave(student: "s8", on: twoDaysAgo, order: "№ 3", by: secretary)
        }
        #expect(throws: JournalError.conflict(Phrase(ru: "ученик Шилов Максим Юрьевич не числится ни в одном классе на \(today.russian)",
                                                     en: "Шилов Максим Юрьевич is in no class on \(today.iso)"))) {
            try db.leave(student: "s7", on: today, order: "№ 3", by: secretary)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "ученик «s99»", en: "student \"s99\""))) {
            try db.transfer(student: "s99", to: "6a", on: today, order: "№ 3", by: secretary)
        }
        #expect(throws: JournalError.conflict(Phrase(ru: "ученик Егорова Вера Павловна и так в классе «5А» на \(today.russian)",
                                                     en: "Егорова Вера Павловна is already in class \"5А\" on \(today.iso)"))) {
            try db.transfer(student: "s6", to: "5a", on: today, order: "№ 3", by: secretary)
        }
        #expect(try db.auditCount(table: "enrollment") == 0)
    }

    @Test func onlyTheSecretaryAndSupervisorsMoveStudents() throws {
        #expect(throws: JournalError.forbidden(Phrase(ru: "движение учащихся ведёт секретарь, завуч или администратор",
                                                      en: "only the secretary, the deputy or the administrator moves students"))) {
            try db.leave(student: "s6", on: today, order: "№ 3", by: .user(try user("ivanova")))
        }
        let listsRefusal = JournalError.forbidden(Phrase(ru: "списки учащихся ведут секретарь, завуч и администратор",
                                                         en: "student lists are kept by the secretary, the deputy and the administrator"))
        #expect(throws: listsRefusal) { try db.classHistory(of: "s6", by: .user(try user("ivanova"))) }
        #expect(throws: listsRefusal) { try db.groupMembers("eng2", by: .user(try user("mama"))) }
        try db.leave(student: "s6", on: today, order: "№ 3", by: .user(try user("deputy")))
        try db.leave(student: "s5", on: today, order: "№ 4", by: .serverOperator)
        #expect(try db.classHistory(of: "s5", by: secretary).last?.to == today.adding(days: -1))
    }

    @Test func aChangeInsideAClosedPeriodIsRefused() throws {
        try db.setPeriodLocked("q1", true, by: .user(try user("deputy")))
        #expect(throws: JournalError.periodLocked("1 четверть")) {
            try db.transfer(student: "s4", to: "6a", on: start.adding(days: 5), order: "№ 5", by: secretary)
        }
        #expect(try db.classHistory(of: "s4", by: secretary).count == 1)
        try db.transfer(student: "s4", to: "6a", on: today, order: "№ 5", by: secretary)
        #expect(try db.classHistory(of: "s4", by: secretary).count == 2)
    }
}
