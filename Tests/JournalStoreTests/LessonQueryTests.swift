import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The queries the today screen, the grid and the lesson editor add.
@Suite struct LessonQueryTests {
    let db: AppDatabase
    let ivanova: ActingUser
    let petrov: ActingUser
    let mama: ActingUser

    init() throws {
        db = try TinySchool.database()
        ivanova = try db.actingUser(login: "ivanova")!
        petrov = try db.actingUser(login: "petrov")!
        mama = try db.actingUser(login: "mama")!
    }

    @Test func lessonLocationNamesClassSubjectAndDayForReadersOnly() throws {
        let location = try db.lessonLocation(LessonID(1), by: ivanova)
        #expect(location == LessonLocation(lessonID: LessonID(1), audience: .wholeClass(ClassID(1)), subjectID: SubjectID(1), date: TinySchool.monday))
        #expect(throws: Refusals.notYourClassJournal) { try db.lessonLocation(LessonID(1), by: mama) }
        #expect(throws: JournalError.notFound(Phrase(ru: "урок", en: "lesson"))) { try db.lessonLocation(LessonID(99), by: ivanova) }
    }

    @Test func lessonSheetListsTheStudentsOfThatDayWithTheirEntries() throws {
        // Сидоров left on Tuesday: on Monday's lesson, still on the roll
        let monday = try db.lessonSheet(LessonID(1), by: ivanova)
        #expect(monday.students.map(\.fullName) == ["Андреев Илья", "Борисова Ольга", "Сидоров Максим"])
        #expect(monday.attendance == [StudentID(2): .absent])
        #expect(monday.marks[StudentID(1)] == [try MarkValue(5)])
        #expect(monday.lesson.topic == "Натуральные числа")
        #expect(monday.label.text == "5А · Математика")
        #expect(monday.startsAt == TinySchool.time("2024-09-02T08:30"))
        // a week later he is gone
        let nextMonday = try db.lessons(of: ivanova, on: TinySchool.monday.adding(days: 7))
        let later = try db.lessonSheet(nextMonday[0].id, by: ivanova)
        #expect(later.students.map(\.fullName) == ["Андреев Илья", "Борисова Ольга"])
        #expect(throws: Refusals.notYourClassJournal) { try db.lessonSheet(LessonID(1), by: mama) }
    }

    @Test func todayLessonKnowsItsCommentAndDayEnd() throws {
        try db.setComment(lesson: LessonID(1), "контрольная перенесена", by: ivanova)
        let lesson = try #require(try db.lessons(of: ivanova, on: TinySchool.monday).first)
        #expect(lesson.hasComment)
        #expect(lesson.dayEnd == TinySchool.time("2024-09-02T10:10"))
    }

    @Test func markingPeriodsAreTheQuartersThenTheYearOrHalvesForSeniorGrades() throws {
        var s = TinySchool.snapshot()
        let start = TinySchool.monday
        s.periods = [
            Period(code: "q1", name: "1 четверть", kind: .quarter, start: start, end: start.adding(days: 50)),
            Period(code: "q2", name: "2 четверть", kind: .quarter, start: start.adding(days: 60), end: start.adding(days: 110)),
            Period(code: "h1", name: "1 полугодие", kind: .half, start: start, end: start.adding(days: 110)),
            Period(code: "year", name: "Учебный год", kind: .year, start: start, end: start.adding(days: 260)),
        ]
        s.classes.append(SchoolClass(code: "10a", name: "10А", grade: 10, homeroomLogin: nil))
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(s, options: LoadOptions(source: "test"))
        #expect(try db.markingPeriods(of: .wholeClass(ClassID(1))).map(\.period.code) == ["q1", "q2", "year"])
        #expect(try db.markingPeriods(of: .wholeClass(ClassID(2))).map(\.period.code) == ["h1", "year"])
        #expect(throws: JournalError.notFound(Phrase(ru: "класс", en: "class"))) { try db.markingPeriods(of: .wholeClass(ClassID(9))) }
    }

    @Test func attendanceWithExpectedRefusesAChangeMadeMeanwhile() throws {
        let olga = StudentID(2)
        // the screen showed "н"; another user made it "б" meanwhile
        try db.setAttendance(lesson: LessonID(1), student: olga, code: .ill, by: petrov)
        #expect(throws: Refusals.attendanceChangedMeanwhile) {
            try db.setAttendance(lesson: LessonID(1), student: olga, code: nil, expected: .absent, by: ivanova)
        }
        let stored = try db.lessonSheet(LessonID(1), by: ivanova).attendance[olga]
        #expect(stored == .ill)
        try db.setAttendance(lesson: LessonID(1), student: olga, code: .excused, expected: .ill, by: ivanova)
        #expect(try db.lessonSheet(LessonID(1), by: ivanova).attendance[olga] == .excused)
        // present shown, and still present: fine
        try db.setAttendance(lesson: LessonID(1), student: StudentID(1), code: .late, expected: nil, by: ivanova)
        #expect(try db.lessonSheet(LessonID(1), by: ivanova).attendance[StudentID(1)] == .late)
    }
}

@Suite struct PlanSuggestionTests {
    let db: AppDatabase
    let ivanova: ActingUser

    init() throws {
        var s = TinySchool.snapshot()
        s.plans = [
            PlanItem(classCode: "5a", subjectCode: "math", seq: 1, topic: "Натуральные числа", hours: 2),
            PlanItem(classCode: "5a", subjectCode: "math", seq: 2, topic: "Дроби", hours: 1),
            PlanItem(classCode: "5a", subjectCode: "math", seq: 3, topic: "Дробные выражения", hours: 1),
        ]
        db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(s, options: LoadOptions(source: "test"))
        ivanova = try db.actingUser(login: "ivanova")!
    }

    func mondayLesson(week: Int) throws -> LessonID {
        try db.lessons(of: ivanova, on: TinySchool.monday.adding(days: 7 * week))[0].id
    }

    @Test func firstLessonGetsTheFirstTopic() throws {
        let first = try db.planSuggestion(for: LessonID(1), by: ivanova)
        #expect(first?.seq == 1)
        #expect(first?.hour == 1)
        #expect(first?.itemCount == 3)
    }

    @Test func aTopicOfSeveralHoursIsOfferedAgainThenTheNext() throws {
        // lesson 1 has "Натуральные числа" (1 of 2 hours)
        let second = try mondayLesson(week: 1)
        #expect(try db.planSuggestion(for: second, by: ivanova) == PlanSuggestion(seq: 1, topic: "Натуральные числа", hours: 2, hour: 2, itemCount: 3))
        try db.setTopic(lesson: second, "Натуральные числа (урок 2)", by: ivanova)
        let third = try mondayLesson(week: 2)
        #expect(try db.planSuggestion(for: third, by: ivanova)?.topic == "Дроби")
        try db.setTopic(lesson: third, "Дроби", by: ivanova)
        // "Дроби" does not claim "Дробные выражения"
        #expect(try db.planSuggestion(for: try mondayLesson(week: 3), by: ivanova)?.topic == "Дробные выражения")
    }

    @Test func skippedTopicsAreNotOfferedBackwardsAndAUsedUpPlanOffersNothing() throws {
        try db.setTopic(lesson: try mondayLesson(week: 1), "Дробные выражения", by: ivanova)
        #expect(try db.planSuggestion(for: try mondayLesson(week: 2), by: ivanova) == nil)
        // a later lesson does not count for an earlier one
        #expect(try db.planSuggestion(for: LessonID(1), by: ivanova)?.seq == 1)
    }

    @Test func noPlanNoSuggestion() throws {
        let russian = try db.lessons(of: try db.actingUser(login: "petrov")!, on: TinySchool.monday)[0].id
        #expect(try db.planSuggestion(for: russian, by: ivanova) == nil)
    }

    @Test func topicMatchingNeedsAWordBoundary() {
        #expect(PlanProgress.topic("Дроби", belongsTo: "Дроби"))
        #expect(PlanProgress.topic("Дроби (урок 2)", belongsTo: "Дроби"))
        #expect(PlanProgress.topic("Дроби. Обобщение", belongsTo: "Дроби"))
        #expect(!PlanProgress.topic("Дробные выражения", belongsTo: "Дроби"))
        #expect(!PlanProgress.topic("Дро", belongsTo: "Дроби"))
    }
}

@Suite struct DurabilityTests {
    /// GRDB sets `synchronous = NORMAL` when it turns WAL on; a saved mark must
    /// survive a power cut, so the store sets FULL again.
    @Test func aFileDatabaseSyncsEveryCommit() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try AppDatabase.open(path: dir.path("s.sqlite"), create: true)
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
        #expect(try db.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }
}

@Suite struct BenchmarkQueryTests {
    @Test func benchmarkLessonsAreTheLatestMarkedDaysOnePerTeacher() throws {
        let db = try JournalSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday))
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        // nothing marked yet but the week-ago lesson: that day, one lesson of each teacher
        let weekAgo = try db.benchmarkLessons(count: 5)
        #expect(weekAgo.map(\.teacherLogin) == ["ivanova", "petrov"])
        #expect(weekAgo.first == BenchmarkLesson(lesson: JournalSchool.lessonID("week-ago"), teacherLogin: "ivanova", students: 7))
        try db.addMark(lesson: JournalSchool.lessonID("today-3"), student: StudentID(1), value: try MarkValue(4), by: ivanova)
        let today = try db.benchmarkLessons(count: 5)
        #expect(today.map(\.teacherLogin) == ["ivanova"])
        #expect(today.first?.lesson == JournalSchool.lessonID("today-1"))
        #expect(today.first?.students == 7)
        #expect(try db.benchmarkLessons(count: 5, through: JournalSchool.wednesday.adding(days: -1)).first?.lesson
                    == JournalSchool.lessonID("week-ago"))
    }
}
