import GRDB
import JournalCore

/// Builds the one grouped query behind the lesson indicators. Every expression
/// reads the lesson row `l`; the entry tables are read only inside CASE branches
/// that SQLite evaluates for the lessons the summaries cannot answer, so a year
/// of a big school is one pass over the lesson table.
///
/// Named arguments: `:from`, `:to` (days), `:asOf` (wall-clock seconds),
/// `:asOfDay`, and `:slice` when a slice is asked.
struct LessonCountSQL {
    let request: LessonCountRequest

    var arguments: StatementArguments {
        var values: [String: (any DatabaseValueConvertible)?] = [
            "from": request.from, "to": request.to, "asOf": request.asOf, "asOfDay": request.asOf.date,
        ]
        if let id = LessonSQL.sliceID(request.slice) { values["slice"] = id }
        return StatementArguments(values)
    }

    var sql: String {
        let groups = groupColumns
        let select = (groups.map { "\($0.expression) AS \($0.name)" } + [
            "count(*) AS lessons",
            "sum(l.topic IS NOT NULL OR l.homework IS NOT NULL) AS planned",
            "sum(\(keptCondition)) AS kept",
            "sum(\(onTimeTerms.map(\.entries).joined(separator: " + "))) AS entries",
            "sum(\(onTimeTerms.map(\.onTime).joined(separator: " + "))) AS on_time",
        ]).joined(separator: ",\n    ")
        let groupBy = groups.isEmpty ? "" : "\nGROUP BY " + groups.map(\.name).joined(separator: ", ")
        return """
            SELECT \(select)
            FROM lesson l
            WHERE \(LessonSQL.countedCondition(slice: request.slice))\(groupBy)
            """
    }

    private var groupColumns: [(name: String, expression: String)] {
        let all: [(LessonDimension, String, String)] = [
            (.week, "week", LessonSQL.week), (.schoolClass, "class_id", "l.class_id"),
            (.teacher, "teacher_id", "l.teacher_id"), (.subject, "subject_id", "l.subject_id"),
        ]
        return all.filter { request.grouping.contains($0.0) }.map { ($0.1, $0.2) }
    }

    // MARK: journal

    /// 1 when the lesson has an entry of the journal kinds made by `asOf`. The
    /// summaries keep each kind's first entry time, which answers this exactly.
    var keptCondition: String {
        let kinds = request.journalKinds
        var terms: [String] = []
        let summaries = request.usesSummaries
        if kinds.inClassMarks {
            terms.append(summaries ? "ifnull(l.mic_first <= :asOf, 0)" : "EXISTS (\(EntrySQL.marks(.inClass, upTo: nil)))")
        }
        if kinds.otherMarks {
            terms.append(summaries ? "ifnull(l.moc_first <= :asOf, 0)" : "EXISTS (\(EntrySQL.marks(.other, upTo: nil)))")
        }
        if kinds.attendance {
            terms.append(summaries ? "ifnull(l.att_first <= :asOf, 0)" : "EXISTS (\(EntrySQL.attendance(upTo: nil)))")
        }
        if kinds.held { terms.append(LessonSQL.heldEntry) }
        if kinds.comment { terms.append(LessonSQL.commentEntry) }
        return terms.isEmpty ? "0" : "(" + terms.joined(separator: " OR ") + ")"
    }

    // MARK: on time

    private var onTimeTerms: [(entries: String, onTime: String)] {
        let kinds = request.onTimeKinds
        var terms: [(String, String)] = []
        switch (kinds.inClassMarks, kinds.otherMarks) {
        case (true, true): terms.append(entryTerm(.all))
        case (true, false): terms.append(entryTerm(.inClass))
        case (false, true): terms.append(entryTerm(.other))
        case (false, false): break
        }
        if kinds.attendance { terms.append(entryTerm(nil)) }
        let deadline = DeadlineSQL.expression(request.deadline)
        if kinds.held {
            terms.append((LessonSQL.heldEntry, "(\(LessonSQL.heldEntry) AND l.held_at <= \(deadline))"))
        }
        if kinds.comment {
            terms.append((LessonSQL.commentEntry, "(\(LessonSQL.commentEntry) AND l.comment_at <= \(deadline))"))
        }
        return terms.isEmpty ? [("0", "0")] : terms
    }

    /// Marks of `scope`, or attendance when `scope` is nil: from the summaries
    /// when every such entry of the lesson was made by `asOf` (and, for the day-end
    /// rule, the class's day had fully begun), else from the entry table.
    private func entryTerm(_ scope: MarkScope?) -> (String, String) {
        let deadline = DeadlineSQL.expression(request.deadline)
        let countAll = scope.map { EntrySQL.countMarks($0, upTo: nil) } ?? EntrySQL.countAttendance(upTo: nil)
        let countOnTime = scope.map { EntrySQL.countMarks($0, upTo: deadline) } ?? EntrySQL.countAttendance(upTo: deadline)
        guard request.usesSummaries, let column = request.deadline.summaryColumn else {
            return ("(\(countAll))", "(\(countOnTime))")
        }
        let prefixes = scope?.summaryPrefixes ?? ["att"]
        let settled = prefixes.map { "ifnull(l.\($0)_last, 0) <= :asOf" }.joined(separator: " AND ")
        let dayBegun = column == .hourAfterDayEnd ? " AND \(DeadlineSQL.classDayBegun)" : ""
        let n = prefixes.map { "l.\($0)_n" }.joined(separator: " + ")
        let ok = prefixes.map { "l.\($0)_ok_\(column.rawValue)" }.joined(separator: " + ")
        return ("(CASE WHEN \(settled) THEN \(n) ELSE (\(countAll)) END)",
                "(CASE WHEN \(settled)\(dayBegun) THEN \(ok) ELSE (\(countOnTime)) END)")
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
    /// `SchoolDate.weekIndex` in SQL; days are after 1970, so integer division floors.
    static let week = "((l.day + 3) / 7)"

    /// A counted lesson of readiness.md: not cancelled, in the window, started by `asOf`.
    static func countedCondition(slice: LessonSlice) -> String {
        let base = "l.day BETWEEN :from AND :to AND l.cancelled = 0 AND l.starts_at <= :asOf"
        switch slice {
        case .school: return base
        case .schoolClass: return base + " AND l.class_id = :slice"
        case .teacher: return base + " AND l.teacher_id = :slice"
        case .subject: return base + " AND l.subject_id = :slice"
        }
    }

    static func sliceID(_ slice: LessonSlice) -> Int64? {
        switch slice {
        case .school: nil
        case .schoolClass(let id): id.rawValue
        case .teacher(let id): id.rawValue
        case .subject(let id): id.rawValue
        }
    }

    /// The "held" mark as an entry made by `asOf`.
    static let heldEntry = "(l.held_at IS NOT NULL AND l.held_at <= :asOf)"
    /// The comment as an entry made by `asOf`; a comment without a time (only a
    /// hand-made bundle can have one) cannot be placed in time and is no entry.
    static let commentEntry = "(l.comment IS NOT NULL AND l.comment_at IS NOT NULL AND l.comment_at <= :asOf)"
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

/// Deadlines over lesson `l` as they stand at `asOf`.
enum DeadlineSQL {
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
    static let dayEnd = """
        (CASE WHEN l.day < :asOfDay THEN l.day_end ELSE (SELECT max(o.ends_at) FROM lesson o \
        WHERE o.class_id = l.class_id AND o.day = l.day AND o.cancelled = 0 AND o.starts_at <= :asOf) END)
        """

    /// Whether every lesson of the class that day had begun by `asOf`, so that the
    /// stored day-end on-time counts hold.
    static let classDayBegun = """
        (l.day < :asOfDay OR NOT EXISTS (SELECT 1 FROM lesson o \
        WHERE o.class_id = l.class_id AND o.day = l.day AND o.cancelled = 0 AND o.starts_at > :asOf))
        """
}
