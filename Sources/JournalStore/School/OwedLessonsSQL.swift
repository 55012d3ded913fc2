import GRDB
import JournalCore

/// The lessons the timetable owes, in SQL: the one definition of a school day
/// and of its lessons that the materializer (which writes them), the readiness
/// report (which counts them without writing) and the calendar (which puts a
/// day right after a change) share.
///
/// A school day (bundle-format.md) is a day inside a term — the quarters if
/// the school has any, else its trimesters, else its halves, else the year —
/// that is a Monday to Saturday the school calendar does not mark `holiday` or
/// `closed` (for the whole school), or that it marks `workday`. A workday
/// follows the timetable of its `weekday`; every other school day its own. A
/// class-wide `closed` day takes the lessons of that class (its whole-class
/// rows and its `part` groups' rows) away; a `short` day, for the school or
/// the class, takes the lesson times from the shortened bells (a lesson number
/// they lack keeps its usual bell).
///
/// Each timetable row valid on a school day owes one lesson of its class or
/// group, subject, teacher and number, unless that day already has a lesson
/// of the same class, group, number and subject (whoever teaches it, cancelled
/// or not).
///
/// Named arguments: `:owedFrom`, `:owedTo` (days) and `:termKind` (`termKind`).
enum OwedLessonsSQL {
    /// A WITH clause that ends in the table `owed` (day, class_id, group_id,
    /// subject_id, teacher_id, lesson_number, starts_at, ends_at, class_key).
    /// `missingOnly`: without the slots that have a lesson already.
    /// `rows`: a condition on the timetable row `t` that keeps only some
    /// classes' or groups' lessons (one family's diary, one subject's next lesson).
    static func with(missingOnly: Bool, rows: String? = nil) -> String {
        var missing = missingOnly ? "\n      AND NOT EXISTS (\(existingLesson))" : ""
        if let rows { missing += "\n      AND (\(rows))" }
        return """
            WITH RECURSIVE owed_days(day) AS (SELECT :owedFrom WHERE :owedFrom <= :owedTo
                UNION ALL SELECT day + 1 FROM owed_days WHERE day < :owedTo),
            school_days(day, weekday, short) AS (
                SELECT d.day,
                    CASE WHEN c.kind = 'workday' THEN c.weekday
                         WHEN c.kind IN ('holiday', 'closed') THEN NULL
                         WHEN (d.day + 3) % 7 < 6 THEN (d.day + 3) % 7 + 1 END,
                    ifnull(c.kind = 'short', 0)
                FROM owed_days d
                LEFT JOIN calendar_day c ON c.day = d.day AND ifnull(c.class_id, 0) = 0
                WHERE EXISTS (SELECT 1 FROM period p WHERE p.kind = :termKind AND p.start_day <= d.day AND p.end_day >= d.day)),
            owed AS (
                SELECT s.day, t.class_id, t.group_id, t.subject_id, t.teacher_id, t.lesson_number,
                    s.day * 86400 + ifnull(bs.start_min, b.start_min) * 60 AS starts_at,
                    s.day * 86400 + ifnull(bs.end_min, b.end_min) * 60 AS ends_at,
                    ifnull(t.class_id, -t.group_id) AS class_key
                FROM school_days s
                JOIN timetable t ON t.weekday = s.weekday AND t.valid_from <= s.day AND (t.valid_to IS NULL OR t.valid_to >= s.day)
                JOIN bell b ON b.lesson_number = t.lesson_number
                LEFT JOIN calendar_day cc ON cc.day = s.day AND ifnull(cc.class_id, 0) = t.class_id
                LEFT JOIN bell_short bs ON bs.lesson_number = t.lesson_number AND (s.short OR cc.kind = 'short')
                WHERE s.weekday IS NOT NULL AND ifnull(cc.kind, '') <> 'closed'\(missing))

            """
    }

    /// A lesson `l` in the slot of timetable row `t` on school day `s`.
    private static let existingLesson = """
        SELECT 1 FROM lesson l WHERE l.day = s.day AND l.lesson_number = t.lesson_number AND l.subject_id = t.subject_id
                  AND l.class_id IS t.class_id AND l.group_id IS t.group_id
        """

    static func arguments(from: SchoolDate, to: SchoolDate, terms: TeachingTerms) -> [String: (any DatabaseValueConvertible)?] {
        ["owedFrom": max(from, terms.start), "owedTo": min(to, terms.end), "termKind": terms.kind.rawValue]
    }
}

/// The kind of period whose dates are the school's terms, and the span of them.
struct TeachingTerms: Hashable {
    var kind: PeriodKind
    var start: SchoolDate
    var end: SchoolDate

    /// The quarters if the school has any, else its trimesters, else its
    /// halves, else the year; nil without periods.
    static func fetch(_ db: Database) throws -> TeachingTerms? {
        for kind in [PeriodKind.quarter, .trimester, .half, .year] {
            if let row = try Row.fetchOne(db, sql: """
                SELECT min(start_day) AS s, max(end_day) AS e FROM period WHERE kind = ? HAVING count(*) > 0
                """, arguments: [kind.rawValue]) {
                return TeachingTerms(kind: kind, start: row["s"], end: row["e"])
            }
        }
        return nil
    }
}
