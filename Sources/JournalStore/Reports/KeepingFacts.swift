import GRDB
import JournalCore

/// One teacher's counted lessons in the window, for «Ведение журнала».
public struct KeepingFacts: Hashable, Sendable {
    public var teacherID: AccountID
    public var lessons: Int
    public var withTopic: Int
    public var withHomework: Int
    /// With at least one attendance row entered by as of.
    public var withAttendance: Int
    public var asSubstitute: Int
    /// The latest entry among the teacher's counted lessons: marks and
    /// attendance by their author, "held" and comments by the lesson's teacher.
    public var lastEntryAt: SchoolTime?
    public var lastEntryBy: AccountID?
}

extension AppDatabase {
    public func keepingFacts(_ scope: ReportScope, window: Phrase, by requester: Requester) throws -> [KeepingFacts] {
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Ведение журнала", en: "Journal keeping"))
            try ReportFactSQL.requireLessons(db, scope, window: window)
            var byTeacher: [AccountID: KeepingFacts] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT l.teacher_id, count(*) AS lessons,
                       sum(l.topic IS NOT NULL AND trim(l.topic) <> '') AS topic,
                       sum(l.homework IS NOT NULL AND trim(l.homework) <> '') AS homework,
                       sum(EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id AND a.entered_at <= :asOf)) AS attendance,
                       sum(l.substitute_for IS NOT NULL) AS substitute
                FROM lesson l WHERE \(ReportScope.counted) AND \(ReportScope.lessonFilter) GROUP BY l.teacher_id
                """, arguments: scope.arguments) {
                byTeacher[r["teacher_id"]] = KeepingFacts(teacherID: r["teacher_id"], lessons: r["lessons"], withTopic: r["topic"],
                                                          withHomework: r["homework"], withAttendance: r["attendance"],
                                                          asSubstitute: r["substitute"])
            }
            // max() picks its row's other columns in SQLite: the entry's author.
            for r in try Row.fetchAll(db, sql: """
                WITH counted AS (SELECT l.id, l.teacher_id, l.held_at, l.comment_at FROM lesson l
                                 WHERE \(ReportScope.counted) AND \(ReportScope.lessonFilter)),
                entries AS (
                    SELECT c.teacher_id, m.entered_at AS at, m.entered_by AS who FROM counted c JOIN mark m ON m.lesson_id = c.id
                    UNION ALL
                    SELECT c.teacher_id, a.entered_at, a.entered_by FROM counted c JOIN attendance a ON a.lesson_id = c.id
                    UNION ALL
                    SELECT c.teacher_id, c.held_at, c.teacher_id FROM counted c WHERE c.held_at IS NOT NULL
                    UNION ALL
                    SELECT c.teacher_id, c.comment_at, c.teacher_id FROM counted c WHERE c.comment_at IS NOT NULL)
                SELECT teacher_id, max(at) AS at, who FROM entries WHERE at <= :asOf GROUP BY teacher_id
                """, arguments: scope.arguments) {
                let teacher: AccountID = r["teacher_id"]
                byTeacher[teacher]?.lastEntryAt = r["at"]
                byTeacher[teacher]?.lastEntryBy = r["who"]
            }
            return Array(byTeacher.values)
        }
    }
}
