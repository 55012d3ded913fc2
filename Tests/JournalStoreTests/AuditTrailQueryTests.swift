import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// The journal of changes as the «Журнал изменений» screen reads it: each
/// change with who, when and where in the journal; the latest ones, oldest first.
@Suite struct AuditTrailQueryTests {
    let db: AppDatabase
    let ivanova: ActingUser
    let admin: ActingUser

    init() throws {
        db = try FamilySchool.database()
        ivanova = try #require(try db.actingUser(login: "ivanova"))
        admin = try #require(try db.actingUser(login: "admin"))
    }

    @Test func aLessonsChangesSayWhereAndWhoNewestFirst() throws {
        let mark = try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(4), by: ivanova)
        try db.updateMark(mark, value: try MarkValue(5), expected: try MarkValue(4), by: ivanova)
        try db.setTopic(lesson: LessonID(1), "Дроби", by: ivanova)
        let rows = Array(try db.auditTrail(filter: .lesson(code: "1"), limit: 10, by: .user(admin)).reversed())
        #expect(rows.map(\.tableName) == ["lesson", "mark", "mark"])
        #expect(rows.map(\.action) == [.update, .update, .insert])
        let changed = rows[1]
        #expect(changed.actorLogin == "ivanova" && changed.actorName == "Иванова Анна Петровна")
        #expect(changed.lessonDate == TinySchool.monday && changed.lessonNumber == 1)
        #expect(changed.className == "5А" && changed.subjectName == "Математика")
        #expect(changed.studentName == "Борисова Ольга")
        #expect(changed.old["value"] == "4" && changed.new["value"] == "5")
        #expect(changed.at == TinySchool.time("2024-09-03T10:00"))
        #expect(rows[0].studentName == nil && rows[0].new["topic"] == "Дроби")
        #expect(try db.auditTrail(filter: .lesson(code: "1"), limit: 2, by: .user(admin)).map(\.id) == rows.prefix(2).reversed().map(\.id))
    }

    @Test func aStudentsFinalMarkNamesItsSubjectAndPeriod() throws {
        try db.setFinalMark(student: StudentID(1), subject: SubjectID(1), period: PeriodID(1), value: .mark(4), by: ivanova)
        let rows = try db.auditTrail(filter: .student(code: "s1"), limit: 10, by: .serverOperator)
        let final = try #require(rows.first)
        #expect(final.tableName == "final_mark")
        #expect(final.subjectName == "Математика" && final.periodName == "1 четверть")
        #expect(final.className == "5А" && final.studentName == "Андреев Илья")
        #expect(final.lessonDate == nil)
    }

    @Test func anAccountsChangesAreThoseItMadeAndThoseMadeToIt() throws {
        try db.setDisabled(login: "petrov", true, by: .user(admin))
        _ = try db.addMark(lesson: LessonID(1), student: StudentID(1), value: try MarkValue(3), by: ivanova)
        let petrov = try db.auditTrail(filter: .account(login: "petrov"), limit: 10, by: .user(admin))
        #expect(petrov.map(\.tableName) == ["account"])
        #expect(petrov[0].accountLogin == "petrov" && petrov[0].actorLogin == "admin")
        let byAdmin = try db.auditTrail(filter: .account(login: "admin"), limit: 10, by: .user(admin))
        #expect(byAdmin.last?.accountLogin == "petrov")
        let all = try db.auditTrail(filter: .none, limit: 2, by: .user(admin))
        #expect(all.map(\.tableName) == ["account", "mark"])
    }

    @Test func onlySupervisorsReadItAndAnUnknownSubjectIsNamed() throws {
        #expect(throws: Refusals.auditIsForSupervisors) { try db.auditTrail(filter: .none, limit: 10, by: .user(ivanova)) }
        #expect(throws: JournalError.notFound(Phrase(ru: "урок «nope»", en: "lesson \"nope\""))) {
            try db.auditTrail(filter: .lesson(code: "nope"), limit: 10, by: .user(admin))
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "ученик с кодом «s9»", en: "student \"s9\""))) {
            try db.auditTrail(filter: .student(code: "s9"), limit: 10, by: .user(admin))
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "учётная запись «nobody»", en: "account \"nobody\""))) {
            try db.auditTrail(filter: .account(login: "nobody"), limit: 10, by: .user(admin))
        }
    }
}
