import GRDB
import JournalCore

/// One teacher's counted lessons of one unit (class or group × subject) in
/// the window, for «Ведение журнала».
public struct KeepingUnitFacts: Hashable, Sendable {
    public var teacherID: AccountID
    public var unit: TeachingUnit
    public var lessons: Int
    public var withTopic: Int
    public var withHomework: Int
    /// With at least one attendance row entered by as of.
    public var withAttendance: Int
    public var asSubstitute: Int
    /// Entries of the readiness profile's on-time kinds made by as of, and of
    /// them those made by the profile's deadline (readiness.md on_time).
    public var entries: Int
    public var onTime: Int
    /// Students who need a final mark of the unit's subject for the periods of
    /// the window (on the unit's roll on the period's last day), and of them
    /// those who have one entered by as of. Counted for the teacher whose
    /// lessons they are (a substitute's lesson is its absent teacher's).
    public var finalsNeeded: Int
    public var finalsSet: Int

    init(teacherID: AccountID, unit: TeachingUnit) {
        self.teacherID = teacherID
        self.unit = unit
        lessons = 0; withTopic = 0; withHomework = 0; withAttendance = 0; asSubstitute = 0
        entries = 0; onTime = 0; finalsNeeded = 0; finalsSet = 0
    }
}

/// One teacher in «Ведение журнала»: their units' counts and their last entry.
public struct KeepingFacts: Hashable, Sendable {
    public var teacherID: AccountID
    /// By unit; the teacher's totals are their sums.
    public var units: [KeepingUnitFacts]
    /// The latest entry among the teacher's counted lessons: marks and
    /// attendance by their author, "held" and comments by the lesson's teacher.
    public var lastEntryAt: SchoolTime?
    public var lastEntryBy: AccountID?

    public var lessons: Int { units.reduce(0) { $0 + $1.lessons } }
    public var withTopic: Int { units.reduce(0) { $0 + $1.withTopic } }
    public var withHomework: Int { units.reduce(0) { $0 + $1.withHomework } }
    public var withAttendance: Int { units.reduce(0) { $0 + $1.withAttendance } }
    public var asSubstitute: Int { units.reduce(0) { $0 + $1.asSubstitute } }
    public var entries: Int { units.reduce(0) { $0 + $1.entries } }
    public var onTime: Int { units.reduce(0) { $0 + $1.onTime } }
    public var finalsNeeded: Int { units.reduce(0) { $0 + $1.finalsNeeded } }
    public var finalsSet: Int { units.reduce(0) { $0 + $1.finalsSet } }
}

/// The on-time rule of the school's readiness profile, as the keeping report
/// applies it.
public struct OnTimeRule: Sendable {
    public var kinds: EntryKindSet
    public var deadline: DeadlineRule

    public init(kinds: EntryKindSet, deadline: DeadlineRule) {
        self.kinds = kinds
        self.deadline = deadline
    }
}

extension AppDatabase {
    public func keepingFacts(_ scope: ReportScope, window: Phrase, onTime rule: OnTimeRule,
                             by requester: Requester) throws -> [KeepingFacts] {
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Ведение журнала", en: "Journal keeping"))
            try ReportFactSQL.requireLessons(db, scope, window: window)
            return try KeepingSQL(scope: scope, rule: rule).facts(db)
        }
    }
}

struct KeepingSQL {
    let scope: ReportScope
    let rule: OnTimeRule

    private var arguments: StatementArguments {
        var arguments = scope.arguments
        arguments += ["asOfDay": scope.asOf.date, "period": scope.periodID]
        return arguments
    }

    func facts(_ db: Database) throws -> [KeepingFacts] {
        struct Key: Hashable { var teacher: AccountID; var unit: TeachingUnit }
        var units: [Key: KeepingUnitFacts] = [:]
        for r in try Row.fetchAll(db, sql: countsSQL, arguments: arguments) {
            let key = Key(teacher: r["teacher_id"], unit: TeachingUnit(r))
            var facts = KeepingUnitFacts(teacherID: key.teacher, unit: key.unit)
            facts.lessons = r["lessons"]
            facts.withTopic = r["topic"]
            facts.withHomework = r["homework"]
            facts.withAttendance = r["attendance"]
            facts.asSubstitute = r["substitute"]
            facts.entries = r["entries"] ?? 0
            facts.onTime = r["on_time"] ?? 0
            units[key] = facts
        }
        for r in try Row.fetchAll(db, sql: finalsSQL, arguments: arguments) {
            let key = Key(teacher: r["teacher_id"], unit: TeachingUnit(r))
            units[key, default: KeepingUnitFacts(teacherID: key.teacher, unit: key.unit)].finalsNeeded = r["needed"]
            units[key, default: KeepingUnitFacts(teacherID: key.teacher, unit: key.unit)].finalsSet = r["done"]
        }
        var byTeacher: [AccountID: KeepingFacts] = [:]
        for facts in units.values where facts.lessons > 0 || facts.finalsNeeded > 0 {
            byTeacher[facts.teacherID, default: KeepingFacts(teacherID: facts.teacherID, units: [])].units.append(facts)
        }
        for r in try Row.fetchAll(db, sql: lastEntrySQL, arguments: arguments) {
            let teacher: AccountID = r["teacher_id"]
            guard byTeacher[teacher]?.lastEntryAt == nil else { continue }   // a tie: the earliest lesson's
            byTeacher[teacher]?.lastEntryAt = r["at"]
            byTeacher[teacher]?.lastEntryBy = r["who"]
        }
        // A teacher listed only for final marks (every lesson of theirs taught
        // by a substitute) has no counted lesson: the report lists those who have.
        return byTeacher.values.filter { $0.lessons > 0 }
    }

    /// Per teacher and unit over the covering index: topic, homework,
    /// attendance from the lesson summary (its first attendance time), and the
    /// on-time counts exactly as the readiness report makes them.
    private var countsSQL: String {
        let request = LessonCountRequest(from: scope.from, to: scope.to, asOf: scope.asOf, journalKinds: EntryKindSet([]),
                                         onTimeKinds: rule.kinds, deadline: rule.deadline)
        let onTime = LessonCountSQL(request: request).onTime
        let classDay = DeadlineSQL.classDay(rule.deadline)
        return """
            \(classDay.with)SELECT l.teacher_id, l.class_id, l.group_id, l.subject_id, count(*) AS lessons,
                   sum(l.topic IS NOT NULL AND trim(l.topic) <> '') AS topic,
                   sum(l.homework IS NOT NULL AND trim(l.homework) <> '') AS homework,
                   sum(ifnull(l.att_first <= :asOf, 0)) AS attendance,
                   sum(l.substitute_for IS NOT NULL) AS substitute,
                   sum(\(onTime.entries)) AS entries, sum(\(onTime.onTime)) AS on_time
            FROM lesson l\(classDay.join) WHERE \(ReportScope.counted) AND \(ReportScope.lessonFilter)
            GROUP BY l.teacher_id, l.class_id, l.group_id, l.subject_id
            """
    }

    /// The periods asked for (the window's period, else those wholly inside
    /// the window); each unit with a counted lesson in one belongs to the
    /// teacher who owns its lessons; its students are its roll on the
    /// period's last day. The lessons are found by day: left to itself SQLite
    /// builds an automatic index over every lesson of the year (0,26 s → 0,14 s).
    private var finalsSQL: String {
        """
        WITH p AS (SELECT id, start_day, end_day FROM period
                   WHERE (:period IS NOT NULL AND id = :period) OR (:period IS NULL AND start_day >= :from AND end_day <= :to)),
        units AS (SELECT DISTINCT ifnull(l.substitute_for, l.teacher_id) AS teacher_id, l.class_id, l.group_id, l.subject_id,
                         p.id AS period_id, p.end_day
                  FROM p CROSS JOIN lesson l INDEXED BY lesson_day ON l.day BETWEEN p.start_day AND p.end_day
                  WHERE l.cancelled = 0 AND l.starts_at <= :asOf
                    AND (:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp)
                    AND (:teacher IS NULL OR ifnull(l.substitute_for, l.teacher_id) = :teacher)
                    AND (:subject IS NULL OR l.subject_id = :subject)),
        roll AS (SELECT DISTINCT * FROM (\(LessonRoster.rolls(of: "units", selecting: {
                    "u.teacher_id, u.class_id, u.group_id, u.subject_id, u.period_id, \($0).student_id" },
                    covering: { _ in "u.end_day" }))))
        SELECT r.teacher_id, r.class_id, r.group_id, r.subject_id, count(*) AS needed,
               sum(EXISTS (SELECT 1 FROM final_mark f WHERE f.student_id = r.student_id AND f.subject_id = r.subject_id
                                                       AND f.period_id = r.period_id AND f.entered_at <= :asOf)) AS done
        FROM roll r GROUP BY r.teacher_id, r.class_id, r.group_id, r.subject_id
        """
    }

    /// Each counted lesson's latest entry by as of, from its summary when every
    /// entry of that kind is in by then (else from the entries); per teacher
    /// the latest, and its author: a mark's before an attendance row's before
    /// the lesson's own "held" or comment, the earliest row on a tie.
    private var lastEntrySQL: String {
        let marks = "max(ifnull(l.mic_last, 0), ifnull(l.moc_last, 0))"
        let markAt = """
            CASE WHEN \(marks) <= :asOf THEN \(marks)
                 ELSE (SELECT ifnull(max(m.entered_at), 0) FROM mark m WHERE m.lesson_id = l.id AND m.entered_at <= :asOf) END
            """
        let attendanceAt = """
            CASE WHEN ifnull(l.att_last, 0) <= :asOf THEN ifnull(l.att_last, 0)
                 ELSE (SELECT ifnull(max(a.entered_at), 0) FROM attendance a WHERE a.lesson_id = l.id AND a.entered_at <= :asOf) END
            """
        return """
            WITH per AS MATERIALIZED (
                SELECT l.id, l.teacher_id, max(\(markAt), \(attendanceAt),
                       CASE WHEN l.held_at <= :asOf THEN l.held_at ELSE 0 END,
                       CASE WHEN l.comment_at <= :asOf THEN l.comment_at ELSE 0 END) AS at
                FROM lesson l WHERE \(ReportScope.counted) AND \(ReportScope.lessonFilter)),
            best AS (SELECT teacher_id, max(at) AS at FROM per GROUP BY teacher_id HAVING max(at) > 0),
            hits AS (SELECT per.id, per.teacher_id, per.at FROM per JOIN best ON best.teacher_id = per.teacher_id AND best.at = per.at)
            SELECT h.teacher_id, h.at, (
                SELECT who FROM (
                    SELECT m.entered_by AS who, 0 AS kind, m.id AS row FROM mark m WHERE m.lesson_id = h.id AND m.entered_at = h.at
                    UNION ALL
                    SELECT a.entered_by, 1, a.id FROM attendance a WHERE a.lesson_id = h.id AND a.entered_at = h.at
                    UNION ALL
                    SELECT h.teacher_id, 2, 0 FROM lesson o WHERE o.id = h.id AND (o.held_at = h.at OR o.comment_at = h.at))
                ORDER BY kind, row LIMIT 1) AS who
            FROM hits h ORDER BY h.id
            """
    }
}
