import GRDB
import JournalCore

/// Sums of the lesson summaries of the lessons that are not cancelled, per day:
/// for the whole school, and per class, per teacher and per subject. A year's
/// report reads ~200 school rows instead of ~200,000 lessons, a quarter's
/// breakdown by teacher ~12,000 rows. Kept by triggers on `lesson` (so every
/// write path keeps them, present and future), rebuilt in one pass after a
/// bulk load, during which the triggers are paused.
///
/// A day answers a report as of `asOf` only when it is before `asOf`'s day and
/// the school row's `latest` (the latest entry time of its lessons) is not
/// after `asOf`; otherwise the report reads that day's lessons. `latest` only
/// grows (an entry removed leaves it), which is safe: a day is then read
/// lesson by lesson a little more often.
enum LessonDayStats {
    /// The `dimension` column: whose totals a row holds. The raw values are stored.
    enum Dimension: Int, CaseIterable {
        case school = 0, schoolClass = 1, teacher = 2, subject = 3

        /// The lesson column naming the group, for a lesson row `r`.
        func group(_ r: String, _ schema: SchemaGeneration = .current) -> String {
            switch self {
            case .school: "0"
            // A lesson of a `mixed` or `extra` group has no class: its group
            // is a line of its own, kept apart from classes by its sign.
            case .schoolClass: schema == .classesOnly ? "\(r).class_id" : "ifnull(\(r).class_id, -\(r).group_id)"
            case .teacher: "\(r).teacher_id"
            case .subject: "\(r).subject_id"
            }
        }

        init?(_ dimension: LessonDimension) {
            switch dimension {
            case .day: return nil
            case .schoolClass: self = .schoolClass
            case .teacher: self = .teacher
            case .subject: self = .subject
            }
        }
    }

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

    /// The lesson table the SQL is for: "v2 readiness" made the sums when every
    /// lesson had a class; since "v3 school structure" a group's may not.
    enum SchemaGeneration {
        case classesOnly
        case current
    }

    /// The table, its pause switch and the triggers (migration "v2 readiness").
    static func create(_ db: Database, schema: SchemaGeneration) throws {
        let columns = countColumns.map { "\($0) INTEGER NOT NULL DEFAULT 0" }.joined(separator: ",\n    ")
        try db.execute(sql: """
            CREATE TABLE lesson_day_stats (
                dimension INTEGER NOT NULL,
                group_id INTEGER NOT NULL,
                day INTEGER NOT NULL,
                \(columns),
                latest INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (dimension, day, group_id)
            ) WITHOUT ROWID;
            CREATE TABLE lesson_day_stats_control (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                paused INTEGER NOT NULL DEFAULT 0
            );
            INSERT INTO lesson_day_stats_control (id, paused) VALUES (1, 0);
            """)
        try createTriggers(db, schema: schema)
        try rebuild(db, schema: schema)
    }

    /// The triggers that keep the sums (made again when "v3 school structure"
    /// rebuilds the lesson table).
    static func createTriggers(_ db: Database, schema: SchemaGeneration = .current) throws {
        try db.execute(sql: """
            CREATE TRIGGER lesson_day_stats_insert AFTER INSERT ON lesson WHEN \(running) BEGIN
                \(upserts(row: "NEW", sign: 1, schema))
            END;
            CREATE TRIGGER lesson_day_stats_delete AFTER DELETE ON lesson WHEN \(running) BEGIN
                \(upserts(row: "OLD", sign: -1, schema))
            END;
            CREATE TRIGGER lesson_day_stats_update AFTER UPDATE ON lesson WHEN \(running) BEGIN
                \(upserts(row: "OLD", sign: -1, schema))
                \(upserts(row: "NEW", sign: 1, schema))
            END;
            """)
    }

    private static let running = "(SELECT paused FROM lesson_day_stats_control WHERE id = 1) = 0"

    /// Adds (`sign` 1) or takes away (-1) a row's contribution to its day's
    /// rows of every dimension.
    private static func upserts(row r: String, sign: Int, _ schema: SchemaGeneration) -> String {
        let terms = contribution(of: r)
        let values = terms.map { sign < 0 ? "-(\($0.expression))" : $0.expression }.joined(separator: ", ")
        let updates = terms.map { "\($0.column) = \($0.column) + excluded.\($0.column)" }.joined(separator: ", ")
        return Dimension.allCases.map { dimension in
            """
            INSERT INTO lesson_day_stats (dimension, group_id, day, \(terms.map(\.column).joined(separator: ", ")), latest)
                VALUES (\(dimension.rawValue), \(dimension.group(r, schema)), \(r).day, \(values), \(sign < 0 ? "0" : latest(of: r)))
                ON CONFLICT (dimension, day, group_id) DO UPDATE SET \(updates), latest = max(latest, excluded.latest);
            """
        }.joined(separator: "\n")
    }

    // MARK: bulk load

    /// Stops the triggers: a bulk load then writes the table once
    /// (`DayStatsSums`), or `rebuild` does.
    static func pause(_ db: Database) throws {
        try db.execute(sql: "UPDATE lesson_day_stats_control SET paused = 1 WHERE id = 1")
    }

    static func resume(_ db: Database) throws {
        try db.execute(sql: "UPDATE lesson_day_stats_control SET paused = 0 WHERE id = 1")
    }

    /// Recomputes every row from the lessons and restarts the triggers. The
    /// school's rows are the sums of the class rows (every lesson is on exactly
    /// one class line, a group's on its own), which spares a pass over the lessons.
    static func rebuild(_ db: Database, schema: SchemaGeneration = .current) throws {
        let terms = contribution(of: "l")
        let columns = terms.map(\.column).joined(separator: ", ")
        try db.execute(sql: "DELETE FROM lesson_day_stats")
        for dimension in [Dimension.schoolClass, .teacher, .subject] {
            try db.execute(sql: """
                INSERT INTO lesson_day_stats (dimension, group_id, day, \(columns), latest)
                    SELECT \(dimension.rawValue), \(dimension.group("l", schema)), l.day,
                        \(terms.map { "sum(\($0.expression))" }.joined(separator: ", ")), max(\(latest(of: "l")))
                    FROM lesson l GROUP BY 2, 3
                """)
        }
        try db.execute(sql: """
            INSERT INTO lesson_day_stats (dimension, group_id, day, \(columns), latest)
                SELECT \(Dimension.school.rawValue), 0, day, \(terms.map { "sum(\($0.column))" }.joined(separator: ", ")), max(latest)
                FROM lesson_day_stats WHERE dimension = \(Dimension.schoolClass.rawValue) GROUP BY day
            """)
        try resume(db)
    }
}
