import GRDB
import JournalCore

/// Runs a lesson count: from the day totals for the days they answer, from the
/// lessons (through their summaries, or their entries) for the other days.
struct LessonCounting {
    let db: Database
    let request: LessonCountRequest

    func counts() throws -> [LessonGroupCounts] {
        guard request.usesDayTotals else { return try lessonLevel(from: request.from, to: request.to) }
        let lastDay = min(request.to, request.asOf.date)
        guard request.from <= lastDay else { return try lessonLevel(from: request.from, to: request.to) }
        var groups: [LessonGroupCounts] = []
        var pending: ClosedRange<SchoolDate>?
        for row in try dayTotals(from: request.from, to: lastDay) {
            if row.answers(asOf: request.asOf) {
                if row.lessons > 0 { groups.append(row.counts(for: request)) }
            } else {
                // consecutive unanswered days (days without lessons have no row) are read together
                pending = pending.map { $0.lowerBound...row.day } ?? row.day...row.day
                continue
            }
            if let range = pending {
                groups += try lessonLevel(from: range.lowerBound, to: range.upperBound)
                pending = nil
            }
        }
        if let range = pending { groups += try lessonLevel(from: range.lowerBound, to: range.upperBound) }
        return request.grouping.isEmpty ? [groups.reduce(into: LessonGroupCounts()) { $0.add($1) }] : groups
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
            return LessonGroupCounts(day: key.day, classID: key.classID, teacherID: key.teacherID, subjectID: key.subjectID,
                                     lessons: lessons, planned: planned[key] ?? 0, kept: row["kept"] ?? 0,
                                     entries: row["entries"] ?? 0, onTime: row["on_time"] ?? 0)
        }
    }

    private func dayTotals(from: SchoolDate, to: SchoolDate) throws -> [DayTotals] {
        try Row.fetchAll(db, sql: "SELECT * FROM lesson_day_stats WHERE day BETWEEN ? AND ? ORDER BY day",
                         arguments: [from, to]).map(DayTotals.init)
    }
}

/// The dimensions of a count row, to match planned counts to their group.
private struct GroupKey: Hashable {
    var day: SchoolDate?
    var classID: ClassID?
    var teacherID: AccountID?
    var subjectID: SubjectID?

    init(_ row: Row, _ grouping: Set<LessonDimension>) {
        day = grouping.contains(.day) ? row["day"] : nil
        classID = grouping.contains(.schoolClass) ? row["class_id"] : nil
        teacherID = grouping.contains(.teacher) ? row["teacher_id"] : nil
        subjectID = grouping.contains(.subject) ? row["subject_id"] : nil
    }
}

/// One row of `lesson_day_stats`.
private struct DayTotals {
    let day: SchoolDate
    let latest: SchoolTime
    let lessons: Int
    let row: Row

    init(_ row: Row) {
        self.row = row
        day = row["day"]
        latest = row["latest"]
        lessons = row["lessons"]
    }

    /// The day is over by `asOf` and no entry of it was made after `asOf`.
    func answers(asOf: SchoolTime) -> Bool {
        day < asOf.date && latest <= asOf
    }

    func counts(for request: LessonCountRequest) -> LessonGroupCounts {
        let kinds = request.onTimeKinds
        let rule = request.deadline.summaryColumn!.rawValue   // usesDayTotals implies a built-in rule
        let prefixes = [(kinds.inClassMarks, "mic"), (kinds.otherMarks, "moc"), (kinds.attendance, "att"),
                        (kinds.held, "held"), (kinds.comment, "comment")].filter(\.0).map(\.1)
        return LessonGroupCounts(day: request.grouping.contains(.day) ? day : nil, lessons: lessons, planned: row["planned"],
                                 kept: request.journalKinds.isEmpty ? 0 : row["kept"],
                                 entries: prefixes.reduce(0) { $0 + (row["\($1)_n"] as Int) },
                                 onTime: prefixes.reduce(0) { $0 + (row["\($1)_\(rule)"] as Int) })
    }
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
}
