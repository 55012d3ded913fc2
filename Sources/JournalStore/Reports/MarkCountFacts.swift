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
        var marks: [TeachingUnit: [StudentID: Int]] = [:]
        let counts = try Row.fetchCursor(db, sql: """
            SELECT l.class_id, l.group_id, l.subject_id, m.student_id, count(*) AS n FROM lesson l JOIN mark m ON m.lesson_id = l.id
            WHERE l.cancelled = 0 AND l.day BETWEEN :from AND :to AND m.entered_at <= :asOf
              AND (:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp)
              AND (:subject IS NULL OR l.subject_id = :subject)
            GROUP BY l.class_id, l.group_id, l.subject_id, m.student_id
            """, arguments: args)
        while let r = try counts.next() {
            let unit = TeachingUnit(r, at: 0)
            guard units.contains(unit) else { continue }
            marks[unit, default: [:]][StudentID(r[3] as Int64)] = Int(r[4] as Int64)
        }
        return MarkCountFacts(units: units, roll: roll, marks: marks, standings: try ReportFactSQL.standings(db, scope),
                              hours: try ReportFactSQL.hours(db, scope))
    }
}
