import GRDB
import JournalCore

/// One unit's lessons for «Прохождение программы».
public struct ProgrammeFacts: Hashable, Sendable {
    public var unit: TeachingUnit
    /// Counted lessons in the window (a substitute's lessons included).
    public var held: Int
    /// Of them, taught by a substitute.
    public var substituted: Int
    /// Cancelled lessons of the window begun by as of.
    public var cancelled: Int
    /// Counted lessons from the first day of the school year to as of.
    public var heldInYear: Int
    /// The unit's КТП: its hours in all and its topics.
    public var planHours: Int
    public var planTopics: Int
}

public struct ProgrammeData: Sendable {
    public var units: [ProgrammeFacts]
    public var hours: TeachingHours
    /// The first day of the school's first period.
    public var yearStart: SchoolDate
}

extension AppDatabase {
    public func programmeFacts(_ scope: ReportScope, window: Phrase, by requester: Requester) throws -> ProgrammeData {
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Прохождение программы", en: "Programme"))
            try ReportFactSQL.requireLessons(db, scope, window: window)
            let yearStart = try SchoolDate.fetchOne(db, sql: """
                SELECT min(start_day) FROM period WHERE academic_year IS
                    (SELECT academic_year FROM period WHERE start_day <= ? ORDER BY start_day DESC LIMIT 1)
                """, arguments: [scope.from]) ?? scope.from
            var arguments = scope.arguments
            arguments += ["yearStart": min(yearStart, scope.from)]
            var plans: [TeachingUnit: (hours: Int, topics: Int)] = [:]
            let kept = PastYearTables.planItems(try PastYearTables.keptYear(db, containing: scope.from))
            for r in try Row.fetchAll(db, sql: """
                SELECT class_id, group_id, subject_id, sum(hours) AS hours, count(*) AS topics FROM \(kept.table) WHERE \(kept.filter)
                GROUP BY class_id, group_id, subject_id
                """) {
                plans[TeachingUnit(r)] = (r["hours"], r["topics"])
            }
            let units = try Row.fetchAll(db, sql: """
                SELECT l.class_id, l.group_id, l.subject_id,
                       sum(l.cancelled = 0 AND l.day BETWEEN :from AND :to) AS held,
                       sum(l.cancelled = 0 AND l.day BETWEEN :from AND :to AND l.substitute_for IS NOT NULL) AS substituted,
                       sum(l.cancelled = 1 AND l.day BETWEEN :from AND :to) AS cancelled,
                       sum(l.cancelled = 0) AS year_held
                FROM lesson l
                WHERE l.day BETWEEN :yearStart AND :to AND l.starts_at <= :asOf AND \(ReportScope.lessonFilter)
                GROUP BY l.class_id, l.group_id, l.subject_id
                HAVING sum(l.day >= :from) > 0
                """, arguments: arguments).map { r in
                let unit = TeachingUnit(r)
                return ProgrammeFacts(unit: unit, held: r["held"], substituted: r["substituted"], cancelled: r["cancelled"],
                                      heldInYear: r["year_held"], planHours: plans[unit]?.hours ?? 0, planTopics: plans[unit]?.topics ?? 0)
            }
            return ProgrammeData(units: units, hours: try ReportFactSQL.hours(db, scope), yearStart: yearStart)
        }
    }
}
