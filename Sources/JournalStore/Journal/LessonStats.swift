import GRDB
import JournalCore

/// Keeps each lesson's entry summary (the `mic_*`, `moc_*`, `att_*` and
/// `day_end` columns) equal to what its marks and attendance say. Called by
/// every write that touches them, and once over all lessons after a bulk load.
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

    /// After a mark or an attendance record of `lesson` changed: one UPDATE of
    /// one row, so that the readiness triggers on `lesson` run once per save
    /// (the general refresh below runs four UPDATEs, each firing them). A
    /// lesson's entries do not move its class's day end, so that is left alone.
    static func refresh(_ db: Database, lesson: LessonID) throws {
        try db.cachedStatement(sql: lessonStatement).execute(arguments: [lesson])
    }

    /// Compiles a lesson's refresh once per connection, outside any write
    /// transaction: compiling costs ~45 ms (the readiness triggers come along),
    /// and done in the first write it would hold every other process's writes up.
    static func prepareLessonRefresh(_ db: Database) throws {
        _ = try db.cachedStatement(sql: lessonStatement)
    }

    private static let lessonStatement = """
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
        WHERE lesson.id = ?1
        """

    /// After lessons were created on these days (their classes' day ends move).
    static func refreshDays(_ db: Database, from: SchoolDate, to: SchoolDate) throws {
        try refresh(db, .days(from, to))
    }

    static func rebuildAll(_ db: Database) throws {
        try refresh(db, .all)
    }

    /// Which lessons to refresh: a condition with numbered parameters and their
    /// values. The text is the same for every lesson, so each connection
    /// compiles the statements once: compiling them (with the readiness
    /// triggers on `lesson` inside) costs far more than running them, and every
    /// mark saved runs them.
    private enum Scope {
        case classDay(ClassID, SchoolDate)
        case days(SchoolDate, SchoolDate)
        case all

        func condition(_ alias: String) -> String {
            switch self {
            case .classDay: "\(alias).class_id = ?1 AND \(alias).day = ?2"
            case .days: "\(alias).day BETWEEN ?1 AND ?2"
            case .all: "1"
            }
        }

        var arguments: StatementArguments {
            switch self {
            case .classDay(let classID, let day): [classID, day]
            case .days(let from, let to): [from, to]
            case .all: []
            }
        }
    }

    private static func refresh(_ db: Database, _ scope: Scope) throws {
        for sql in statements(scope) {
            try db.cachedStatement(sql: sql).execute(arguments: scope.arguments)
        }
    }

    private static func statements(_ scope: Scope) -> [String] {
        let filter = scope.condition("lesson")
        return ["""
            UPDATE lesson SET day_end = (
                SELECT max(o.ends_at) FROM lesson o
                WHERE o.class_id = lesson.class_id AND o.day = lesson.day AND o.cancelled = 0)
            WHERE \(filter)
            """, """
            UPDATE lesson SET
                mic_n = 0, mic_first = NULL, mic_last = NULL, mic_ok_noon = 0, mic_ok_24h = 0, mic_ok_end = 0,
                moc_n = 0, moc_first = NULL, moc_last = NULL, moc_ok_noon = 0, moc_ok_24h = 0, moc_ok_end = 0,
                att_n = 0, att_first = NULL, att_last = NULL, att_ok_noon = 0, att_ok_24h = 0, att_ok_end = 0
            WHERE \(filter)
            """, """
            UPDATE lesson SET
                mic_n = a.mic_n, mic_first = a.mic_first, mic_last = a.mic_last,
                mic_ok_noon = a.mic_ok_noon, mic_ok_24h = a.mic_ok_24h, mic_ok_end = a.mic_ok_end,
                moc_n = a.moc_n, moc_first = a.moc_first, moc_last = a.moc_last,
                moc_ok_noon = a.moc_ok_noon, moc_ok_24h = a.moc_ok_24h, moc_ok_end = a.moc_ok_end
            FROM (
                SELECT m.lesson_id AS lesson_id,
                    sum(w.in_class) AS mic_n,
                    min(CASE WHEN w.in_class THEN m.entered_at END) AS mic_first,
                    max(CASE WHEN w.in_class THEN m.entered_at END) AS mic_last,
                    sum(w.in_class AND m.entered_at <= \(Deadline.noonSQL("l"))) AS mic_ok_noon,
                    sum(w.in_class AND m.entered_at <= \(Deadline.hours24SQL("l"))) AS mic_ok_24h,
                    ifnull(sum(w.in_class AND m.entered_at <= \(Deadline.dayEndSQL("l"))), 0) AS mic_ok_end,
                    sum(NOT w.in_class) AS moc_n,
                    min(CASE WHEN NOT w.in_class THEN m.entered_at END) AS moc_first,
                    max(CASE WHEN NOT w.in_class THEN m.entered_at END) AS moc_last,
                    sum(NOT w.in_class AND m.entered_at <= \(Deadline.noonSQL("l"))) AS moc_ok_noon,
                    sum(NOT w.in_class AND m.entered_at <= \(Deadline.hours24SQL("l"))) AS moc_ok_24h,
                    ifnull(sum(NOT w.in_class AND m.entered_at <= \(Deadline.dayEndSQL("l"))), 0) AS moc_ok_end
                FROM lesson l
                JOIN mark m ON m.lesson_id = l.id
                JOIN work_type w ON w.id = m.work_type_id
                WHERE \(scope.condition("l"))
                GROUP BY m.lesson_id
            ) AS a
            WHERE lesson.id = a.lesson_id
            """, """
            UPDATE lesson SET
                att_n = a.att_n, att_first = a.att_first, att_last = a.att_last,
                att_ok_noon = a.att_ok_noon, att_ok_24h = a.att_ok_24h, att_ok_end = a.att_ok_end
            FROM (
                SELECT t.lesson_id AS lesson_id, count(*) AS att_n,
                    min(t.entered_at) AS att_first, max(t.entered_at) AS att_last,
                    sum(t.entered_at <= \(Deadline.noonSQL("l"))) AS att_ok_noon,
                    sum(t.entered_at <= \(Deadline.hours24SQL("l"))) AS att_ok_24h,
                    ifnull(sum(t.entered_at <= \(Deadline.dayEndSQL("l"))), 0) AS att_ok_end
                FROM lesson l
                JOIN attendance t ON t.lesson_id = l.id
                WHERE \(scope.condition("l"))
                GROUP BY t.lesson_id
            ) AS a
            WHERE lesson.id = a.lesson_id
            """]
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
