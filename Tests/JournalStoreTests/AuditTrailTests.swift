import Foundation
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The audit trail as people read it: each change with its lesson, class,
/// subject, student and author, in words.
@Suite struct AuditTrailTests {
    func school() throws -> (AppDatabase, ActingUser) {
        let db = try TinySchool.database()
        return (db, try #require(try db.actingUser(login: "ivanova")))
    }

    @Test func aMarkNamesItsLessonClassSubjectStudentAndAuthor() throws {
        let (db, ivanova) = try school()
        try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(4), workType: "oral", by: ivanova)
        let row = try #require(try db.auditTrail(filter: .student(code: "s2"), by: .serverOperator).last)
        #expect(row.tableName == "mark")
        #expect(row.action == .insert)
        #expect(row.lessonDate == TinySchool.monday)
        #expect(row.lessonNumber == 1)
        #expect(row.className == "5А")
        #expect(row.subjectName == "Математика")
        #expect(row.studentName == "Борисова Ольга")
        #expect(row.actorName == "Иванова Анна Петровна")
        #expect(row.actorLogin == "ivanova")
        #expect(row.at == TinySchool.time("2024-09-03T10:00"))
        #expect(row.what(in: .ru) == "отметка: добавлено")
        #expect(row.lessonText(in: .ru) == "02.09.2024, урок 1")
        #expect(row.actorText(in: .ru) == "Иванова А. П. (ivanova)")
        #expect(row.oldText(in: .ru) == "")
        #expect(row.newText(in: .ru).hasPrefix("4, вид работы: "))
        #expect(!row.newText(in: .ru).contains("oral"))   // the work type by name
    }

    @Test func aFinalMarkNamesItsSubjectAndPeriod() throws {
        let (db, ivanova) = try school()
        try db.setFinalMark(student: StudentID(1), subject: SubjectID(1), period: PeriodID(1),
                            value: try FinalMarkValue(parsing: "5"), by: ivanova)
        let row = try #require(try db.auditTrail(filter: .student(code: "s1"), by: .serverOperator).last)
        #expect(row.what(in: .ru) == "итоговая отметка: добавлено")
        #expect(row.subjectName == "Математика")
        #expect(row.className == "5А")
        #expect(row.newText(in: .ru) == "5, период: 1 четверть, предмет: Математика")
    }

    @Test func withoutAFilterTheLatestChangesComeOldestFirst() throws {
        let (db, ivanova) = try school()
        for value in 1...5 {
            try db.addMark(lesson: LessonID(1), student: StudentID(1), value: try MarkValue(value), by: ivanova)
        }
        let all = try db.auditTrail(filter: .none, by: .serverOperator)
        #expect(all.count == 6)   // the load and five marks
        #expect(all.first?.what(in: .ru) == "школа: загружено")
        let latest = try db.auditTrail(filter: .none, limit: 2, by: .serverOperator)
        #expect(latest.map(\.id) == Array(all.suffix(2).map(\.id)))
        #expect(latest.map { $0.new["value"] } == ["4", "5"])
    }

    @Test func anAccountIsFoundInAnyCaseAndItsChangesAreWords() throws {
        let (db, _) = try school()
        try db.setDisabled(login: "petrov", true, by: .serverOperator)
        let row = try #require(try db.auditTrail(filter: .account(login: "PETROV"), by: .serverOperator).last)
        #expect(row.what(in: .ru) == "учётная запись petrov: изменено")
        #expect(row.actorText(in: .ru) == "оператор сервера")
        #expect(row.oldText(in: .ru) == "отключена: нет")
        #expect(row.newText(in: .ru) == "отключена: да")
        #expect(throws: JournalError.notFound(Phrase(ru: "учётная запись «nobody»", en: "account \"nobody\""))) {
            try db.auditTrail(filter: .account(login: "nobody"), by: .serverOperator)
        }
    }

    @Test func aTeacherMayNotReadTheTrail() throws {
        let (db, ivanova) = try school()
        #expect(throws: JournalError.forbidden(Phrase(ru: "журнал аудита видят завуч и администратор",
                                                      en: "only the deputy and the administrator see the audit log"))) {
            try db.auditTrail(filter: .none, by: .user(ivanova))
        }
    }
}
