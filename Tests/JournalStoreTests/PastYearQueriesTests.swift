import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// The store's reads of a past year: the classes a teacher taught then, the
/// child's class of then in the diary, the periods a past period's code
/// belongs with.
@Suite struct PastYearQueriesTests {
    let db: AppDatabase

    init() throws {
        db = try JournalSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday))
        _ = try db.closeYear(force: true, by: .user(try #require(try db.actingUser(login: "admin"))))
        try startNewYear()
    }

    /// 2025/2026 from 70 days after JournalSchool's today, 5А's students in a
    /// new 6А: what `startNewYear` and the promotion will do.
    func startNewYear() throws {
        let start = JournalSchool.wednesday.adding(days: 70), lastDay = JournalSchool.wednesday.adding(days: 60)
        try db.writer.write { db in
            try db.execute(sql: """
                INSERT INTO period (code, name, kind, start_day, end_day, academic_year) VALUES ('q1-2026', '1 четверть', 'quarter', ?, ?, '2025/2026')
                """, arguments: [start, start.adding(days: 60)])
            try db.execute(sql: "UPDATE school SET academic_year = '2025/2026'")
            try db.execute(sql: "INSERT INTO class (code, name, grade) VALUES ('6a', '6А', 6)")
            let sixth = db.lastInsertedRowID
            try db.execute(sql: "UPDATE enrollment SET to_day = ? WHERE to_day IS NULL", arguments: [lastDay])
            try db.execute(sql: "INSERT INTO enrollment (student_id, class_id, from_day) SELECT student_id, ?, ? FROM enrollment WHERE to_day = ?",
                           arguments: [sixth, start, lastDay])
        }
    }

    @Test func aTeacherReachesLastYearsClassesByTheirLessons() throws {
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        let last = try #require(try db.academicYears().first { !$0.isCurrent })
        let past = try db.teachingAssignments(of: ivanova, in: last).map { "\($0.label.className ?? "") \($0.label.subjectName)" }
        #expect(past == ["5А Математика", "5А Русский язык"])   // the Russian lesson she covered today
        let now = try db.teachingAssignments(of: ivanova).map(\.label.subjectName)
        #expect(now == ["Математика"])   // by the timetable; last year's cover is not this year's
        let petrov = try #require(try db.actingUser(login: "petrov"))
        #expect(try db.teachingAssignments(of: petrov, in: last).map(\.label.subjectName) == ["Русский язык"])
    }

    @Test func theDiaryOfLastYearNamesTheClassOfThenAndThatYearsFinalMarks() throws {
        let mama = try #require(try db.actingUser(login: "mama"))
        let child = try #require(try db.familyChildren(of: mama).first)
        #expect(child.className == "6А")
        let q2 = try #require(try db.periods(inYear: "2024/2025").first { $0.period.code == "q2" })
        let past = try db.familyRecord(of: child.id, period: q2.id, by: mama)
        #expect(past.child.className == "5А")
        #expect(past.subjects.first { $0.name == "Математика" }?.marks.map(\.value.value) == [5])
        #expect(past.finalMarks.periods.map(\.period.code) == ["year", "q1", "q2"])
        let now = try db.familyRecord(of: child.id, period: try #require(try db.periods().first).id, by: mama)
        #expect(now.child.className == "6А")
        #expect(now.finalMarks.periods.map(\.period.code) == ["q1-2026"])
    }

    @Test func aPastPeriodsCodeBringsItsOwnYearsPeriods() throws {
        #expect(try db.periods(ofYearHolding: "q2").map(\.period.code) == ["year", "q1", "q2"])
        #expect(try db.periods(ofYearHolding: nil).map(\.period.code) == ["q1-2026"])
        #expect(try db.periods(ofYearHolding: "q1-2026").map(\.period.code) == ["q1-2026"])
        #expect(try db.periods(ofYearHolding: "q9").map(\.period.code) == ["q1-2026"])
        #expect(try db.markingPeriods(of: .wholeClass(ClassID(1)), inYear: "2024/2025").map(\.period.code) == ["q1", "q2", "year"])
        #expect(try db.periodsOfEveryYear().count == 4)
    }
}
