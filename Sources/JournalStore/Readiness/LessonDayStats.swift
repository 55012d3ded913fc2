import GRDB
import JournalCore

/// One row per school day summing the lesson summaries of its lessons that are
/// not cancelled: the readiness report of a whole year reads ~200 of these
/// instead of ~200,000 lessons. Kept by triggers on `lesson` (so every write
/// path keeps it, present and future), rebuilt in one statement after a bulk
/// load, during which the triggers are paused.
///
/// A day's row answers a report as of `asOf` only when the day is before
/// `asOf`'s day and `latest` (the latest entry time of its lessons) is not after
/// `asOf`; otherwise the report reads that day's lessons. `latest` only grows
/// (an entry removed leaves it), which is safe: a day is then read lesson by
/// lesson a little more often.
enum LessonDayStats {
    /// Prefixes of the entry kinds summed: marks of in-class and other work
    /// types, attendance, the "held" mark, the comment.
    static let kinds = ["mic", "moc", "att", "held", "comment"]

    /// The summed columns, in table order (after `day`, before `latest`).
    static var countColumns: [String] {
        ["lessons", "planned", "kept"] + kinds.flatMap { kind in
            ["\(kind)_n"] + BuiltInDeadline.allCases.map { "\(kind)_\($0.rawValue)" }
        }
    }

    /// What lesson row `r` (`NEW`, `OLD`, or a table alias) adds to its day.
    /// A comment is an entry when it has a time (the store keeps `comment_at`
    /// NULL without a comment).
    static func contribution(of r: String) -> [(column: String, expression: String)] {
        let live = "\(r).cancelled = 0"
        var terms: [(String, String)] = [
            ("lessons", "(\(live))"),
            ("planned", "(\(live) AND (\(r).topic IS NOT NULL OR \(r).homework IS NOT NULL))"),
            ("kept", "(\(live) AND (\(r).mic_n + \(r).moc_n + \(r).att_n > 0 OR \(r).held_at IS NOT NULL OR \(r).comment_at IS NOT NULL))"),
        ]
        for kind in ["mic", "moc", "att"] {
            terms.append(("\(kind)_n", "(\(live)) * \(r).\(kind)_n"))
            for rule in BuiltInDeadline.allCases {
                terms.append(("\(kind)_\(rule.rawValue)", "(\(live)) * \(r).\(kind)_ok_\(rule.rawValue)"))
            }
        }
        for (kind, column) in [("held", "held_at"), ("comment", "comment_at")] {
            terms.append(("\(kind)_n", "(\(live) AND \(r).\(column) IS NOT NULL)"))
            for rule in BuiltInDeadline.allCases {
                terms.append(("\(kind)_\(rule.rawValue)",
                              "ifnull(\(live) AND \(r).\(column) <= \(storedDeadline(rule, r)), 0)"))
            }
        }
        return terms
    }

    /// The latest entry time of row `r`, or 0 when cancelled or without entries.
    static func latest(of r: String) -> String {
        "(CASE WHEN \(r).cancelled = 0 THEN max(ifnull(\(r).mic_last, 0), ifnull(\(r).moc_last, 0), "
            + "ifnull(\(r).att_last, 0), ifnull(\(r).held_at, 0), ifnull(\(r).comment_at, 0)) ELSE 0 END)"
    }

    /// The built-in deadlines over a lesson row as stored (the whole day begun).
    static func storedDeadline(_ rule: BuiltInDeadline, _ r: String) -> String {
        switch rule {
        case .nextDayNoon: Deadline.noonSQL(r)
        case .dayAfterStart: Deadline.hours24SQL(r)
        case .hourAfterDayEnd: Deadline.dayEndSQL(r)
        }
    }

    // MARK: schema

    /// The table, its pause switch and the triggers (migration "v2 readiness").
    static func create(_ db: Database) throws {
        let columns = countColumns.map { "\($0) INTEGER NOT NULL DEFAULT 0" }.joined(separator: ",\n    ")
        try db.execute(sql: """
            CREATE TABLE lesson_day_stats (
                day INTEGER PRIMARY KEY,
                \(columns),
                latest INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE lesson_day_stats_control (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                paused INTEGER NOT NULL DEFAULT 0
            );
            INSERT INTO lesson_day_stats_control (id, paused) VALUES (1, 0);
            CREATE TRIGGER lesson_day_stats_insert AFTER INSERT ON lesson WHEN \(running) BEGIN
                \(upsert(row: "NEW", sign: 1));
            END;
            CREATE TRIGGER lesson_day_stats_delete AFTER DELETE ON lesson WHEN \(running) BEGIN
                \(upsert(row: "OLD", sign: -1));
            END;
            CREATE TRIGGER lesson_day_stats_update AFTER UPDATE ON lesson WHEN \(running) BEGIN
                \(upsert(row: "OLD", sign: -1));
                \(upsert(row: "NEW", sign: 1));
            END;
            """)
        try rebuild(db)
    }

    private static let running = "(SELECT paused FROM lesson_day_stats_control WHERE id = 1) = 0"

    /// Adds (`sign` 1) or takes away (-1) a row's contribution to its day.
    private static func upsert(row r: String, sign: Int) -> String {
        let terms = contribution(of: r)
        let values = terms.map { sign < 0 ? "-(\($0.expression))" : $0.expression }
        let updates = terms.map { "\($0.column) = \($0.column) + excluded.\($0.column)" }
        return """
            INSERT INTO lesson_day_stats (day, \(terms.map(\.column).joined(separator: ", ")), latest)
                VALUES (\(r).day, \(values.joined(separator: ", ")), \(sign < 0 ? "0" : latest(of: r)))
                ON CONFLICT (day) DO UPDATE SET \(updates.joined(separator: ", ")),
                    latest = max(latest, excluded.latest)
            """
    }

    // MARK: bulk load

    /// Stops the triggers: a bulk load then rebuilds the table once.
    static func pause(_ db: Database) throws {
        try db.execute(sql: "UPDATE lesson_day_stats_control SET paused = 1 WHERE id = 1")
    }

    /// Recomputes every day from the lessons and restarts the triggers.
    static func rebuild(_ db: Database) throws {
        let terms = contribution(of: "l")
        try db.execute(sql: """
            DELETE FROM lesson_day_stats;
            INSERT INTO lesson_day_stats (day, \(terms.map(\.column).joined(separator: ", ")), latest)
                SELECT l.day, \(terms.map { "sum(\($0.expression))" }.joined(separator: ", ")), max(\(latest(of: "l")))
                FROM lesson l GROUP BY l.day;
            UPDATE lesson_day_stats_control SET paused = 0 WHERE id = 1;
            """)
    }
}
