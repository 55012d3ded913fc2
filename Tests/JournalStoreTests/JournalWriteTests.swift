import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The store is the gatekeeper: these tests call it directly, as a screen would.
@Suite struct JournalWriteTests {
    let db: AppDatabase
    let ivanova: ActingUser   // teaches lesson 1 (math)
    let petrov: ActingUser    // teaches lesson 2 (rus), homeroom of 5А
    let admin: ActingUser
    let mama: ActingUser
    let lesson1 = LessonID(1)
    let lesson2 = LessonID(2)
    let ilya = StudentID(1)
    let olga = StudentID(2)
    let maxim = StudentID(3)  // left on Tuesday

    init() throws {
        db = try TinySchool.database()
        ivanova = try db.actingUser(login: "ivanova")!
        petrov = try db.actingUser(login: "petrov")!
        admin = try db.actingUser(login: "admin")!
        mama = try db.actingUser(login: "mama")!
    }

    func count(_ sql: String) throws -> Int {
        try db.writer.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func markIsStampedAuditedAndSummarised() throws {
        let id = try db.addMark(lesson: lesson1, student: olga, value: try MarkValue(4), workType: "test", by: ivanova)
        let row = try db.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM mark WHERE id = ?", arguments: [id])! }
        #expect(row["entered_at"] as SchoolTime == TinySchool.time("2024-09-03T10:00"))
        #expect(row["entered_by"] as AccountID == ivanova.accountID)
        let audit = try db.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM audit WHERE table_name = 'mark'")! }
        #expect(audit["action"] as String == "insert")
        #expect(audit["actor_id"] as AccountID == ivanova.accountID)
        #expect(audit["lesson_id"] as LessonID == lesson1)
        #expect(audit["new_value"] as String == #"{"comment":null,"value":"4","work_type":"test"}"#)
        #expect(try count("SELECT moc_n FROM lesson WHERE id = 1") == 1)
        // entered Tuesday 10:00: after Tuesday noon? no, before: on time for kchr, late for 24h (start Monday 08:30)
        #expect(try count("SELECT moc_ok_noon FROM lesson WHERE id = 1") == 1)
        #expect(try count("SELECT moc_ok_24h FROM lesson WHERE id = 1") == 0)
    }

    @Test func editKeepsFirstEnteredTimeAndAuthor() throws {
        let id = try db.addMark(lesson: lesson1, student: olga, value: try MarkValue(3), by: ivanova)
        try db.updateMark(id, value: try MarkValue(4), expected: try MarkValue(3), by: admin)
        let row = try db.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM mark WHERE id = ?", arguments: [id])! }
        #expect(row["value"] as Int == 4)
        #expect(row["entered_by"] as AccountID == ivanova.accountID)
        #expect(row["updated_by"] as AccountID == admin.accountID)
        let old = try db.writer.read { try String.fetchOne($0, sql: "SELECT old_value FROM audit WHERE action = 'update'") }
        #expect(old == #"{"comment":null,"value":"3","work_type":"lesson"}"#)
    }

    @Test func staleEditIsRefusedNotSilentlyOverwritten() throws {
        let id = try db.addMark(lesson: lesson1, student: olga, value: try MarkValue(3), by: ivanova)
        try db.updateMark(id, value: try MarkValue(5), expected: try MarkValue(3), by: admin)
        #expect(throws: Refusals.markChangedMeanwhile) {
            try db.updateMark(id, value: try MarkValue(2), expected: try MarkValue(3), by: ivanova)
        }
        #expect(try count("SELECT value FROM mark WHERE id = \(id.rawValue)") == 5)
    }

    @Test func deleteRemovesAndAudits() throws {
        let id = try db.addMark(lesson: lesson1, student: olga, value: try MarkValue(2), by: ivanova)
        try db.deleteMark(id, by: ivanova)
        #expect(try count("SELECT count(*) FROM mark WHERE id = \(id.rawValue)") == 0)
        #expect(try count("SELECT count(*) FROM audit WHERE action = 'delete' AND old_value LIKE '%\"2\"%'") == 1)
        #expect(try count("SELECT mic_n FROM lesson WHERE id = 1") == 1) // the loaded mark of s1 stays
    }

    @Test func teacherCannotWriteAnotherTeachersLesson() throws {
        let before = try count("SELECT count(*) FROM audit")
        #expect(throws: Refusals.anotherTeachersLesson) { try db.addMark(lesson: lesson2, student: olga, value: try MarkValue(5), by: ivanova) }
        #expect(throws: Refusals.anotherTeachersLesson) { try db.setTopic(lesson: lesson2, "Чужая тема", by: ivanova) }
        #expect(throws: Refusals.anotherTeachersLesson) { try db.setHomework(lesson: lesson2, "§1", by: ivanova) }
        #expect(throws: Refusals.anotherTeachersLesson) { try db.setHeld(lesson: lesson2, true, by: ivanova) }
        #expect(throws: Refusals.anotherTeachersLesson) { try db.setComment(lesson: lesson2, "x", by: ivanova) }
        #expect(throws: Refusals.anotherTeachersLesson) { try db.setAttendance(lesson: lesson2, student: olga, code: .absent, by: ivanova) }
        #expect(throws: Refusals.lessonsAreTheDeputys) { try db.setCancelled(lesson: lesson1, true, by: .user(ivanova)) }
        #expect(try count("SELECT count(*) FROM audit") == before)
    }

    @Test func parentsWriteNothing() throws {
        #expect(throws: Refusals.anotherTeachersLesson) { try db.addMark(lesson: lesson1, student: maxim, value: try MarkValue(5), by: mama) }
        #expect(throws: Refusals.anotherTeachersLesson) { try db.setAttendance(lesson: lesson1, student: maxim, code: .excused, by: mama) }
        #expect(throws: Refusals.finalMarksAreTheSubjectTeachers) {
            try db.setFinalMark(student: maxim, subject: SubjectID(1), period: PeriodID(1), value: .mark(5), by: mama)
        }
        #expect(try count("SELECT count(*) FROM mark") == 1)
    }

    @Test func homeroomExcusesAbsenceInAnotherTeachersLesson() throws {
        try db.setAttendance(lesson: lesson1, student: olga, code: .excused, by: petrov)
        #expect(try db.writer.read { try String.fetchOne($0, sql: "SELECT code FROM attendance WHERE student_id = 2") } == "уп")
        // but may not put a mark there
        #expect(throws: Refusals.anotherTeachersLesson) { try db.addMark(lesson: lesson1, student: olga, value: try MarkValue(5), by: petrov) }
    }

    @Test func attendanceKeepsFirstEntryTimeAndClearsToPresent() throws {
        try db.setAttendance(lesson: lesson1, student: ilya, code: .absent, by: ivanova)
        try db.setAttendance(lesson: lesson1, student: ilya, code: .late, by: ivanova)
        #expect(try count("SELECT count(*) FROM attendance WHERE student_id = 1") == 1)
        #expect(try count("SELECT count(*) FROM audit WHERE table_name = 'attendance'") == 2)
        try db.setAttendance(lesson: lesson1, student: ilya, code: nil, by: ivanova)
        #expect(try count("SELECT count(*) FROM attendance WHERE student_id = 1") == 0)
        #expect(try count("SELECT att_n FROM lesson WHERE id = 1") == 1)   // s2's loaded absence
    }

    @Test func studentWhoLeftCannotBeMarked() throws {
        // maxim is enrolled to Tuesday; add a lesson on Wednesday through the loader-free path: use admin on lesson 1 instead
        try db.writer.write { db in
            try db.execute(sql: "UPDATE enrollment SET from_day = ? WHERE student_id = 3", arguments: [TinySchool.monday.adding(days: 1)])
        }
        #expect(throws: JournalError.studentNotEnrolled(student: "Сидоров Максим", date: TinySchool.monday)) {
            try db.addMark(lesson: lesson1, student: maxim, value: try MarkValue(5), by: ivanova)
        }
    }

    @Test func lockedPeriodRefusesEveryone() throws {
        try db.writer.write { try $0.execute(sql: "UPDATE period SET locked = 1") }
        #expect(throws: JournalError.periodLocked("1 четверть")) {
            try db.addMark(lesson: lesson1, student: olga, value: try MarkValue(5), by: admin)
        }
        #expect(throws: JournalError.periodLocked("1 четверть")) {
            try db.setFinalMark(student: olga, subject: SubjectID(1), period: PeriodID(1), value: .mark(5), by: admin)
        }
    }

    @Test func cancelledLessonTakesNoEntriesAndMovesTheDayEnd() throws {
        try db.setCancelled(lesson: lesson2, true, by: .user(admin))
        #expect(try count("SELECT day_end FROM lesson WHERE id = 1") == TinySchool.time("2024-09-02T09:15").seconds)
        #expect(throws: JournalError.lessonCancelled) { try db.setTopic(lesson: lesson2, "Тема", by: admin) }
        try db.setCancelled(lesson: lesson2, false, by: .user(admin))
        #expect(try count("SELECT day_end FROM lesson WHERE id = 1") == TinySchool.time("2024-09-02T10:10").seconds)
    }

    @Test func textIsTrimmedAndBlankIsNone() throws {
        try db.setTopic(lesson: lesson1, "  Дроби \n", by: ivanova)
        #expect(try db.writer.read { try String.fetchOne($0, sql: "SELECT topic FROM lesson WHERE id = 1") } == "Дроби")
        try db.setHomework(lesson: lesson1, "   ", by: ivanova)
        #expect(try count("SELECT homework IS NULL FROM lesson WHERE id = 1") == 1)
    }

    @Test func commentKeepsItsFirstTimeAndHeldIsStamped() throws {
        try db.setComment(lesson: lesson1, "Контрольная перенесена", by: ivanova)
        try db.setComment(lesson: lesson1, "Контрольная перенесена на пятницу", by: ivanova)
        #expect(try count("SELECT comment_at FROM lesson WHERE id = 1") == TinySchool.time("2024-09-03T10:00").seconds)
        try db.setHeld(lesson: lesson1, true, by: ivanova)
        #expect(try count("SELECT held_at FROM lesson WHERE id = 1") == TinySchool.time("2024-09-03T10:00").seconds)
    }

    @Test func finalMarkByTheSubjectTeacherOnly() throws {
        try db.setFinalMark(student: olga, subject: SubjectID(1), period: PeriodID(1), value: .mark(4), by: ivanova)
        #expect(throws: Refusals.finalMarksAreTheSubjectTeachers) {
            try db.setFinalMark(student: olga, subject: SubjectID(1), period: PeriodID(1), value: .mark(5), by: petrov)
        }
        try db.setFinalMark(student: olga, subject: SubjectID(1), period: PeriodID(1), value: .notAssessed, by: admin)
        #expect(try db.writer.read { try String.fetchOne($0, sql: "SELECT value FROM final_mark") } == "н/а")
        #expect(try count("SELECT count(*) FROM audit WHERE table_name = 'final_mark'") == 2)
    }

    @Test func disabledAccountIsRefusedEvenWithAnOpenSession() throws {
        try db.writer.write { try $0.execute(sql: "UPDATE account SET disabled = 1 WHERE login = 'ivanova'") }
        #expect(throws: Refusals.accountDisabled) { try db.addMark(lesson: lesson1, student: olga, value: try MarkValue(5), by: ivanova) }
    }

    @Test func unknownWorkTypeIsAnError() throws {
        #expect(throws: JournalError.invalidWorkType("essay")) {
            try db.addMark(lesson: lesson1, student: olga, value: try MarkValue(5), workType: "essay", by: ivanova)
        }
    }
}

/// A school whose bundle names its work types its own way still gets marks
/// from the grid's digit keys: the default is its first in-class work type.
@Suite struct DefaultWorkTypeTests {
    @Test func withoutLessonTheFirstInClassWorkTypeIsTheDefault() throws {
        var school = TinySchool.snapshot()
        school.workTypes = [WorkType(code: "kr", name: "Контрольная работа", weight: try Weight(parsing: "2"), inClass: false),
                            WorkType(code: "otvet", name: "Ответ у доски", weight: .one, inClass: true)]
        school.marks = []
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(school, options: LoadOptions(source: "test"))
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        let id = try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(5), by: ivanova)
        let code = try db.writer.read {
            try String.fetchOne($0, sql: "SELECT w.code FROM mark m JOIN work_type w ON w.id = m.work_type_id WHERE m.id = ?",
                                arguments: [id])
        }
        #expect(code == "otvet")
    }
}
