import GRDB
import JournalCore

/// Which curriculum and КТП a question about a date reads: the live tables
/// for the current year (and for a year never closed into the copies), the
/// copies `curriculum_year` and `plan_item_year` for a past year, so that a
/// past year's figures do not move when the new year's plans are edited.
enum PastYearTables {
    /// The past academic year `day` belongs to, when its curriculum and КТП
    /// were kept; nil when `day` is in the current year (or no copy was kept).
    static func keptYear(_ db: Database, containing day: SchoolDate) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT y.academic_year FROM (SELECT academic_year FROM period WHERE start_day <= ? ORDER BY start_day DESC LIMIT 1) y, school s
            WHERE y.academic_year IS NOT s.academic_year AND EXISTS (SELECT 1 FROM year_start k WHERE k.copied_from = y.academic_year)
            """, arguments: [day])
    }

    /// The curriculum table to read for `year` (nil: the current one), with the
    /// filter that keeps that year's rows.
    static func curriculum(_ year: String?) -> (table: String, filter: String) {
        year == nil ? ("curriculum", "1") : ("curriculum_year", "academic_year = \(quoted(year!))")
    }

    static func planItems(_ year: String?) -> (table: String, filter: String) {
        year == nil ? ("plan_item", "1") : ("plan_item_year", "academic_year = \(quoted(year!))")
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
