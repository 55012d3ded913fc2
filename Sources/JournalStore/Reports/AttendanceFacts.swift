import GRDB
import JournalCore

/// One student's month for «Посещаемость»: the counted lessons whose roll
/// holds them, the codes entered by as of on those lessons, and the days on
/// which every expected lesson has н, б or уп.
public struct AttendanceMonthFacts: Hashable, Sendable {
    public var studentID: StudentID
    /// `2024-09`.
    public var month: String
    public var expected: Int
    public var absent: Int
    public var ill: Int
    public var excused: Int
    public var late: Int
    public var wholeDaysMissed: Int
}

public struct AttendanceData: Sendable {
    public var months: [AttendanceMonthFacts]
    public var standings: [StudentID: StudentStanding]
}

extension AppDatabase {
    /// A class narrows the students (those whose class it is at the window's
    /// end, all their lessons); a group, teacher or subject narrows the lessons.
    public func attendanceFacts(_ scope: ReportScope, window: Phrase, by requester: Requester) throws -> AttendanceData {
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Посещаемость", en: "Attendance"))
            try ReportFactSQL.requireLessons(db, scope, window: window)
            let standings = try ReportFactSQL.standings(db, scope)
            let months = try Row.fetchAll(db, sql: """
                WITH lessons AS (SELECT l.id, l.class_id, l.group_id, l.day FROM lesson l
                                 WHERE \(ReportScope.counted) AND (:grp IS NULL OR l.group_id = :grp)
                                   AND (:teacher IS NULL OR l.teacher_id = :teacher) AND (:subject IS NULL OR l.subject_id = :subject)),
                roll AS (\(LessonRoster.rolls(of: "lessons", selecting: { "\($0).student_id, u.id, u.day" }, covering: { _ in "u.day" }))),
                days AS (SELECT r.student_id, r.day, count(*) AS expected,
                                ifnull(sum(a.code = 'н'), 0) AS n, ifnull(sum(a.code = 'б'), 0) AS b,
                                ifnull(sum(a.code = 'уп'), 0) AS up, ifnull(sum(a.code = 'оп'), 0) AS op
                         FROM roll r LEFT JOIN attendance a ON a.lesson_id = r.id AND a.student_id = r.student_id AND a.entered_at <= :asOf
                         GROUP BY r.student_id, r.day)
                SELECT student_id, strftime('%Y-%m', day * 86400, 'unixepoch') AS month, sum(expected) AS expected,
                       sum(n) AS n, sum(b) AS b, sum(up) AS up, sum(op) AS op, sum(n + b + up = expected) AS whole_days
                FROM days GROUP BY student_id, month
                """, arguments: scope.arguments).compactMap { r -> AttendanceMonthFacts? in
                let student: StudentID = r["student_id"]
                if let cls = scope.classID, standings[student]?.classID != cls { return nil }
                return AttendanceMonthFacts(studentID: student, month: r["month"], expected: r["expected"], absent: r["n"],
                                            ill: r["b"], excused: r["up"], late: r["op"], wholeDaysMissed: r["whole_days"])
            }
            return AttendanceData(months: months, standings: standings)
        }
    }
}
