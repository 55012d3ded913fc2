import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// A closed period: the deputy or the administrator closes and reopens it,
/// both audited; while it is closed every change dated inside it is refused
/// with its name and who can reopen it.
@Suite struct PeriodLockTests {
    let db: AppDatabase
    let today = JournalSchool.wednesday
    let start = JournalSchool.wednesday.adding(days: -60)
    let deputy: ActingUser
    let ivanova: ActingUser
    /// A mathematics lesson of the first quarter, Иванова's.
    let firstQuarterLesson: LessonID

    init() throws {
        db = try GroupSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday, "12:30"))
        deputy = try #require(try db.actingUser(login: "deputy"))
        ivanova = try #require(try db.actingUser(login: "ivanova"))
        firstQuarterLesson = GroupSchool.lessonID("d\(JournalSchool.wednesday.adding(days: -60).iso)-1")
    }

    @Test func theDeputyClosesAndReopensAPeriodAudited() throws {
        #expect(try db.setPeriodLocked("q1", true, by: .user(deputy)))
        #expect(try !db.setPeriodLocked("q1", true, by: .user(deputy)))
        let q1 = try #require(try db.periodLocks().first { $0.info.period.code == "q1" })
        #expect(q1.info.period.locked)
        #expect(q1.lockedBy == "Завучева Зоя Петровна")
        #expect(q1.lockedAt == SchoolTime(date: today, time: TimeOfDay(text: "12:30")!))
        #expect(try db.auditCount(table: "period") == 1)
        #expect(try db.setPeriodLocked("q1", false, by: .user(deputy)))
        #expect(try db.periodLocks().first { $0.info.period.code == "q1" }?.lockedBy == nil)
        #expect(try db.auditCount(table: "period") == 2)
    }

    @Test func aTeacherCannotAndAnUnknownPeriodIsNamed() throws {
        #expect(throws: JournalError.forbidden(Phrase(ru: "закрывать и открывать периоды может завуч или администратор",
                                                      en: "only the deputy or the administrator closes and reopens periods"))) {
            try db.setPeriodLocked("q1", true, by: .user(ivanova))
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "период «q9»", en: "period \"q9\""))) {
            try db.setPeriodLocked("q9", true, by: .serverOperator)
        }
        #expect(try db.auditCount(table: "period") == 0)
    }

    @Test func theRefusalNamesThePeriodAndWhoReopensIt() {
        #expect(JournalError.periodLocked("1 четверть").text(in: .ru)
            == "период «1 четверть» закрыт: изменения в нём запрещены. Открыть период может завуч или администратор")
    }

    @Test func everyChangeInsideAClosedPeriodIsRefused() throws {
        try db.setPeriodLocked("q1", true, by: .serverOperator)
        let lesson = firstQuarterLesson
        let locked = JournalError.periodLocked("1 четверть")
        let student = StudentID(1)
        let writes: [(String, () throws -> Void)] = [
            ("отметка", { try db.addMark(lesson: lesson, student: student, value: try MarkValue(5), by: ivanova) }),
            ("посещаемость", { try db.setAttendance(lesson: lesson, student: student, code: .absent, by: ivanova) }),
            ("тема", { try db.setTopic(lesson: lesson, "Тема", by: ivanova) }),
            ("домашнее задание", { try db.setHomework(lesson: lesson, "№ 1", by: ivanova) }),
            ("урок проведён", { try db.setHeld(lesson: lesson, true, by: ivanova) }),
            ("комментарий", { try db.setComment(lesson: lesson, "Контрольная", by: ivanova) }),
            ("итоговая отметка", { try db.setFinalMark(student: student, subject: SubjectID(1), period: PeriodID(1), value: .mark(5), by: ivanova) }),
            ("отмена урока", { try db.cancelLesson(LessonAddress(classCode: "5a", date: start, number: 1), reason: "болезнь", by: .user(deputy)) }),
            ("замена", { try db.substitute(LessonAddress(classCode: "5a", date: start, number: 1), teacher: "petrov", reason: nil, by: .user(deputy)) }),
            ("перевод", { try db.transfer(student: "s4", to: "6a", on: start.adding(days: 3), order: "№ 9", by: .user(deputy)) }),
            ("запись в группу", { try db.addGroupMembers(group: "robot", students: ["s2"], from: start.adding(days: 3), to: nil, by: .user(deputy)) }),
            ("календарь", { _ = try db.setCalendarDay(start.adding(days: 3), .holiday, note: "Карантин", by: .user(deputy)) }),
        ]
        for (name, write) in writes {
            #expect(throws: locked, "\(name)") { try write() }
        }
        #expect(try db.auditCount(table: "mark") + db.auditCount(table: "attendance") + db.auditCount(table: "lesson")
            + db.auditCount(table: "final_mark") + db.auditCount(table: "enrollment") + db.auditCount(table: "group_member")
            + db.auditCount(table: "calendar_day") == 0)
        // the year's final marks and the second quarter stay open
        try db.setFinalMark(student: student, subject: SubjectID(1), period: PeriodID(3), value: .mark(5), by: ivanova)
        try db.addMark(lesson: JournalSchool.lessonID("today-1"), student: student, value: try MarkValue(4), by: ivanova)
        try db.setPeriodLocked("q1", false, by: .serverOperator)
        try db.addMark(lesson: lesson, student: student, value: try MarkValue(5), by: ivanova)
    }

    @Test func aClosedYearClosesItsQuartersFinalMarks() throws {
        try db.setPeriodLocked("year", true, by: .serverOperator)
        #expect(throws: JournalError.periodLocked("Учебный год")) {
            try db.setFinalMark(student: StudentID(1), subject: SubjectID(1), period: PeriodID(2), value: .mark(5), by: ivanova)
        }
        #expect(throws: JournalError.periodLocked("Учебный год")) {
            try db.addMark(lesson: JournalSchool.lessonID("today-1"), student: StudentID(1), value: try MarkValue(4), by: ivanova)
        }
    }
}
