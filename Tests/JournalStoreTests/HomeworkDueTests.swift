import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// Homework by due date (issue 15, item 2): the default due lesson, the
/// teacher's choice, the diary week, the class's load and the deputy's table.
/// GroupSchool: today is Wednesday 11.09.2024; 5А has math at lessons 1 and 3
/// every day, its English groups гр. 1 (mama's Илья) and гр. 2 at lesson 4.
@Suite struct HomeworkDueTests {
    let db: AppDatabase
    let today = JournalSchool.wednesday
    let ivanova: ActingUser
    let mama: ActingUser

    init() throws {
        db = try GroupSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday, "12:30"))
        ivanova = try #require(try db.actingUser(login: "ivanova"))
        mama = try #require(try db.actingUser(login: "mama"))
    }

    func lesson(_ code: String) -> LessonID { GroupSchool.lessonID(code) }
    var thursday: SchoolDate { today.adding(days: 1) }

    @Test func homeworkIsDueAtTheSubjectsNextLessonOnALaterDay() throws {
        try db.setHomework(lesson: lesson("today-1"), "№ 100", by: ivanova)
        // not today's third lesson of math: the next day's first
        #expect(try db.lessonSheet(lesson("today-1"), by: ivanova).homeworkDue == DueLesson(date: thursday, lessonNumber: 1))
        let audit = try db.read { try String.fetchOne($0, sql: "SELECT new_value FROM audit ORDER BY id DESC LIMIT 1") }
        #expect(audit?.contains("homework_due") == true, "\(audit ?? "")")
        try db.setHomework(lesson: lesson("today-1"), nil, by: ivanova)
        #expect(try db.lessonSheet(lesson("today-1"), by: ivanova).homeworkDue == nil)
    }

    @Test func aHolidaySkipsToTheLessonAfterIt() throws {
        _ = try db.setCalendarDay(thursday, .holiday, by: .serverOperator)
        try db.setHomework(lesson: lesson("today-1"), "№ 100", by: ivanova)
        #expect(try db.lessonSheet(lesson("today-1"), by: ivanova).homeworkDue == DueLesson(date: today.adding(days: 2), lessonNumber: 1))
    }

    @Test func aGroupsHomeworkIsDueAtTheGroupsNextLesson() throws {
        // loaded homework gets its due lesson when the school is loaded
        #expect(try db.lessonSheet(lesson("today-eng1"), by: ivanova).homeworkDue == DueLesson(date: thursday, lessonNumber: 4))
        let choice = try db.homeworkDueChoice(for: lesson("today-eng1"), by: ivanova)
        #expect(choice.choices.prefix(3).map(\.date) == [thursday, today.adding(days: 2), today.adding(days: 3)])
        #expect(choice.choices.allSatisfy { $0.lessonNumber == 4 })
    }

    @Test func theTeacherMovesItToAnotherComingLessonOnly() throws {
        try db.setHomework(lesson: lesson("today-1"), "№ 100", by: ivanova)
        let friday = DueLesson(date: today.adding(days: 2), lessonNumber: 3)
        try db.setHomeworkDue(lesson: lesson("today-1"), to: friday, by: ivanova)
        #expect(try db.lessonSheet(lesson("today-1"), by: ivanova).homeworkDue == friday)
        #expect(throws: JournalError.self) {
            try db.setHomeworkDue(lesson: lesson("today-1"), to: DueLesson(date: thursday, lessonNumber: 2), by: ivanova)
        }
        // a changed text keeps the chosen lesson
        try db.setHomework(lesson: lesson("today-1"), "№ 101", by: ivanova)
        #expect(try db.lessonSheet(lesson("today-1"), by: ivanova).homeworkDue == friday)
        let petrov = try #require(try db.actingUser(login: "petrov"))
        #expect(throws: JournalError.self) { try db.setHomeworkDue(lesson: lesson("today-1"), to: friday, by: petrov) }
    }

    @Test func theDiaryWeekShowsHomeworkOnItsDueDayInBellOrder() throws {
        try db.setHomework(lesson: lesson("today-1"), "№ 100", by: ivanova)
        let week = try db.familyWeek(of: StudentID(1), week: today, by: mama)
        #expect(week.monday == today.mondayOfWeek)
        #expect(week.days.map(\.date.weekday) == [1, 2, 3, 4, 5, 6])
        let thursdayLessons = try #require(week.days.first { $0.date == thursday }).lessons
        #expect(thursdayLessons.map(\.lessonNumber) == thursdayLessons.map(\.lessonNumber).sorted())
        #expect(thursdayLessons.first { $0.lessonNumber == 1 }?.homework.map(\.text) == ["№ 100"])
        // Илья is in гр. 1: its exercise, not гр. 2's
        let english = try #require(thursdayLessons.first { $0.lessonNumber == 4 })
        #expect(english.homework.map(\.text) == ["Упражнение для eng1"])
        #expect(try db.familyHomeworkDue(of: StudentID(1), on: thursday, by: mama).map(\.text) == ["№ 100", "Упражнение для eng1"])
        #expect(throws: JournalError.self) { try db.familyWeek(of: StudentID(2), week: today, by: mama) }
    }

    @Test func theClassesLoadCountsASubjectOnceADay() throws {
        try db.setHomework(lesson: lesson("today-1"), "№ 100", by: ivanova)
        let load = try db.homeworkLoad(week: today, by: .serverOperator)
        let fifth = try #require(load.classes.first { $0.name == "5А" })
        // math, and English set by both groups: two subjects
        #expect(fifth.counts[3] == 2)
        #expect(load.limit == 4)
        #expect(throws: JournalError.self) { try db.homeworkLoad(week: today, by: .user(ivanova)) }
        let others = try db.homeworkDueInClass(of: lesson("today-1"), on: thursday, by: ivanova)
        #expect(Set(others.map(\.groupName)) == ["гр. 1", "гр. 2"])
    }
}
