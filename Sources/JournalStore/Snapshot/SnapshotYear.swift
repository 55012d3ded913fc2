import GRDB
import JournalCore

/// Which academic year an export holds. A bundle is one year: when the
/// database holds several, the export takes the current one — its periods,
/// the lessons on its days with their marks and attendance, its periods'
/// final marks, the timetable rows in force during it and its calendar days.
/// People, classes, groups and their dated history go whole (they have no
/// year). A database of one year exports everything, as before.
struct SnapshotYear {
    var start: SchoolDate?
    var end: SchoolDate?

    static let all = SnapshotYear()

    static func current(_ db: Database) throws -> SnapshotYear {
        let years = try Int.fetchOne(db, sql: "SELECT count(DISTINCT academic_year) FROM period") ?? 0
        guard years > 1, let row = try Row.fetchOne(db, sql: "SELECT min(start_day), max(end_day) FROM current_period"),
              let start = row[0] as SchoolDate?, let end = row[1] as SchoolDate? else { return .all }
        return SnapshotYear(start: start, end: end)
    }

    /// Over a lesson `l`.
    var lessonFilter: String {
        guard let start, let end else { return "1" }
        return "l.day BETWEEN \(start.dayNumber) AND \(end.dayNumber)"
    }

    /// Over a row with `lesson_id`.
    var lessonIDFilter: String {
        start == nil ? "1" : "lesson_id IN (SELECT l.id FROM lesson l WHERE \(lessonFilter))"
    }

    /// Over a row with `period_id`.
    var periodIDFilter: String {
        start == nil ? "1" : "period_id IN (SELECT id FROM current_period)"
    }

    /// Over a timetable row `t`.
    var timetableFilter: String {
        guard let start, let end else { return "1" }
        return "t.valid_from <= \(end.dayNumber) AND (t.valid_to IS NULL OR t.valid_to >= \(start.dayNumber))"
    }

    /// Over a calendar line `d`.
    var calendarFilter: String {
        guard let start, let end else { return "1" }
        return "d.day BETWEEN \(start.dayNumber) AND \(end.dayNumber)"
    }
}
