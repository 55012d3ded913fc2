import GRDB
import JournalCore

/// Runs a lesson count: from the day totals for the days they answer, from the
/// lessons (through their summaries, or their entries) for the other days, and
/// the lessons the timetable owes after the last day that has lessons made
/// (`OwedLessons`), counted without making them.
struct LessonCounting {
    let db: Database
    let request: LessonCountRequest

    func counts() throws -> [LessonGroupCounts] {
        let owed = try OwedLessons(db: db, request: request).counts()
        let made = try madeLessonCounts()
        return owed.isEmpty ? made : merged(made + owed)
    }

    private func madeLessonCounts() throws -> [LessonGroupCounts] {
        let lastDay = min(request.to, request.asOf.date)
        guard request.usesDayTotals, request.from <= lastDay else { return try lessonLevel(from: request.from, to: request.to) }
        var groups: [LessonGroupCounts] = []
        for part in try plan(to: lastDay) {
            switch part {
            case .totals(let range): groups += try dayTotals(range)
            case .lessons(let range): groups += try lessonLevel(from: range.lowerBound, to: range.upperBound)
            }
        }
        return merged(groups)
    }

    private enum Part {
        case totals(ClosedRange<SchoolDate>)
        case lessons(ClosedRange<SchoolDate>)
    }

    /// The window cut into runs of days the totals answer and runs they do not,
    /// from the school rows (days without lessons have none and join either run).
    private func plan(to lastDay: SchoolDate) throws -> [Part] {
        var parts: [Part] = []
        var run: (answered: Bool, range: ClosedRange<SchoolDate>)?
        for row in try Row.fetchAll(db, sql: """
            SELECT day, latest FROM lesson_day_stats WHERE dimension = 0 AND day BETWEEN ? AND ? ORDER BY day
            """, arguments: [request.from, lastDay]) {
            let day: SchoolDate = row["day"]
            let answered = day < request.asOf.date && (row["latest"] as SchoolTime) <= request.asOf
            if let current = run, current.answered == answered {
                run = (answered, current.range.lowerBound...day)
            } else {
                if let current = run { parts.append(current.answered ? .totals(current.range) : .lessons(current.range)) }
                run = (answered, day...day)
            }
        }
        if let current = run { parts.append(current.answered ? .totals(current.range) : .lessons(current.range)) }
        return parts
    }

    /// Sums of the totals of `range`, by day and by the asked dimension.
    private func dayTotals(_ range: ClosedRange<SchoolDate>) throws -> [LessonGroupCounts] {
        let dimension = request.grouping.compactMap(LessonDayStats.Dimension.init).first ?? .school
        let byDay = request.grouping.contains(.day)
        let kinds = request.onTimeKinds
        let prefixes = [(kinds.inClassMarks, "mic"), (kinds.otherMarks, "moc"), (kinds.attendance, "att"),
                        (kinds.held, "held"), (kinds.comment, "comment")].filter(\.0).map(\.1)
        let rule = request.deadline.summaryColumn?.rawValue ?? ""   // usesDayTotals implies a built-in rule
        let entries = prefixes.isEmpty ? "0" : prefixes.map { "\($0)_n" }.joined(separator: " + ")
        let onTime = prefixes.isEmpty ? "0" : prefixes.map { "\($0)_\(rule)" }.joined(separator: " + ")
        let kept = request.journalKinds.isEmpty ? "0" : "kept"
        let keys = byDay ? "day, group_id" : "group_id"
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(keys), sum(lessons) AS lessons, sum(planned) AS planned, sum(\(kept)) AS kept,
                sum(\(entries)) AS entries, sum(\(onTime)) AS on_time
            FROM lesson_day_stats WHERE dimension = ? AND day BETWEEN ? AND ?
            GROUP BY \(keys)
            """, arguments: [dimension.rawValue, range.lowerBound, range.upperBound])
        return rows.compactMap { row -> LessonGroupCounts? in
            let lessons: Int = row["lessons"]
            guard lessons > 0 else { return nil }
            let id: Int64 = row["group_id"]
            let line = ClassLine(key: dimension == .schoolClass ? id : nil)
            return LessonGroupCounts(day: byDay ? row["day"] : nil, classID: line?.classID, groupID: line?.groupID,
                                     teacherID: dimension == .teacher ? AccountID(id) : nil,
                                     subjectID: dimension == .subject ? SubjectID(id) : nil,
                                     lessons: lessons, planned: row["planned"], kept: row["kept"],
                                     entries: row["entries"], onTime: row["on_time"])
        }
    }

    /// Groups of the same key from different runs of days, added up.
    private func merged(_ groups: [LessonGroupCounts]) -> [LessonGroupCounts] {
        if request.grouping.isEmpty { return [groups.reduce(into: LessonGroupCounts()) { $0.add($1) }] }
        var order: [GroupKey] = []
        var sums: [GroupKey: LessonGroupCounts] = [:]
        for group in groups {
            let key = GroupKey(group)
            if sums[key] == nil { order.append(key) }
            sums[key, default: group.keyOnly].add(group)
        }
        return order.map { sums[$0]! }
    }

    /// The lessons of `[from, to]`, grouped as asked: one pass over the covering
    /// index, one over the planned lessons' partial index.
    func lessonLevel(from: SchoolDate, to: SchoolDate) throws -> [LessonGroupCounts] {
        let query = LessonCountSQL(request: request)
        let arguments = query.arguments(from: from, to: to)
        var planned: [GroupKey: Int] = [:]
        for row in try Row.fetchAll(db, sql: query.plannedSQL, arguments: arguments) {
            planned[GroupKey(row, request.grouping)] = row["planned"]
        }
        return try Row.fetchAll(db, sql: query.countsSQL, arguments: arguments).compactMap { row in
            let key = GroupKey(row, request.grouping)
            let lessons: Int = row["lessons"]
            guard lessons > 0 || request.grouping.isEmpty else { return nil }
            return LessonGroupCounts(day: key.day, classID: key.line?.classID, groupID: key.line?.groupID,
                                     teacherID: key.teacherID, subjectID: key.subjectID,
                                     lessons: lessons, planned: planned[key] ?? 0, kept: row["kept"] ?? 0,
                                     entries: row["entries"] ?? 0, onTime: row["on_time"] ?? 0)
        }
    }
}

/// The dimensions of a count row, to match groups from different queries.
struct GroupKey: Hashable {
    var day: SchoolDate?
    var line: ClassLine?
    var teacherID: AccountID?
    var subjectID: SubjectID?

    init(_ row: Row, _ grouping: Set<LessonDimension>) {
        day = grouping.contains(.day) ? row["day"] : nil
        line = grouping.contains(.schoolClass) ? ClassLine(key: row["class_key"]) : nil
        teacherID = grouping.contains(.teacher) ? row["teacher_id"] : nil
        subjectID = grouping.contains(.subject) ? row["subject_id"] : nil
    }

    init(_ group: LessonGroupCounts) {
        day = group.day
        line = group.classID.map(ClassLine.schoolClass) ?? group.groupID.map(ClassLine.group)
        teacherID = group.teacherID
        subjectID = group.subjectID
    }
}

/// A line of a split by class: a class, or a `mixed` or `extra` group, which
/// has none. Stored as one number, `ifnull(class_id, -group_id)` (the class
/// dimension of `LessonDayStats`), so that the two never meet.
enum ClassLine: Hashable {
    case schoolClass(ClassID)
    case group(GroupID)

    init?(key: Int64?) {
        guard let key, key != 0 else { return nil }
        self = key > 0 ? .schoolClass(ClassID(key)) : .group(GroupID(-key))
    }

    var classID: ClassID? {
        if case .schoolClass(let id) = self { return id }
        return nil
    }

    var groupID: GroupID? {
        if case .group(let id) = self { return id }
        return nil
    }

    /// The SQL of a lesson row `r`'s line.
    static func key(_ r: String) -> String { "ifnull(\(r).class_id, -\(r).group_id)" }
}

extension LessonGroupCounts {
    /// Adds another group's counts (its dimensions are not looked at).
    public mutating func add(_ other: LessonGroupCounts) {
        lessons += other.lessons
        planned += other.planned
        kept += other.kept
        entries += other.entries
        onTime += other.onTime
    }

    /// The same group with no counts yet.
    fileprivate var keyOnly: LessonGroupCounts {
        LessonGroupCounts(day: day, classID: classID, groupID: groupID, teacherID: teacherID, subjectID: subjectID)
    }
}
