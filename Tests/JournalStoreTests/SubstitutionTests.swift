import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// Substitutions and cancellations as data: the substitute writes, the
/// replaced teacher reads; the deputy names a lesson by class or group, date
/// and number, and a wrong one is refused with its name.
@Suite struct SubstitutionTests {
    let db: AppDatabase
    let today = JournalSchool.wednesday
    let deputy: Requester
    let ivanova: ActingUser
    let petrov: ActingUser
    let englishTwo: LessonAddress

    init() throws {
        db = try GroupSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday, "09:00"))
        deputy = .user(try #require(try db.actingUser(login: "deputy")))
        ivanova = try #require(try db.actingUser(login: "ivanova"))
        petrov = try #require(try db.actingUser(login: "petrov"))
        englishTwo = LessonAddress(classCode: "5a", groupCode: "eng2", date: JournalSchool.wednesday, number: 4)
    }

    func lessonRow(_ id: LessonID) throws -> Row {
        try db.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM lesson WHERE id = ?", arguments: [id])! }
    }

    @Test func theSubstituteWritesAndTheReplacedTeacherReads() throws {
        let change = try db.substitute(englishTwo, teacher: "ivanova", reason: "курсы повышения квалификации", by: deputy)
        let lesson = GroupSchool.lessonID("today-eng2")
        #expect(change.lessonID == lesson && change.changed)
        #expect(change.label.text == "5А · Английский язык · гр. 2")
        // she has her own group at that hour: said, not refused
        #expect(change.busyElsewhere == ["5А · Английский язык · гр. 1"])
        let row = try lessonRow(lesson)
        #expect(row["teacher_id"] as AccountID == ivanova.accountID)
        #expect(row["substitute_for"] as AccountID? == petrov.accountID)
        #expect(try db.lessons(of: ivanova, on: today).first { $0.id == lesson }?.isSubstitution == true)
        try db.addMark(lesson: lesson, student: StudentID(5), value: try MarkValue(5), by: ivanova)
        #expect(throws: JournalError.forbidden(Phrase(ru: "урок заменён, его ведёт Иванова А. П.; вам он открыт только для просмотра",
                                                      en: "the lesson is covered by Иванова А. П.; it is read-only for you"))) {
            try db.addMark(lesson: lesson, student: StudentID(6), value: try MarkValue(4), by: petrov)
        }
        let seen = try db.classGrid(.group(GroupID(2)), subject: SubjectID(3), period: PeriodID(2), by: petrov)
        #expect(seen.lessons.first?.substituteForName == "Петров Пётр Ильич")
        #expect(seen.lessons.first?.teacherName == "Иванова Анна Петровна")
        let audit = try db.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM audit WHERE table_name = 'lesson'")! }
        #expect(audit["new_value"] as String
            == #"{"reason":"курсы повышения квалификации","substitute_for":"\#(petrov.accountID)","teacher_id":"\#(ivanova.accountID)"}"#)
        #expect(audit["actor_id"] as AccountID? == AccountID(2))
    }

    @Test func namingTheTimetabledTeacherUndoesTheSubstitution() throws {
        try db.substitute(englishTwo, teacher: "ivanova", reason: nil, by: deputy)
        let undone = try db.substitute(englishTwo, teacher: "petrov", reason: nil, by: deputy)
        #expect(undone.changed)
        let row = try lessonRow(undone.lessonID)
        #expect(row["teacher_id"] as AccountID == petrov.accountID)
        #expect(row["substitute_for"] as AccountID? == nil)
        #expect(try !db.substitute(englishTwo, teacher: "petrov", reason: nil, by: deputy).changed)
        #expect(try db.auditCount(table: "lesson") == 2)
    }

    @Test func aWrongLessonOrTeacherIsNamedAndNothingChanges() throws {
        #expect(throws: JournalError.notFound(Phrase(
            ru: "урок всего класса: 5А, \(today.russian), 4-й урок — это уроки групп eng1, eng2; укажите --group",
            en: "a whole-class lesson: 5А, \(today.iso), lesson 4 has lessons of groups eng1, eng2; give --group"))) {
            try db.substitute(LessonAddress(classCode: "5a", date: today, number: 4), teacher: "ivanova", reason: nil, by: deputy)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "класс «9z»", en: "class \"9z\""))) {
            try db.substitute(LessonAddress(classCode: "9z", date: today, number: 1), teacher: "ivanova", reason: nil, by: deputy)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "группа «eng9»", en: "group \"eng9\""))) {
            try db.substitute(LessonAddress(classCode: "5a", groupCode: "eng9", date: today, number: 4), teacher: "ivanova", reason: nil, by: deputy)
        }
        #expect(throws: JournalError.conflict(Phrase(ru: "группа «гр. 1» не относится к классу «6a»",
                                                     en: "group \"eng1\" does not belong to class \"6a\""))) {
            try db.substitute(LessonAddress(classCode: "6a", groupCode: "eng1", date: today, number: 4), teacher: "ivanova", reason: nil, by: deputy)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "урок: 6А, \(today.russian), 1-й урок — в расписании его нет",
                                                     en: "lesson: 6А, \(today.iso), lesson 1 is not in the timetable"))) {
            try db.substitute(LessonAddress(classCode: "6a", date: today, number: 1), teacher: "ivanova", reason: nil, by: deputy)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "учётная запись «nobody»", en: "account \"nobody\""))) {
            try db.substitute(englishTwo, teacher: "nobody", reason: nil, by: deputy)
        }
        #expect(throws: JournalError.conflict(Phrase(ru: "«mama» — не действующий учитель (нужна роль teacher, учётная запись не отключена)",
                                                     en: "\"mama\" is not an active teacher (the teacher role, not disabled)"))) {
            try db.substitute(englishTwo, teacher: "mama", reason: nil, by: deputy)
        }
        #expect(throws: Refusals.lessonsAreTheDeputys) {
            try db.substitute(englishTwo, teacher: "ivanova", reason: nil, by: .user(petrov))
        }
        #expect(try db.auditCount(table: "lesson") == 0)
    }

    @Test func aCancelledLessonKeepsItsReasonAndEntriesAndComesBack() throws {
        let address = LessonAddress(classCode: "5a", date: today, number: 1)
        let lesson = JournalSchool.lessonID("today-1")
        try db.addMark(lesson: lesson, student: StudentID(1), value: try MarkValue(4), by: ivanova)
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "причина отмены (--reason)", en: "the reason (--reason)"))) {
            try db.cancelLesson(address, reason: " ", by: deputy)
        }
        let cancelled = try db.cancelLesson(address, reason: "карантин", by: deputy)
        #expect(cancelled.changed && cancelled.entryCount == 1)
        #expect(try lessonRow(lesson)["cancel_reason"] as String? == "карантин")
        #expect(throws: JournalError.lessonCancelled) {
            try db.addMark(lesson: lesson, student: StudentID(2), value: try MarkValue(4), by: ivanova)
        }
        #expect(throws: JournalError.lessonCancelled) { try db.substitute(address, teacher: "petrov", reason: nil, by: deputy) }
        #expect(try !db.cancelLesson(address, reason: "карантин", by: deputy).changed)
        #expect(try db.restoreLesson(address, by: deputy).changed)
        let row = try lessonRow(lesson)
        #expect(row["cancelled"] as Bool == false && row["cancel_reason"] as String? == nil)
        #expect(try db.lessonSheet(lesson, by: ivanova).marks[StudentID(1)] == [try MarkValue(4)])
        #expect(try db.auditCount(table: "lesson") == 2)
    }

    /// A day nobody has opened yet: its lessons are created from the timetable first.
    @Test func aDayNotYetCreatedGetsItsLessonsFirst() throws {
        let db = try JournalSchool.database(clock: JournalSchool.clock(today))
        let tomorrow = today.adding(days: 1)
        let change = try db.substitute(LessonAddress(classCode: "5a", date: tomorrow, number: 1), teacher: "petrov", reason: nil,
                                       by: .serverOperator)
        #expect(change.changed && change.date == tomorrow && change.label.text == "5А · Математика")
        let petrov = try #require(try db.actingUser(login: "petrov"))
        #expect(try db.lessons(of: petrov, on: tomorrow).map(\.lessonNumber) == [1, 2])
    }

    /// A day the calendar took away has no lesson to substitute, and says why;
    /// a lesson the calendar cancelled comes back with its day, not by hand.
    @Test func theCalendarsDaysOffAreNamedAndItsCancellationsAreItsOwn() throws {
        let tomorrow = today.adding(days: 1), dayAfter = today.adding(days: 2)
        try db.materializeLessons(through: tomorrow)
        _ = try db.setCalendarDay(tomorrow, .holiday, note: "Праздник", by: deputy)
        _ = try db.setCalendarDay(dayAfter, .closed, classCode: "5a", note: "Карантин", by: deputy)
        let cancelled = LessonAddress(classCode: "5a", date: tomorrow, number: 1)
        let lessonChanges = try db.auditCount(table: "lesson")
        let reason = "Календарь: нерабочий день (Праздник)"
        #expect(throws: JournalError.conflict(Phrase(
            ru: "урок отменён по календарю школы («\(reason)»): он вернётся, когда день снова станет учебным",
            en: "the school calendar cancelled the lesson (\"\(reason)\"): it comes back when the day is a school day again"))) {
            try db.restoreLesson(cancelled, by: deputy)
        }
        #expect(throws: JournalError.lessonCancelled) { try db.substitute(cancelled, teacher: "petrov", reason: nil, by: deputy) }
        let closed = LessonAddress(classCode: "5a", date: dayAfter, number: 1)
        #expect(throws: JournalError.notFound(Phrase(
            ru: "урок: 5А, \(dayAfter.russian), 1-й урок — по календарю школы уроков нет: класс не учится (Карантин)",
            en: "lesson: 5А, \(dayAfter.iso), lesson 1 — the school calendar has no lessons that day: класс не учится (Карантин)"))) {
            try db.substitute(closed, teacher: "petrov", reason: nil, by: deputy)
        }
        #expect(try db.auditCount(table: "lesson") == lessonChanges)
        _ = try db.setCalendarDay(tomorrow, .school, by: deputy)
        #expect(try db.substitute(cancelled, teacher: "petrov", reason: nil, by: deputy).changed)
    }
}
