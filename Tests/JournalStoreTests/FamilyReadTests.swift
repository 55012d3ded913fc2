import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The store's reads for the family view: exact contents, and nothing of
/// anyone else's child.
@Suite struct FamilyReadTests {
    let db: AppDatabase

    init() throws {
        db = try FamilySchool.database()
    }

    func user(_ login: String) throws -> ActingUser {
        try #require(try db.actingUser(login: login))
    }

    @Test func whoseChildrenEachAccountSees() throws {
        #expect(try db.familyChildren(of: user("mama")).map(\.fullName) == ["Сидоров Максим", "Сидорова Анна"])
        #expect(try db.familyChildren(of: user("mama")).map(\.className) == ["5А", "7Б"])
        #expect(try db.familyChildren(of: user("papa")).map(\.fullName) == ["Кузнецов Пётр"])
        #expect(try db.familyChildren(of: user("ilya")).map(\.fullName) == ["Андреев Илья"])
        for staff in ["admin", "zavuch", "ivanova", "petrov", "sekretar"] {
            #expect(try db.familyChildren(of: user(staff)).isEmpty, "\(staff)")
        }
        #expect(throws: Refusals.accountDisabled) { try db.familyChildren(of: user("ushla")) }
    }

    @Test func annasRecord() throws {
        let record = try db.familyRecord(of: StudentID(4), period: PeriodID(1), by: user("mama"))
        #expect(record.child.fullName == "Сидорова Анна")
        #expect(record.subjects.map(\.name) == ["Математика", "Русский язык"])
        let math = record.subjects[0]
        #expect(math.marks.map(\.value.value) == [5, 4])
        #expect(math.marks.map(\.workType) == ["Работа на уроке", "Контрольная работа"])
        #expect(math.average.text == "4.33")
        #expect(math.finalMark == .mark(5))
        #expect(record.subjects[1].marks.isEmpty)
        #expect(record.attendance == [FamilyAttendance(date: FamilySchool.tuesday, lessonNumber: 2, subject: "Русский язык", code: .ill)])
        #expect(record.homework.map(\.text) == ["§ 3, № 41–44", "Упражнение 112"])
        #expect(record.finalMarks.subjects.map(\.name) == ["Математика"])
        #expect(record.finalMarks.value(subject: SubjectID(1), period: PeriodID(1)) == .mark(5))
    }

    @Test func nothingOfAClassmateLeaksIntoIt() throws {
        // Пётр sits in Анна's class with a 2, an absence and a final 2.
        let record = try db.familyRecord(of: StudentID(4), period: PeriodID(1), by: user("mama"))
        #expect(!record.subjects.flatMap(\.marks).contains { $0.value.value == 2 })
        #expect(!record.attendance.contains { $0.code == .absent })
        #expect(record.finalMarks.values.values.flatMap(\.values).allSatisfy { $0 == .mark(5) })
    }

    @Test func homeworkOnlyWhileTheChildWasInTheClass() throws {
        // Максим left 5А on Tuesday: Monday's homework is his; later lessons' are not.
        try db.writer.write { db in
            try db.execute(sql: """
                INSERT INTO lesson (class_id, subject_id, teacher_id, day, lesson_number, starts_at, ends_at, homework)
                SELECT 1, 1, 2, ?, 1, 0, 0, 'после ухода'
                """, arguments: [TinySchool.monday.adding(days: 3)])
        }
        let record = try db.familyRecord(of: StudentID(3), period: PeriodID(1), by: user("mama"))
        #expect(record.homework.map(\.text) == ["№ 12, 15"])
    }

    @Test func anotherFamilysChildIsRefusedTheSameWayAsNoChildAtAll() throws {
        let mama = try user("mama")
        let other = #expect(throws: Refusals.notYourStudent) { try db.familyRecord(of: StudentID(5), period: PeriodID(1), by: mama) }
        let missing = #expect(throws: Refusals.notYourStudent) { try db.familyRecord(of: StudentID(999), period: PeriodID(1), by: mama) }
        #expect(other == missing)   // an id tried at random does not tell that a child is there
        #expect(throws: Refusals.notYourStudent) { try db.familyRecord(of: StudentID(2), period: PeriodID(1), by: user("ilya")) }
    }

    @Test func aStudentsRecordIncludesTheirOwnMark() throws {
        let record = try db.familyRecord(of: StudentID(1), period: PeriodID(1), by: user("ilya"))
        #expect(record.subjects.first { $0.name == "Математика" }?.marks.map(\.value.value) == [5])
        #expect(record.homework.map(\.text) == ["№ 12, 15"])
    }
}
