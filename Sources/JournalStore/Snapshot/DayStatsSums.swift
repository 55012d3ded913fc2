import GRDB
import JournalCore

/// The rows of `lesson_day_stats` summed up while a bulk load inserts the
/// lessons, then written in one go: summing them in SQL afterwards read the
/// whole lesson table once per dimension and took a fifth of a huge school's
/// import. Each lesson adds what `LessonDayStats.contribution(of:)` says it
/// adds, in the same column order; a test holds the two to the same rows.
struct DayStatsSums {
    /// What a lesson row holds that its day's sums read, as it is stored.
    struct LessonFacts {
        var day: SchoolDate
        var classID: Int64?
        var groupID: Int64?
        var teacherID: Int64
        var subjectID: Int64
        var startsAt: SchoolTime
        var cancelled: Bool
        var isPlanned: Bool
        var heldAt: SchoolTime?
        var commentAt: SchoolTime?
        var summary: LessonSummaries.Summary
    }

    private struct Key: Hashable {
        let dimension: Int
        let group: Int64
        let day: Int
    }

    /// `LessonDayStats.countColumns` in order, then `latest`.
    private var sums: [Key: [Int]] = [:]

    mutating func add(_ lesson: LessonFacts) {
        let counts = Self.contribution(of: lesson)
        let latest = Self.latest(of: lesson)
        let day = lesson.day.dayNumber
        let empty = Array(repeating: 0, count: counts.count + 1)
        for dimension in LessonDayStats.Dimension.allCases {
            let key = Key(dimension: dimension.rawValue, group: Self.group(lesson, dimension), day: day)
            Self.add(counts, latest, to: &sums[key, default: empty])
        }
    }

    /// In place: the dictionary's row is not copied for each lesson.
    private static func add(_ counts: [Int], _ latest: Int, to row: inout [Int]) {
        for index in counts.indices { row[index] += counts[index] }
        row[counts.count] = max(row[counts.count], latest)
    }

    func insert(_ db: Database) throws {
        let columns = LessonDayStats.countColumns + ["latest"]
        var insert = try BulkInsert(db, sql: """
            INSERT INTO lesson_day_stats (dimension, group_id, day, \(columns.joined(separator: ", ")))
            VALUES (?, ?, ?\(String(repeating: ", ?", count: columns.count)))
            """)
        for (key, row) in sums.sorted(by: { ($0.key.dimension, $0.key.day, $0.key.group) < ($1.key.dimension, $1.key.day, $1.key.group) }) {
            insert.bind(key.dimension)
            insert.bind(key.group)
            insert.bind(key.day)
            for value in row { insert.bind(value) }
            try insert.run()
        }
    }

    private static func group(_ lesson: LessonFacts, _ dimension: LessonDayStats.Dimension) -> Int64 {
        switch dimension {
        case .school: 0
        case .schoolClass: lesson.classID ?? -(lesson.groupID ?? 0)
        case .teacher: lesson.teacherID
        case .subject: lesson.subjectID
        }
    }

    /// lessons, planned, kept; then the count and the three on-time counts of
    /// in-class marks, other marks, attendance, the "held" mark and the comment.
    /// A cancelled lesson adds nothing.
    private static func contribution(of lesson: LessonFacts) -> [Int] {
        guard !lesson.cancelled else { return Array(repeating: 0, count: LessonDayStats.countColumns.count) }
        let summary = lesson.summary
        let tallies = [summary.inClassMarks, summary.otherMarks, summary.attendance]
        let hasEntries = tallies.contains { $0.count > 0 } || lesson.heldAt != nil || lesson.commentAt != nil
        var counts = [1, lesson.isPlanned ? 1 : 0, hasEntries ? 1 : 0]
        for tally in tallies {
            counts += [Int(tally.count), Int(tally.onTimeByNoon), Int(tally.onTimeByDay), Int(tally.onTimeByDayEnd)]
        }
        let deadlines = LessonSummaries.Deadlines(day: lesson.day, start: lesson.startsAt, dayEnd: summary.dayEnd)
        for time in [lesson.heldAt, lesson.commentAt] {
            guard let time else {
                counts += [0, 0, 0, 0]
                continue
            }
            counts += [1, time <= deadlines.noon ? 1 : 0, time <= deadlines.afterStart ? 1 : 0,
                       deadlines.afterDayEnd.map { time <= $0 ? 1 : 0 } ?? 0]
        }
        return counts
    }

    /// The latest entry time of the lesson, 0 when cancelled or without entries.
    private static func latest(of lesson: LessonFacts) -> Int {
        guard !lesson.cancelled else { return 0 }
        let summary = lesson.summary
        let times = [summary.inClassMarks.lastTime, summary.otherMarks.lastTime, summary.attendance.lastTime,
                     lesson.heldAt, lesson.commentAt]
        return times.map { $0?.seconds ?? 0 }.max() ?? 0
    }
}
