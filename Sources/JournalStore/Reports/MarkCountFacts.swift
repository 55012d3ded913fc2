import GRDB
import JournalCore

/// What «Накопляемость отметок» counts, as the store has it.
public struct MarkCountFacts: Sendable {
    /// Every unit with a non-cancelled lesson in the window.
    public var units: Set<TeachingUnit>
    /// Each unit's students: on its roll on their last day in the window.
    public var roll: [TeachingUnit: Set<StudentID>]
    /// Marks entered by as of in the unit's non-cancelled lessons of the window.
    public var marks: [TeachingUnit: [StudentID: Int]]
    public var standings: [StudentID: StudentStanding]
    public var hours: TeachingHours
}

extension AppDatabase {
    public func markCountFacts(_ scope: ReportScope, window: Phrase, by requester: Requester) throws -> MarkCountFacts {
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Накопляемость отметок", en: "Marks count"))
            try ReportFactSQL.requireLessons(db, scope, window: window)
            return try MarkCountSQL.facts(db, scope)
        }
    }
}

enum MarkCountSQL {
    static func facts(_ db: Database, _ scope: ReportScope) throws -> MarkCountFacts {
        let args = scope.arguments
        let units = Set(try Row.fetchAll(db, sql: """
            SELECT DISTINCT l.class_id, l.group_id, l.subject_id FROM lesson l
            WHERE l.cancelled = 0 AND l.day BETWEEN :from AND :to AND \(ReportScope.lessonFilter)
            """, arguments: args).map(TeachingUnit.init))
        var roll: [TeachingUnit: Set<StudentID>] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            WITH last AS (SELECT e.student_id, max(min(ifnull(e.to_day, :to), :to)) AS last_day FROM enrollment e
                          WHERE \(ClassHistorySQL.overlaps("e", from: ":from", to: ":to")) GROUP BY e.student_id),
                 units AS (SELECT DISTINCT l.class_id, l.group_id, l.subject_id FROM lesson l
                           WHERE l.cancelled = 0 AND l.day BETWEEN :from AND :to AND \(ReportScope.lessonFilter))
            \(LessonRoster.rolls(of: "units", selecting: { _ in "u.class_id, u.group_id, u.subject_id, last.student_id" },
                                 covering: { _ in "last.last_day" }, joining: { "JOIN last ON last.student_id = \($0).student_id" }))
            """, arguments: args)
        while let r = try rows.next() {
            roll[TeachingUnit(r, at: 0), default: []].insert(StudentID(r[3] as Int64))
        }
        let marks = try markCounts(db, scope, of: units)
        return MarkCountFacts(units: units, roll: roll, marks: marks, standings: try ReportFactSQL.standings(db, scope),
                              hours: try ReportFactSQL.hours(db, scope))
    }

    /// Each unit's marks per student: its non-cancelled lessons of the window
    /// (any teacher's), marks entered by as of. Counted here rather than
    /// grouped in SQL: a quarter of the huge school has 2·10⁵ marks, and
    /// SQLite's sort of them costs more than two integer lookups each.
    static func markCounts(_ db: Database, _ scope: ReportScope, of units: Set<TeachingUnit>) throws -> [TeachingUnit: [StudentID: Int]] {
        let window = """
            l.cancelled = 0 AND l.day BETWEEN :from AND :to
            AND (:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp) AND (:subject IS NULL OR l.subject_id = :subject)
            """
        var number: [TeachingUnit: Int] = [:], unitOfLesson: [Int64: Int] = [:]
        let lessons = try Row.fetchCursor(db, sql: "SELECT l.id, l.class_id, l.group_id, l.subject_id FROM lesson l WHERE \(window)",
                                          arguments: scope.arguments)
        while let r = try lessons.next() {
            let unit = TeachingUnit(r, at: 1)
            guard units.contains(unit) else { continue }
            if number[unit] == nil { number[unit] = number.count }
            unitOfLesson[r[0] as Int64] = number[unit]
        }
        var perUnit = [[StudentID: Int]](repeating: [:], count: number.count)
        let marks = try Row.fetchCursor(db, sql: """
            SELECT m.lesson_id, m.student_id FROM lesson l JOIN mark m ON m.lesson_id = l.id WHERE \(window) AND m.entered_at <= :asOf
            """, arguments: scope.arguments)
        // A lesson's marks come one after another: its unit is looked up once, not per mark.
        var lastLesson: Int64?, lastUnit: Int?
        while let r = try marks.next() {
            let lesson = r[0] as Int64
            if lesson != lastLesson { (lastLesson, lastUnit) = (lesson, unitOfLesson[lesson]) }
            guard let unit = lastUnit else { continue }
            perUnit[unit][StudentID(r[1] as Int64), default: 0] += 1
        }
        return number.reduce(into: [:]) { result, entry in
            if !perUnit[entry.value].isEmpty { result[entry.key] = perUnit[entry.value] }
        }
    }
}
