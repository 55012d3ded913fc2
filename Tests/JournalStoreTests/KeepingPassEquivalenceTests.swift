import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// «Ведение журнала» in one pass over the lessons (`KeepingSQL`) against the
/// three grouped queries it replaced (`GroupedKeepingSQL`, below as h17 left
/// it): the same facts for every scope of the fixture — a substitute's lesson,
/// a cancelled one, a group, a student who moved classes, one who left the
/// school and one who left the group, as of inside a day — and each deadline rule.
@Suite struct KeepingPassEquivalenceTests {
    struct Teacher: Equatable {
        var units: Set<KeepingUnitFacts>
        var lastEntryAt: SchoolTime?
        var lastEntryBy: AccountID?
    }

    static func byTeacher(_ facts: [KeepingFacts]) -> [AccountID: Teacher] {
        Dictionary(uniqueKeysWithValues: facts.map {
            ($0.teacherID, Teacher(units: Set($0.units), lastEntryAt: $0.lastEntryAt, lastEntryBy: $0.lastEntryBy)) })
    }

    static let rules = [
        OnTimeRule(kinds: EntryKindSet.all, deadline: .nextDayAt(secondOfDay: 12 * 3600)),
        OnTimeRule(kinds: EntryKindSet([.markInClass, .attendance]), deadline: .afterStart(seconds: 3600)),
        OnTimeRule(kinds: EntryKindSet.all, deadline: .afterDayEnd(seconds: 3600)),
    ]

    @Test(arguments: [
        (ReportScopeCodes(periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-09T10:30"),
        (ReportScopeCodes(periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-13T11:00"),
        (ReportScopeCodes(), "2024-09-02", "2024-09-27", "2024-09-30T12:00"),
        (ReportScopeCodes(), "2024-09-04", "2024-09-12", "2024-09-30T12:00"),
        (ReportScopeCodes(classCode: "5a", periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(classCode: "5b", periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(groupCode: "en1", periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(teacherLogin: "ivanova", periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(teacherLogin: "petrov", periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(subjectCode: "eng", periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
    ])
    func onePassEqualsTheGroupedQueries(codes: ReportScopeCodes, from: String, to: String, asOf: String) throws {
        let database = try ReportSchool.database()
        let scope = try database.reportScope(codes, from: ReportSchool.date(from), to: ReportSchool.date(to), asOf: ReportSchool.time(asOf))
        try database.read { db in
            for rule in Self.rules {
                let expected = Self.byTeacher(try GroupedKeepingSQL(scope: scope, rule: rule).facts(db))
                #expect(!expected.isEmpty)
                #expect(Self.byTeacher(try KeepingSQL(scope: scope, rule: rule).facts(db)) == expected)
            }
        }
    }

    /// The figures the equivalence rests on: ivanova owns the finals of 5А
    /// math (L4 was petrov's for her) and of 5Б math — rolls on 13.09: a1 a2
    /// in 5А, a3 (moved on 09.09) and b1 in 5Б, a4 (left) in neither; petrov
    /// has his lesson but no finals; a2 left en1, so smirnova needs a1's only.
    @Test func finalsFallToTheOwnerOfTheLessons() throws {
        let database = try ReportSchool.database()
        let scope = try database.reportScope(ReportScopeCodes(periodCode: "q1"), from: ReportSchool.date("2024-09-02"),
                                             to: ReportSchool.date("2024-09-13"), asOf: ReportSchool.time("2024-09-30T12:00"))
        let facts = try database.read { db in try KeepingSQL(scope: scope, rule: Self.rules[0]).facts(db) }
        let logins = try database.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT login, id FROM account").map { r -> (String, AccountID) in
                (r["login"], r["id"]) })
        }
        let ivanova = try #require(facts.first { $0.teacherID == logins["ivanova"] })
        let petrov = try #require(facts.first { $0.teacherID == logins["petrov"] })
        let smirnova = try #require(facts.first { $0.teacherID == logins["smirnova"] })
        #expect(ivanova.finalsNeeded == 4 && ivanova.finalsSet == 4)
        #expect(petrov.lessons == 1 && petrov.finalsNeeded == 0)
        #expect(smirnova.finalsNeeded == 1 && smirnova.finalsSet == 1)
    }
}

struct GroupedKeepingSQL {
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
