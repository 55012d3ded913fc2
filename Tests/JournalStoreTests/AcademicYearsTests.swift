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
}
