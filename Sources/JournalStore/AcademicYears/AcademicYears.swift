import GRDB
import JournalCore

/// One academic year the database holds.
public struct AcademicYearInfo: Hashable, Sendable {
    /// «2025/2026».
    public var code: String
    public var start: SchoolDate
    public var end: SchoolDate
    /// The year `school.academic_year` names: the one the school works in.
    public var isCurrent: Bool
    /// Closed at its end: its periods are locked until an administrator reopens it.
    public var isClosed: Bool
}

extension AppDatabase {
    /// Every academic year with periods, earliest first.
    public func academicYears() throws -> [AcademicYearInfo] {
        try read { try AcademicYearQueries.all($0) }
    }

    /// The periods of the academic year `code` («2025/2026»), earliest first;
    /// empty for a year the database does not hold.
    public func periods(inYear code: String) throws -> [PeriodInfo] {
        try read { try PeriodQueries.all($0, inYear: code) }
    }
}

enum AcademicYearQueries {
    static func all(_ db: Database) throws -> [AcademicYearInfo] {
        try Row.fetchAll(db, sql: """
            SELECT y.code, y.start_day, y.end_day, y.code = s.academic_year AS current,
                   EXISTS (SELECT 1 FROM year_closing c WHERE c.academic_year = y.code) AS closed
            FROM (SELECT ifnull(p.academic_year, s.academic_year) AS code, min(p.start_day) AS start_day, max(p.end_day) AS end_day
                  FROM period p, school s GROUP BY 1) y, school s
            ORDER BY y.start_day, y.code
            """).map { r in
            AcademicYearInfo(code: r["code"], start: r["start_day"], end: r["end_day"], isCurrent: r["current"], isClosed: r["closed"])
        }
    }
}
