import GRDB
import JournalCore

/// One teacher's month for «Замены и пропущенные уроки».
public struct SubstitutionFacts: Hashable, Sendable {
    public var teacherID: AccountID
    /// `2024-09`.
    public var month: String
    /// Non-cancelled lessons they taught.
    public var held = 0
    /// Of them, with `substitute_for` set: they replaced someone.
    public var asSubstitute = 0
    /// Non-cancelled lessons someone else taught in their place.
    public var substitutedAway = 0
    /// Cancelled lessons with them as the lesson's teacher.
    public var cancelled = 0
}

extension AppDatabase {
    /// Lessons of the window begun by as of; the teacher filter takes a
    /// teacher's own lessons and those taught in their place.
    public func substitutionFacts(_ scope: ReportScope, window: Phrase, by requester: Requester) throws -> [SubstitutionFacts] {
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Замены и пропущенные уроки", en: "Substitutions"))
            try ReportFactSQL.requireLessons(db, scope, window: window)
            let month = "strftime('%Y-%m', l.day * 86400, 'unixepoch')"
            let others = "(:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp) AND (:subject IS NULL OR l.subject_id = :subject)"
            var result: [String: SubstitutionFacts] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT l.teacher_id AS who, \(month) AS month, sum(l.cancelled = 0) AS held,
                       sum(l.cancelled = 0 AND l.substitute_for IS NOT NULL) AS sub, 0 AS away, sum(l.cancelled = 1) AS cancelled
                FROM lesson l WHERE l.day BETWEEN :from AND :to AND l.starts_at <= :asOf AND \(ReportScope.lessonFilter)
                GROUP BY who, month
                UNION ALL
                SELECT l.substitute_for, \(month), 0, 0, count(*), 0
                FROM lesson l WHERE l.day BETWEEN :from AND :to AND l.starts_at <= :asOf AND l.cancelled = 0
                  AND l.substitute_for IS NOT NULL AND (:teacher IS NULL OR l.substitute_for = :teacher) AND \(others)
                GROUP BY l.substitute_for, 2
                """, arguments: scope.arguments) {
                let teacher: AccountID = r["who"], month: String = r["month"]
                var facts = result["\(teacher.rawValue) \(month)"] ?? SubstitutionFacts(teacherID: teacher, month: month)
                facts.held += r["held"]
                facts.asSubstitute += r["sub"]
                facts.substitutedAway += r["away"]
                facts.cancelled += r["cancelled"]
                result["\(teacher.rawValue) \(month)"] = facts
            }
            return Array(result.values)
        }
    }
}
