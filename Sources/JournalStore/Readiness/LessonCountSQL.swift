import GRDB
import JournalCore

/// Builds the grouped queries behind the lesson indicators, over the lessons of
/// a range of days. Every expression reads the covering index `lesson_readiness`;
/// the entry tables are read only inside CASE branches that SQLite evaluates for
/// lessons the summaries cannot answer as of `asOf`. Planned lessons are counted
/// by a second query over the partial index `lesson_planned`.
///
/// Named arguments: `:from`, `:to` (days), `:asOf` (wall-clock seconds),
/// `:asOfDay`, and `:slice` when a slice is asked.
struct LessonCountSQL {
    let request: LessonCountRequest

    func arguments(from: SchoolDate, to: SchoolDate) -> StatementArguments {
        ReadinessListSQL.arguments(from: from, to: to, asOf: request.asOf, slice: request.slice)
    }

    var countsSQL: String {
        let select = (groupColumns.map { "\($0.expression) AS \($0.name)" } + [
            "count(*) AS lessons",
            "sum(\(keptTerms)) AS kept",
            "sum(\(onTime.entries)) AS entries",
            "sum(\(onTime.onTime)) AS on_time",
        ]).joined(separator: ",\n    ")
        let index = request.slice == .school ? " INDEXED BY lesson_readiness" : ""
        let classDay = DeadlineSQL.classDay(request.deadline)
        return "\(classDay.with)SELECT \(select)\nFROM lesson l\(index)\(classDay.join)\n"
            + "WHERE \(LessonSQL.countedCondition(slice: request.slice))\(groupBy)"
    }

    var plannedSQL: String {
        let select = (groupColumns.map { "\($0.expression) AS \($0.name)" } + ["count(*) AS planned"]).joined(separator: ", ")
        return """
            SELECT \(select)
            FROM lesson l INDEXED BY lesson_planned
            WHERE \(LessonSQL.countedCondition(slice: request.slice)) AND \(LessonSQL.planned)\(groupBy)
            """
    }

    private var groupBy: String {
        LessonSQL.groupBy(request.grouping, "l")
    }

    private var groupColumns: [(name: String, expression: String)] {
        LessonSQL.groupColumns(request.grouping, "l")
    }

    // MARK: journal

    /// 1 when the lesson has an entry of the journal kinds made by `asOf`; NULL
    /// or 0 otherwise (`sum` skips NULL). The summaries keep each kind's first
    /// entry time, which answers this exactly.
    private var keptTerms: String {
        let kinds = request.journalKinds
        let summaries = request.usesSummaries
        var terms: [String] = []
        if kinds.inClassMarks { terms.append(summaries ? "l.mic_first <= :asOf" : "EXISTS (\(EntrySQL.marks(.inClass, upTo: nil)))") }
        if kinds.otherMarks { terms.append(summaries ? "l.moc_first <= :asOf" : "EXISTS (\(EntrySQL.marks(.other, upTo: nil)))") }
        if kinds.attendance { terms.append(summaries ? "l.att_first <= :asOf" : "EXISTS (\(EntrySQL.attendance(upTo: nil)))") }
        if kinds.held { terms.append("l.held_at <= :asOf") }
        if kinds.comment { terms.append("l.comment_at <= :asOf") }
        return terms.isEmpty ? "0" : "(" + terms.joined(separator: " OR ") + ")"
    }

    /// The kept test as a condition that is never NULL, for `NOT`.
    var keptCondition: String { "ifnull(\(keptTerms), 0)" }

    // MARK: on time

    /// Entries of the on-time kinds made by `asOf`, and those made by their
    /// deadline. Marks and attendance come from the summaries when every such
    /// entry of the lesson was made by `asOf` (and, for the day-end rule, the
    /// class's day had fully begun), else from the entry tables; "held" and the
    /// comment are on the lesson row itself.
    var onTime: (entries: String, onTime: String) {
        let kinds = request.onTimeKinds
        let deadline = DeadlineSQL.expression(request.deadline)
        var scopes: [MarkScope?] = []
        switch (kinds.inClassMarks, kinds.otherMarks) {
        case (true, true): scopes.append(.all)
        case (true, false): scopes.append(.inClass)
        case (false, true): scopes.append(.other)
        case (false, false): break
        }
        if kinds.attendance { scopes.append(nil) }
        var entries: [String] = []
        var onTime: [String] = []
        if !scopes.isEmpty {
            let counted = scopes.map { scope in
                (scope.map { EntrySQL.countMarks($0, upTo: nil) } ?? EntrySQL.countAttendance(upTo: nil),
                 scope.map { EntrySQL.countMarks($0, upTo: deadline) } ?? EntrySQL.countAttendance(upTo: deadline))
            }
            let fromEntries = (counted.map { "(\($0.0))" }.joined(separator: " + "), counted.map { "(\($0.1))" }.joined(separator: " + "))
            if request.usesSummaries, let column = request.deadline.summaryColumn {
                let prefixes = scopes.flatMap { $0?.summaryPrefixes ?? ["att"] }
                var settled = prefixes.map { "ifnull(l.\($0)_last, 0) <= :asOf" }
                if column == .hourAfterDayEnd { settled.append(DeadlineSQL.classDayBegun) }
                let condition = settled.joined(separator: " AND ")
                entries.append("(CASE WHEN \(condition) THEN \(prefixes.map { "l.\($0)_n" }.joined(separator: " + ")) ELSE \(fromEntries.0) END)")
                onTime.append("(CASE WHEN \(condition) THEN \(prefixes.map { "l.\($0)_ok_\(column.rawValue)" }.joined(separator: " + ")) ELSE \(fromEntries.1) END)")
            } else {
                entries.append(fromEntries.0)
                onTime.append(fromEntries.1)
            }
        }
        if kinds.held {
            entries.append("ifnull(l.held_at <= :asOf, 0)")
            onTime.append("ifnull(l.held_at <= :asOf AND l.held_at <= \(deadline), 0)")
        }
        if kinds.comment {
            entries.append("ifnull(l.comment_at <= :asOf, 0)")
            onTime.append("ifnull(l.comment_at <= :asOf AND l.comment_at <= \(deadline), 0)")
        }
        return entries.isEmpty ? ("0", "0") : (entries.joined(separator: " + "), onTime.joined(separator: " + "))
    }
}

/// Which marks: by the `in_class` flag of their work type.
enum MarkScope {
    case inClass, other, all

    var summaryPrefixes: [String] {
        switch self {
        case .inClass: ["mic"]
        case .other: ["moc"]
        case .all: ["mic", "moc"]
        }
    }

    /// A condition on `w.in_class`, or nil when every mark counts.
    var workTypeCondition: String? {
        switch self {
        case .inClass: "w.in_class <> 0"
        case .other: "w.in_class = 0"
        case .all: nil
        }
    }
}

/// Lesson-row expressions shared by the counts and the drill-down lists.
enum LessonSQL {
    /// A counted lesson of readiness.md: not cancelled, in the window, started by `asOf`.
    static func countedCondition(slice: LessonSlice) -> String {
        "l.day BETWEEN :from AND :to AND l.cancelled = 0 AND l.starts_at <= :asOf" + sliceCondition(slice, "l")
    }

    /// ` AND` the lessons of the slice, over lesson rows `r` (made or owed).
    static func sliceCondition(_ slice: LessonSlice, _ r: String) -> String {
        switch slice {
        case .school: ""
        case .schoolClass: " AND \(r).class_id = :slice"
        case .group: " AND \(r).group_id = :slice AND \(r).class_id IS NULL"
        case .teacher: " AND \(r).teacher_id = :slice"
        case .subject: " AND \(r).subject_id = :slice"
        }
    }

    /// The grouped columns over lesson rows `r`, named as `GroupKey` reads them.
    static func groupColumns(_ grouping: Set<LessonDimension>, _ r: String) -> [(name: String, expression: String)] {
        let all: [(LessonDimension, String, String)] = [
            (.day, "day", "\(r).day"), (.schoolClass, "class_key", ClassLine.key(r)),
            (.teacher, "teacher_id", "\(r).teacher_id"), (.subject, "subject_id", "\(r).subject_id"),
        ]
        return all.filter { grouping.contains($0.0) }.map { ($0.1, $0.2) }
    }

    static func groupBy(_ grouping: Set<LessonDimension>, _ r: String) -> String {
        let columns = groupColumns(grouping, r)
        return columns.isEmpty ? "" : "\nGROUP BY " + columns.map(\.expression).joined(separator: ", ")
    }

    static func sliceID(_ slice: LessonSlice) -> Int64? {
        switch slice {
        case .school: nil
        case .schoolClass(let id): id.rawValue
        case .group(let id): id.rawValue
        case .teacher(let id): id.rawValue
        case .subject(let id): id.rawValue
        }
    }

    /// The condition of the partial index `lesson_planned`, word for word.
    static let planned = "(l.topic IS NOT NULL OR l.homework IS NOT NULL)"

    /// The "held" mark as an entry made by `asOf`.
    static let heldEntry = "(l.held_at IS NOT NULL AND l.held_at <= :asOf)"
    /// The comment as an entry made by `asOf`: the store keeps a comment's time
    /// exactly when there is a comment, and a comment without a time (only an
    /// old hand-made bundle had one) cannot be placed in time: no entry.
    static let commentEntry = "(l.comment_at IS NOT NULL AND l.comment_at <= :asOf)"
}

/// Correlated subqueries over the entries of lesson `l`, made by `asOf` and, when
/// `upTo` is given, by that deadline expression too.
enum EntrySQL {
    static func marks(_ scope: MarkScope, upTo deadline: String?) -> String {
        let join = scope.workTypeCondition == nil ? "" : " JOIN work_type w ON w.id = m.work_type_id"
        var conditions = ["m.lesson_id = l.id", "m.entered_at <= :asOf"]
        if let condition = scope.workTypeCondition { conditions.append(condition) }
        if let deadline { conditions.append("m.entered_at <= \(deadline)") }
        return "SELECT 1 FROM mark m\(join) WHERE " + conditions.joined(separator: " AND ")
    }

    static func attendance(upTo deadline: String?) -> String {
        var conditions = ["t.lesson_id = l.id", "t.entered_at <= :asOf"]
        if let deadline { conditions.append("t.entered_at <= \(deadline)") }
        return "SELECT 1 FROM attendance t WHERE " + conditions.joined(separator: " AND ")
    }

    static func countMarks(_ scope: MarkScope, upTo deadline: String?) -> String {
        "SELECT count(*) FROM (\(marks(scope, upTo: deadline)))"
    }

    static func countAttendance(upTo deadline: String?) -> String {
        "SELECT count(*) FROM (\(attendance(upTo: deadline)))"
    }
}

/// Deadlines over lesson `l` as they stand at `asOf`. The day-end rule reads
/// `cd`, the class's day as of `asOf` (see `classDay`), joined to the lesson.
enum DeadlineSQL {
    /// For the day-end rule: a WITH clause computing, once per class that has
    /// lessons on `asOf`'s day, the end of its last lesson begun by then and
    /// whether all its lessons have begun; and the join that brings it to `l`.
    /// (Asked per entry instead, SQLite would look the class's day up again for
    /// every mark.) Empty for the other rules.
    /// A class's day is its own lessons and its `part` groups'; a `mixed` or
    /// `extra` group's day is its own (`ClassLine`).
    static func classDay(_ rule: DeadlineRule) -> (with: String, join: String) {
        guard case .afterDayEnd = rule else { return ("", "") }
        return ("""
            WITH cd AS MATERIALIZED (
                SELECT \(ClassLine.key("o")) AS class_key, max(CASE WHEN o.starts_at <= :asOf THEN o.ends_at END) AS day_end,
                    max(o.starts_at) <= :asOf AS begun
                FROM lesson o INDEXED BY lesson_day WHERE o.day = :asOfDay AND o.cancelled = 0 GROUP BY 1)

            """, " LEFT JOIN cd ON cd.class_key = \(ClassLine.key("l")) AND l.day = :asOfDay")
    }

    static func expression(_ rule: DeadlineRule) -> String {
        switch rule {
        case .nextDayAt(let second): "((l.day + 1) * 86400 + \(second))"
        case .afterStart(let seconds): "(l.starts_at + \(seconds))"
        case .afterDayEnd(let seconds): "(\(dayEnd) + \(seconds))"
        }
    }

    /// The end of the class's last counted lesson that day. Before `asOf`'s day
    /// every lesson of the day has begun, and the stored `day_end` is that end;
    /// on `asOf`'s day only the lessons begun by then count.
    static let dayEnd = "(CASE WHEN l.day < :asOfDay THEN l.day_end ELSE cd.day_end END)"

    /// Whether every lesson of the class that day had begun by `asOf`, so that the
    /// stored day-end on-time counts hold.
    static let classDayBegun = "(l.day < :asOfDay OR cd.begun)"
}
