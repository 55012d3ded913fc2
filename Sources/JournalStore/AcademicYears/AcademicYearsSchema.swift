import GRDB

/// Migration "v14 academic years": one database holds several academic years.
/// Each period says which year it belongs to; `school.academic_year` names the
/// current one. `current_period` is the current year's periods: the queries
/// that mean "this year" (closing, promotion, the checklist, timetable edits)
/// read it, while a period asked for by id may be of any year, so the grid,
/// the diary and the reports of a past year work as they did.
enum AcademicYearsSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE period ADD COLUMN academic_year TEXT;
            UPDATE period SET academic_year = (SELECT academic_year FROM school);
            CREATE INDEX period_year ON period(academic_year, start_day);
            CREATE VIEW current_period AS
                SELECT p.* FROM period p, school s WHERE ifnull(p.academic_year, s.academic_year) = s.academic_year;
            """)
    }
}
