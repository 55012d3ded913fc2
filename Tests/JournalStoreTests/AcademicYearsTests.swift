import GRDB
import TestFixtures
import JournalCore
import Testing
@testable import JournalStore

/// Two academic years in one database: "this year" means the current one's
/// periods, while any year's periods are still found by id and by year.
@Suite struct AcademicYearsTests {
    let db: AppDatabase

    init() throws {
        db = try AppDatabase.inMemory(clock: JournalSchool.clock(YearEndTests.today, "12:00"))
        try db.load(YearEndTests.snapshot(), options: LoadOptions(source: "test"))
    }

    /// Adds 2025/2026 with one quarter and a year, and makes it current.
    func startNextYear() throws {
        try db.writer.write { db in
            let start = YearEndTests.today.adding(days: 100)
            for (code, kind, days) in [("q1-2026", "quarter", 60), ("year-2026", "year", 270)] {
                try db.execute(sql: """
                    INSERT INTO period (code, name, kind, start_day, end_day, academic_year) VALUES (?, ?, ?, ?, ?, '2025/2026')
                    """, arguments: [code, code, kind, start, start.adding(days: days)])
            }
            try db.execute(sql: "UPDATE school SET academic_year = '2025/2026'")
        }
    }

    @Test func theLoadedYearIsTheOnlyOneAndCurrent() throws {
        let years = try db.academicYears()
        #expect(years.map(\.code) == ["2024/2025"])
        #expect(years.first?.isCurrent == true)
        #expect(years.first?.isClosed == false)
        #expect(try db.periods().allSatisfy { $0.academicYear == "2024/2025" })
    }

    @Test func periodsMeanTheCurrentYearAndAPastYearIsAskedForByName() throws {
        let old = try db.periods().map(\.period.code)
        try startNextYear()
        #expect(try db.periods().map(\.period.code) == ["year-2026", "q1-2026"])
        #expect(try db.periods(inYear: "2024/2025").map(\.period.code) == old)
        let years = try db.academicYears()
        #expect(years.map(\.code) == ["2024/2025", "2025/2026"])
        #expect(years.map(\.isCurrent) == [false, true])
        #expect(try db.periods(inYear: "1999/2000").isEmpty)
    }

    @Test func aClosedYearSaysSo() throws {
        let admin = try #require(try db.actingUser(login: "admin"))
        _ = try db.closeYear(force: true, by: .user(admin))
        #expect(try db.academicYears().first?.isClosed == true)
    }

    /// An exam mark set before «v17 graduation marks by year» belongs to the
    /// «Учебный год» of the one year the database held.
    @Test func aGraduationMarkSetBeforeMarksHadAYearKeepsItsValueAndGetsThatYear() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v16 new academic year")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO school (id, name, timezone, academic_year) VALUES (1, 'Школа', 'Europe/Moscow', '2024/2025');
                INSERT INTO period (id, code, name, kind, start_day, end_day, academic_year)
                    VALUES (7, 'q1', '1 четверть', 'quarter', 100, 150, '2024/2025'), (8, 'year', 'Учебный год', 'year', 100, 300, '2024/2025');
                INSERT INTO subject (id, code, name) VALUES (1, 'math', 'Математика');
                INSERT INTO student (id, code, full_name) VALUES (1, 's1', 'Андреев Илья');
                INSERT INTO graduation_mark (student_id, subject_id, kind, value, entered_at) VALUES (1, 1, 'exam', '4', 0);
                """)
        }
        try Schema.migrator.migrate(queue)
        let row = try queue.read { try Row.fetchOne($0, sql: "SELECT value, year_period_id FROM graduation_mark") }
        #expect(row?["value"] == "4")
        #expect(row?["year_period_id"] == 8)
    }
}
