import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

@Suite struct LessonMaterializerTests {
    /// TinySchool's timetable: Monday lessons 1 (math, Иванова) and 2 (rus, Петров).
    @Test func createsTimetableLessonsOnSchoolDaysOnly() throws {
        let db = try TinySchool.database()
        var s = TinySchool.snapshot()
        // a holiday week between two quarters
        s.periods = [Period(code: "q1", name: "1 четверть", kind: .quarter, start: TinySchool.monday, end: TinySchool.monday.adding(days: 6)),
                     Period(code: "q2", name: "2 четверть", kind: .quarter, start: TinySchool.monday.adding(days: 14),
                            end: TinySchool.monday.adding(days: 40))]
        try db.load(s, options: LoadOptions(replace: true, source: "test"))
        try db.materializeLessons(through: TinySchool.monday.adding(days: 21))
        let days = try db.writer.read { try Int.fetchAll($0, sql: "SELECT DISTINCT day FROM lesson ORDER BY day") }
        // Mondays 2 Sep (loaded), 16 Sep and 23 Sep; 9 Sep is in the holiday
        #expect(days == [0, 14, 21].map { TinySchool.monday.adding(days: $0).dayNumber })
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM lesson") } == 6)
    }

    @Test func existingLessonsAreNotDuplicatedAndRerunIsANoOp() throws {
        let db = try TinySchool.database()
        try db.materializeLessons(through: TinySchool.monday.adding(days: 7))
        try db.materializeLessons(through: TinySchool.monday.adding(days: 7))
        // 2 loaded on 2 Sep + 2 created on 9 Sep
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM lesson") } == 4)
        let dayEnd = try db.writer.read { try Int.fetchOne($0, sql: "SELECT day_end FROM lesson WHERE lesson_number = 1 ORDER BY id DESC") }
        #expect(dayEnd == TinySchool.time("2024-09-09T10:10").seconds)
    }

    @Test func twoConnectionsAtOnceCreateEachLessonOnce() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("s.sqlite")
        try AppDatabase.open(path: path, create: true).load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let target = TinySchool.monday.adding(days: 35)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask { try AppDatabase.open(path: path).materializeLessons(through: target) }
            }
            try await group.waitForAll()
        }
        let counts = try Self.lessonCounts(path)
        #expect(counts.duplicates == 0)
        #expect(counts.total == 2 * 6)
    }

    private static func lessonCounts(_ path: String) throws -> (duplicates: Int, total: Int) {
        try AppDatabase.open(path: path).writer.read { db in
            (try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT 1 FROM lesson GROUP BY class_id, day, lesson_number, subject_id HAVING count(*) > 1)
                """) ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM lesson") ?? -1)
        }
    }
}

@Suite struct ClassGridTests {
    let db: AppDatabase
    let ivanova: ActingUser

    init() throws {
        db = try TinySchool.database()
        ivanova = try db.actingUser(login: "ivanova")!
    }

    @Test func gridHoldsStudentsLessonsAndEntries() throws {
        let grid = try db.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(1), by: ivanova)
        #expect(grid.label == LessonLabel(className: "5А", subjectName: "Математика"))
        #expect(grid.students.map(\.fullName) == ["Андреев Илья", "Борисова Ольга", "Сидоров Максим"])
        #expect(grid.lessons.map(\.id) == [LessonID(1)])
        #expect(grid.marks[GridCell(lesson: LessonID(1), student: StudentID(1))]?.map(\.value.value) == [5])
        #expect(grid.attendance[GridCell(lesson: LessonID(1), student: StudentID(2))] == .absent)
        #expect(grid.lessons.first?.topic == "Натуральные числа")
    }

    @Test func averageIsWeightedByWorkType() throws {
        try db.addMark(lesson: LessonID(1), student: StudentID(1), value: try MarkValue(3), workType: "test", by: ivanova)
        let grid = try db.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(1), by: ivanova)
        // 5·1 + 3·2 = 11 over 3
        #expect(grid.average(of: StudentID(1)).text == "3.66")
        #expect(grid.average(of: StudentID(1)).rounded(by: .halfUp) == 4)
    }

    @Test func parentCannotReadTheClassGrid() throws {
        let mama = try db.actingUser(login: "mama")!
        #expect(throws: Refusals.notYourClassJournal) {
            try db.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(1), by: mama)
        }
    }

    @Test func teacherOfTheClassReadsOtherSubjectsOnlyAsHomeroom() throws {
        // Петров is homeroom of 5А: may read math too
        let petrov = try db.actingUser(login: "petrov")!
        #expect(throws: Never.self) { try db.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(1), by: petrov) }
    }

    @Test func todayListsTheTeachersLessonsInBellOrder() throws {
        let lessons = try db.lessons(of: ivanova, on: TinySchool.monday)
        #expect(lessons.map(\.lessonNumber) == [1])
        #expect(lessons.first?.hasTopic == true)
        #expect(lessons.first?.markCount == 1)
        #expect(lessons.first?.attendanceCount == 1)
        #expect(lessons.first?.room == "12")
        #expect(lessons.first?.isSubstitution == false)
        let assignments = try db.teachingAssignments(of: ivanova)
        #expect(assignments.map(\.label.text) == ["5А · Математика"])
    }

    @Test func currentPeriodPrefersTheQuarterAndHolidaysKeepTheLastOne() throws {
        var s = TinySchool.snapshot()
        s.periods = [
            Period(code: "year", name: "Год", kind: .year, start: TinySchool.monday, end: TinySchool.monday.adding(days: 300)),
            Period(code: "q1", name: "1 четверть", kind: .quarter, start: TinySchool.monday, end: TinySchool.monday.adding(days: 50)),
            Period(code: "q2", name: "2 четверть", kind: .quarter, start: TinySchool.monday.adding(days: 60), end: TinySchool.monday.adding(days: 110)),
        ]
        let db = try AppDatabase.inMemory()
        try db.load(s, options: LoadOptions(source: "test"))
        #expect(try db.currentPeriod(on: TinySchool.monday.adding(days: 3))?.period.code == "q1")
        #expect(try db.currentPeriod(on: TinySchool.monday.adding(days: 55))?.period.code == "q1")
        #expect(try db.currentPeriod(on: TinySchool.monday.adding(days: 61))?.period.code == "q2")
    }
}

@Suite struct LessonHistoryTests {
    @Test func loadedLessonsAreHistoryAndNothingIsInventedBeforeThem() throws {
        var s = TinySchool.snapshot()
        // the quarter began a week before the first loaded lesson (Monday 26 August)
        s.periods[0].start = TinySchool.monday.adding(days: -7)
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(s, options: LoadOptions(source: "test"))
        try db.materializeLessons(through: TinySchool.monday.adding(days: 7))
        let days = try db.writer.read { try Int.fetchAll($0, sql: "SELECT DISTINCT day FROM lesson ORDER BY day") }
        #expect(days == [TinySchool.monday.dayNumber, TinySchool.monday.adding(days: 7).dayNumber])
    }

    @Test func aSchoolLoadedWithoutLessonsStartsOnTheDayItWasLoaded() throws {
        var s = TinySchool.snapshot()
        s.lessons = []
        s.marks = []
        s.attendance = []
        // loaded on Tuesday 3 September: Monday 2 September stays empty, Monday 9 gets lessons
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(s, options: LoadOptions(source: "test"))
        try db.materializeLessons(through: TinySchool.monday.adding(days: 7))
        let days = try db.writer.read { try Int.fetchAll($0, sql: "SELECT DISTINCT day FROM lesson ORDER BY day") }
        #expect(days == [TinySchool.monday.adding(days: 7).dayNumber])
    }
}
