import GRDB
import JournalCore

/// Keeps each lesson's entry summary (the `mic_*`, `moc_*`, `att_*` and
/// `day_end` columns) equal to what its marks and attendance say. Called by
/// every write that touches them; a bulk load inserts lessons with their
/// summaries worked out beforehand (`LessonSummaries`).
///
/// Prefixes: `mic` marks of in-class work types, `moc` other marks, `att`
/// attendance. For each: count, first and last `entered_at`, and how many were
/// entered by each built-in deadline: `noon` (12:00 of the next day), `24h`
/// (24 hours after the start), `end` (1 hour after the end of the class's last
/// lesson that day, cancelled ones left out). A class-day whose lessons are all
/// cancelled has no end (`day_end` NULL): its entries count as not met by it.
enum LessonStats {
    /// Refreshes the lessons of the given class-days (a cancellation moves the
    /// day's end for every lesson of that class on that day).
    static func refreshClassDay(_ db: Database, classID: ClassID, day: SchoolDate) throws {
        try refresh(db, .classDay(classID, day))
    }

    /// After a mark or an attendance record of `lesson` changed: the summary
    /// alone, one UPDATE of one row, so that the readiness triggers on `lesson`
    /// run once per save. A lesson's entries do not move its class's day end.
    static func refresh(_ db: Database, lesson: LessonID) throws {
        try db.cachedStatement(sql: lessonStatement).execute(arguments: [lesson])
    }

    /// Compiles a lesson's refresh once per connection, outside any write
    /// transaction: compiling costs ~45 ms (the readiness triggers come along),
    /// and done in the first write it would hold every other process's writes up.
    static func prepareLessonRefresh(_ db: Database) throws {
        _ = try db.cachedStatement(sql: lessonStatement)
    }

    private static let lessonStatement = summaryStatement(where: "lesson.id = ?1")

    /// After lessons were created on these days (their classes' day ends move).
    static func refreshDays(_ db: Database, from: SchoolDate, to: SchoolDate) throws {
        try refresh(db, .days(from, to))
    }

    /// Which lessons to refresh: a condition on `lesson` with numbered
    /// parameters, and their values, so that each connection compiles the
    /// statements of a kind of scope once (the readiness triggers on `lesson`
    /// make compiling cost more than running).
    private enum Scope {
        case classDay(ClassID, SchoolDate)
        case days(SchoolDate, SchoolDate)

        var condition: String {
            switch self {
            case .classDay: "lesson.class_id = ?1 AND lesson.day = ?2"
            case .days: "lesson.day BETWEEN ?1 AND ?2"
            }
        }

        var arguments: StatementArguments {
            switch self {
            case .classDay(let classID, let day): [classID, day]
            case .days(let from, let to): [from, to]
            }
        }
    }

    private static func refresh(_ db: Database, _ scope: Scope) throws {
        for sql in statements(scope) {
            try db.cachedStatement(sql: sql).execute(arguments: scope.arguments)
        }
    }

    /// The day end first: the summary's «end» counts read it. A class's day
    /// holds its whole-class lessons and its `part` groups' (they have the
    /// class); a `mixed` or `extra` group, which has no class, has a day of its
    /// own.
    private static func statements(_ scope: Scope) -> [String] {
        let filter = scope.condition
        return ["""
            UPDATE lesson SET day_end = CASE WHEN lesson.class_id IS NOT NULL THEN (
                    SELECT max(o.ends_at) FROM lesson o
                    WHERE o.class_id = lesson.class_id AND o.day = lesson.day AND o.cancelled = 0)
                ELSE (
                    SELECT max(o.ends_at) FROM lesson o
                    WHERE o.group_id = lesson.group_id AND o.class_id IS NULL AND o.day = lesson.day AND o.cancelled = 0)
                END
            WHERE \(filter)
            """, summaryStatement(where: filter)]
    }

    /// Every summary column of the lessons matching `condition`, in one UPDATE
    /// (a lesson without entries gets zero counts and no times).
    private static func summaryStatement(where condition: String) -> String {
        """
        UPDATE lesson SET
            (mic_n, mic_first, mic_last, mic_ok_noon, mic_ok_24h, mic_ok_end,
             moc_n, moc_first, moc_last, moc_ok_noon, moc_ok_24h, moc_ok_end) = (
                SELECT ifnull(sum(w.in_class), 0),
                    min(CASE WHEN w.in_class THEN m.entered_at END),
                    max(CASE WHEN w.in_class THEN m.entered_at END),
                    ifnull(sum(w.in_class AND m.entered_at <= \(Deadline.noonSQL("lesson"))), 0),
                    ifnull(sum(w.in_class AND m.entered_at <= \(Deadline.hours24SQL("lesson"))), 0),
                    ifnull(sum(w.in_class AND m.entered_at <= \(Deadline.dayEndSQL("lesson"))), 0),
                    ifnull(sum(NOT w.in_class), 0),
                    min(CASE WHEN NOT w.in_class THEN m.entered_at END),
                    max(CASE WHEN NOT w.in_class THEN m.entered_at END),
                    ifnull(sum(NOT w.in_class AND m.entered_at <= \(Deadline.noonSQL("lesson"))), 0),
                    ifnull(sum(NOT w.in_class AND m.entered_at <= \(Deadline.hours24SQL("lesson"))), 0),
                    ifnull(sum(NOT w.in_class AND m.entered_at <= \(Deadline.dayEndSQL("lesson"))), 0)
                FROM mark m JOIN work_type w ON w.id = m.work_type_id
                WHERE m.lesson_id = lesson.id),
            (att_n, att_first, att_last, att_ok_noon, att_ok_24h, att_ok_end) = (
                SELECT count(*), min(t.entered_at), max(t.entered_at),
                    ifnull(sum(t.entered_at <= \(Deadline.noonSQL("lesson"))), 0),
                    ifnull(sum(t.entered_at <= \(Deadline.hours24SQL("lesson"))), 0),
                    ifnull(sum(t.entered_at <= \(Deadline.dayEndSQL("lesson"))), 0)
                FROM attendance t
                WHERE t.lesson_id = lesson.id)
        WHERE \(condition)
        """
    }
}

/// The built-in deadline rules as SQL over a lesson row, in wall-clock seconds.
/// ReadinessMetrics uses the same expressions for `held_at` and `comment_at`.
public enum Deadline {
    /// 12:00:00 of the day after the lesson.
    static func noonSQL(_ lesson: String) -> String { "((\(lesson).day + 1) * 86400 + 43200)" }
    /// 24 hours after the lesson's start.
    static func hours24SQL(_ lesson: String) -> String { "(\(lesson).starts_at + 86400)" }
    /// 1 hour after the end of the class's last (not cancelled) lesson that day.
    static func dayEndSQL(_ lesson: String) -> String { "(\(lesson).day_end + 3600)" }
}
