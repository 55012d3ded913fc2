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
            let months = try Row.fetchAll(db, sql: AttendanceSQL.months, arguments: scope.arguments).compactMap { r -> AttendanceMonthFacts? in
                let student: StudentID = r["student_id"]
                if let cls = scope.classID, standings[student]?.classID != cls { return nil }
                return AttendanceMonthFacts(studentID: student, month: r["month"], expected: r["expected"], absent: r["n"],
                                            ill: r["b"], excused: r["up"], late: r["op"], wholeDaysMissed: r["whole_days"])
            }
            return AttendanceData(months: months, standings: standings)
        }
    }
}

/// «Посещаемость» in SQL, grouped there: lessons expected per student and month
/// from lessons counted per class or group and day, joined to the stays that
/// cover them (a stay covering the month's lessons whole takes the month's sum
/// at once); codes from the attendance rows of students on their lesson's roll;
/// a whole day missed from the days with an absence, against the lessons the
/// student's roll had that day. Never a row per lesson and student.
enum AttendanceSQL {
    /// The scope's counted lessons `o` for the report (the class filter
    /// narrows students, not lessons).
    private static func counted(_ o: String) -> String {
        """
        \(o).cancelled = 0 AND \(o).starts_at <= :asOf AND (:grp IS NULL OR \(o).group_id = :grp)
        AND (:teacher IS NULL OR \(o).teacher_id = :teacher) AND (:subject IS NULL OR \(o).subject_id = :subject)
        """
    }

    private static let month = "strftime('%Y-%m', day * 86400, 'unixepoch')"

    /// Each day with an absence (`absent`) and the counted lessons its
    /// student's rolls had that day: the class's own lessons of each stay in it
    /// and each group's, summed from `ud`. A join, not a subquery per day: that
    /// read every lesson row of the student's day again (a third of the query).
    private static let dayLessons = """
        SELECT student_id, day, sum(n) AS lessons FROM (
            SELECT x.student_id, x.day, d.n FROM absent x JOIN enrollment e INDEXED BY enrollment_student
                ON e.student_id = x.student_id AND \(ClassHistorySQL.covers("e", "x.day"))
                JOIN ud d ON d.group_id IS NULL AND d.class_id = e.class_id AND d.day = x.day
            UNION ALL
            SELECT x.student_id, x.day, d.n FROM absent x JOIN group_member gm INDEXED BY group_member_student
                ON gm.student_id = x.student_id AND \(ClassHistorySQL.covers("gm", "x.day"))
                JOIN ud d ON d.group_id = gm.group_id AND d.day = x.day)
        GROUP BY student_id, day
        """

    /// A stay `s` of a unit-month `um`: its lessons, the month's sum when the
    /// stay covers all of them.
    private static func stayLessons(_ s: String, unit: String) -> String {
        """
        CASE WHEN \(s).from_day <= um.first AND (\(s).to_day IS NULL OR \(s).to_day >= um.last) THEN um.n
             ELSE (SELECT ifnull(sum(d.n), 0) FROM ud d WHERE \(unit) AND d.month = um.month
                   AND d.day >= \(s).from_day AND (\(s).to_day IS NULL OR d.day <= \(s).to_day)) END
        """
    }

    static let months = """
        WITH ud AS MATERIALIZED (
            SELECT l.class_id, l.group_id, l.day, strftime('%Y-%m', l.day * 86400, 'unixepoch') AS month, count(*) AS n
            FROM lesson l WHERE l.day BETWEEN :from AND :to AND \(counted("l"))
            GROUP BY l.class_id, l.group_id, l.day),
        um AS MATERIALIZED (
            SELECT class_id, group_id, month, min(day) AS first, max(day) AS last, sum(n) AS n FROM ud GROUP BY class_id, group_id, month),
        expected AS (
            SELECT e.student_id, um.month, \(stayLessons("e", unit: "d.group_id IS NULL AND d.class_id = um.class_id")) AS n
            FROM um JOIN enrollment e ON um.group_id IS NULL AND e.class_id = um.class_id
                AND e.from_day <= um.last AND (e.to_day IS NULL OR e.to_day >= um.first)
            UNION ALL
            SELECT gm.student_id, um.month, \(stayLessons("gm", unit: "d.group_id = um.group_id"))
            FROM um JOIN group_member gm ON gm.group_id = um.group_id
                AND gm.from_day <= um.last AND (gm.to_day IS NULL OR gm.to_day >= um.first)),
        em AS (SELECT student_id, month, sum(n) AS expected FROM expected GROUP BY student_id, month HAVING sum(n) > 0),
        codes AS MATERIALIZED (
            SELECT a.student_id, l.day, sum(a.code = 'н') AS n, sum(a.code = 'б') AS b, sum(a.code = 'уп') AS up,
                   sum(a.code = 'оп') AS op
            FROM lesson l JOIN attendance a ON a.lesson_id = l.id
            WHERE l.day BETWEEN :from AND :to AND \(counted("l")) AND a.entered_at <= :asOf
              AND CASE WHEN l.group_id IS NULL
                  THEN EXISTS (SELECT 1 FROM enrollment e INDEXED BY enrollment_student WHERE e.student_id = a.student_id
                               AND e.class_id = l.class_id AND \(ClassHistorySQL.covers("e", "l.day")))
                  ELSE EXISTS (SELECT 1 FROM group_member gm WHERE gm.student_id = a.student_id AND gm.group_id = l.group_id
                               AND \(ClassHistorySQL.covers("gm", "l.day"))) END
            GROUP BY a.student_id, l.day),
        absent AS MATERIALIZED (SELECT student_id, day, n + b + up AS missed FROM codes WHERE n + b + up > 0),
        dl AS (\(dayLessons)),
        whole AS (
            SELECT x.student_id, strftime('%Y-%m', x.day * 86400, 'unixepoch') AS month, sum(x.missed = ifnull(dl.lessons, 0)) AS whole_days
            FROM absent x LEFT JOIN dl ON dl.student_id = x.student_id AND dl.day = x.day GROUP BY 1, 2),
        cm AS (
            SELECT x.student_id, \(month) AS month, sum(x.n) AS n, sum(x.b) AS b, sum(x.up) AS up, sum(x.op) AS op
            FROM codes x GROUP BY x.student_id, month)
        SELECT em.student_id, em.month, em.expected, ifnull(cm.n, 0) AS n, ifnull(cm.b, 0) AS b, ifnull(cm.up, 0) AS up,
               ifnull(cm.op, 0) AS op, ifnull(w.whole_days, 0) AS whole_days
        FROM em LEFT JOIN cm ON cm.student_id = em.student_id AND cm.month = em.month
            LEFT JOIN whole w ON w.student_id = em.student_id AND w.month = em.month
        """
}
