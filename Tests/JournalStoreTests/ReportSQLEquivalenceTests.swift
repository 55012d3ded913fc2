import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The control reports' grouped SQL against the plain queries it replaced
/// (a row per lesson and student): the same figures for every scope.
@Suite struct ReportSQLEquivalenceTests {
    /// «Посещаемость» as first written: the roll of every counted lesson,
    /// its attendance, grouped by day and then by month.
    static let rollAttendance = """
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
        """

    static func rows(_ db: Database, _ sql: String, _ scope: ReportScope) throws -> Set<[Int64]> {
        Set(try Row.fetchAll(db, sql: sql, arguments: scope.arguments).map { r -> [Int64] in
            let month: String = r["month"]
            var values: [Int64] = [r["student_id"], Int64(month.replacingOccurrences(of: "-", with: "")) ?? -1]
            for column in ["expected", "n", "b", "up", "op", "whole_days"] {
                let value: Int64 = r[column]
                values.append(value)
            }
            return values
        })
    }

    static func tallied(_ db: Database, _ scope: ReportScope) throws -> Set<[Int64]> {
        Set(try AttendanceTally.months(db, scope).map { m -> [Int64] in
            [m.studentID.rawValue, Int64(m.month.replacingOccurrences(of: "-", with: "")) ?? -1,
             Int64(m.expected), Int64(m.absent), Int64(m.ill), Int64(m.excused), Int64(m.late), Int64(m.wholeDaysMissed)]
        })
    }

    @Test(arguments: [
        (ReportScopeCodes(), "2024-09-02", "2024-09-27", "2024-09-30T12:00"),
        (ReportScopeCodes(), "2024-09-02", "2024-09-13", "2024-09-06T09:00"),
        (ReportScopeCodes(groupCode: "en1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(teacherLogin: "ivanova"), "2024-09-04", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(subjectCode: "math"), "2024-09-03", "2024-09-10", "2024-09-20T11:00"),
        (ReportScopeCodes(), "2020-01-01", "2030-12-31", "2024-09-30T12:00"),   // tallied by day from the first lesson to the last only
    ])
    func attendanceTallyEqualsTheRollQuery(codes: ReportScopeCodes, from: String, to: String, asOf: String) throws {
        let database = try ReportSchool.database()
        let scope = try database.reportScope(codes, from: ReportSchool.date(from), to: ReportSchool.date(to), asOf: ReportSchool.time(asOf))
        try database.read { db in
            let expected = try Self.rows(db, Self.rollAttendance, scope)
            #expect(!expected.isEmpty)
            #expect(try Self.tallied(db, scope) == expected)
            #expect(try Self.rows(db, GroupedAttendanceSQL.months, scope) == expected)
        }
    }

    /// «Накопляемость» as first written: marks grouped by unit and student in SQL.
    static let groupedMarks = """
        SELECT l.class_id, l.group_id, l.subject_id, m.student_id, count(*) AS n FROM lesson l JOIN mark m ON m.lesson_id = l.id
        WHERE l.cancelled = 0 AND l.day BETWEEN :from AND :to AND m.entered_at <= :asOf
          AND (:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp)
          AND (:subject IS NULL OR l.subject_id = :subject)
        GROUP BY l.class_id, l.group_id, l.subject_id, m.student_id
        """

    @Test(arguments: [
        (ReportScopeCodes(), "2024-09-02", "2024-09-27", "2024-09-30T12:00"),
        (ReportScopeCodes(), "2024-09-02", "2024-09-13", "2024-09-06T09:00"),
        (ReportScopeCodes(classCode: "5a"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(groupCode: "en1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(teacherLogin: "ivanova"), "2024-09-04", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(subjectCode: "math"), "2024-09-03", "2024-09-10", "2024-09-20T11:00"),
    ])
    func markCountsEqualTheGroupedQuery(codes: ReportScopeCodes, from: String, to: String, asOf: String) throws {
        let database = try ReportSchool.database()
        let scope = try database.reportScope(codes, from: ReportSchool.date(from), to: ReportSchool.date(to), asOf: ReportSchool.time(asOf))
        try database.read { db in
            let facts = try MarkCountSQL.facts(db, scope)
            var expected: [TeachingUnit: [StudentID: Int]] = [:]
            for r in try Row.fetchAll(db, sql: Self.groupedMarks, arguments: scope.arguments) where facts.units.contains(TeachingUnit(r)) {
                expected[TeachingUnit(r), default: [:]][r["student_id"]] = r["n"]
            }
            #expect(!expected.isEmpty)
            for (unit, students) in expected {
                #expect(facts.marks(of: Array(students.keys), in: unit) == Array(students.values))
            }
            #expect(facts.marks.pairCount == expected.values.reduce(0) { $0 + $1.count })
        }
    }

    /// «Накопляемость»'s rolls as first written: one per unit (class or group ×
    /// subject), each student on the roll of their last day in the window.
    static let unitRolls = """
        WITH last AS (SELECT e.student_id, max(min(ifnull(e.to_day, :to), :to)) AS last_day FROM enrollment e
                      WHERE e.from_day <= :to AND (e.to_day IS NULL OR e.to_day >= :from) GROUP BY e.student_id),
             units AS (SELECT DISTINCT l.class_id, l.group_id, l.subject_id FROM lesson l
                       WHERE l.cancelled = 0 AND l.day BETWEEN :from AND :to AND \(ReportScope.lessonFilter))
        SELECT u.class_id, u.group_id, u.subject_id, last.student_id FROM units u
        JOIN enrollment e ON u.group_id IS NULL AND e.class_id = u.class_id JOIN last ON last.student_id = e.student_id
        WHERE e.from_day <= last.last_day AND (e.to_day IS NULL OR e.to_day >= last.last_day)
        UNION ALL
        SELECT u.class_id, u.group_id, u.subject_id, last.student_id FROM units u
        JOIN group_member gm ON gm.group_id = u.group_id JOIN last ON last.student_id = gm.student_id
        WHERE gm.from_day <= last.last_day AND (gm.to_day IS NULL OR gm.to_day >= last.last_day)
        """

    @Test(arguments: [
        (ReportScopeCodes(), "2024-09-02", "2024-09-27"),
        (ReportScopeCodes(), "2024-09-02", "2024-09-06"),
        (ReportScopeCodes(classCode: "5a"), "2024-09-02", "2024-09-13"),
        (ReportScopeCodes(groupCode: "en1"), "2024-09-06", "2024-09-13"),
        (ReportScopeCodes(teacherLogin: "ivanova"), "2024-09-04", "2024-09-13"),
    ])
    func markCountRollsAreTheUnitsRolls(codes: ReportScopeCodes, from: String, to: String) throws {
        let database = try ReportSchool.database()
        let scope = try database.reportScope(codes, from: ReportSchool.date(from), to: ReportSchool.date(to),
                                             asOf: ReportSchool.time("2024-09-30T12:00"))
        try database.read { db in
            let facts = try MarkCountSQL.facts(db, scope)
            var expected: [TeachingUnit: Set<StudentID>] = [:]
            for r in try Row.fetchAll(db, sql: Self.unitRolls, arguments: scope.arguments) {
                expected[TeachingUnit(r), default: []].insert(r["student_id"])
            }
            #expect(!expected.isEmpty)
            #expect(Set(expected.keys).isSubset(of: facts.units))
            for unit in facts.units { #expect(facts.roll(of: unit) == expected[unit] ?? [], "\(unit)") }
        }
    }

    /// The fixture with a day of 5А that has a whole-class lesson and a group
    /// lesson (03.09: L0 at 1, G1 at 2): a1 (in the group) misses only G1 — not
    /// a whole day; a2 (in the group until 05.09) misses both — a whole day;
    /// a3 (5А until 08.09, not in the group) misses L0, its only lesson.
    static func schoolWithAMixedDay() throws -> AppDatabase {
        var school = ReportSchool.snapshot()
        school.lessons.append(Lesson(code: "L0", classCode: "5a", groupCode: nil, subjectCode: "math", teacherLogin: "ivanova",
                                     date: ReportSchool.date("2024-09-03"), lessonNumber: 1))
        let at = ReportSchool.time("2024-09-03T12:00")
        school.attendance += [Attendance(lessonCode: "G1", studentCode: "a1", code: .absent, enteredAt: at, enteredBy: "smirnova"),
                              Attendance(lessonCode: "G1", studentCode: "a2", code: .ill, enteredAt: at, enteredBy: "smirnova"),
                              Attendance(lessonCode: "L0", studentCode: "a2", code: .ill, enteredAt: at, enteredBy: "ivanova"),
                              Attendance(lessonCode: "L0", studentCode: "a3", code: .excused, enteredAt: at, enteredBy: "ivanova")]
        let database = try AppDatabase.inMemory(clock: ReportSchool.clock)
        try database.load(school, options: LoadOptions(source: "test"))
        return database
    }

    @Test(arguments: [
        (ReportScopeCodes(), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(), "2024-09-03", "2024-09-03", "2024-09-03T12:00"),
        (ReportScopeCodes(groupCode: "en1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(classCode: "5a"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(subjectCode: "math"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
    ])
    func wholeDaysCountAClassAndAGroupLessonOfOneDay(codes: ReportScopeCodes, from: String, to: String, asOf: String) throws {
        let database = try Self.schoolWithAMixedDay()
        let scope = try database.reportScope(codes, from: ReportSchool.date(from), to: ReportSchool.date(to), asOf: ReportSchool.time(asOf))
        try database.read { db in
            let expected = try Self.rows(db, Self.rollAttendance, scope)
            #expect(expected.contains { $0[7] > 0 })
            #expect(try Self.tallied(db, scope) == expected)
            #expect(try Self.rows(db, GroupedAttendanceSQL.months, scope) == expected)
        }
    }

    @Test func theMixedDayIsWholeOnlyForWhoMissedAllOfIt() throws {
        let database = try Self.schoolWithAMixedDay()
        let scope = ReportScope(from: ReportSchool.date("2024-09-03"), to: ReportSchool.date("2024-09-03"),
                                asOf: ReportSchool.time("2024-09-03T12:00"))
        let wholeDays = try database.read { db in
            try Dictionary(uniqueKeysWithValues: Self.tallied(db, scope).map { ($0[0], $0[7]) })
        }
        let ids = try database.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT code, id FROM student").map { r -> (String, Int64) in
                (r["code"], r["id"]) })
        }
        #expect(wholeDays[ids["a1"] ?? 0] == 0)
        #expect(wholeDays[ids["a2"] ?? 0] == 1)
        #expect(wholeDays[ids["a3"] ?? 0] == 1)
    }

    /// «Замечания» reads lessons up to as of's day only: the same lessons, in
    /// the same order, as all those begun by as of — also when as of is the
    /// very start of a lesson.
    @Test(arguments: ["2024-09-30T12:00", "2024-09-06T09:00", "2024-09-06T08:30", "2024-09-02T08:30", "2024-09-13T23:59"])
    func anomalyLessonsAreThoseBegunByAsOf(asOf: String) throws {
        let database = try ReportSchool.database()
        let scope = ReportScope(from: ReportSchool.date("2024-09-02"), to: ReportSchool.date("2024-09-13"), asOf: ReportSchool.time(asOf))
        let facts = try database.anomalyFacts(scope, window: Phrase(ru: "окно", en: "window"), by: .serverOperator)
        let expected = try database.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT l.id FROM lesson l WHERE l.cancelled = 0 AND l.day >= :from AND l.starts_at <= :asOf ORDER BY l.starts_at, l.id
                """, arguments: scope.arguments)
        }
        #expect(!expected.isEmpty)
        #expect(facts.lessons.map(\.id.rawValue) == expected)
    }

    /// «Замечания»' marks and absences as first read: the marks joined to
    /// their lessons and work types (SQLite scanned the mark table), the
    /// absences joined to the marks and grouped.
    static let joinedAnomalyMarks = """
        SELECT m.id, m.lesson_id, m.student_id, m.value, w.weight FROM lesson l JOIN mark m ON m.lesson_id = l.id
        JOIN work_type w ON w.id = m.work_type_id
        WHERE l.cancelled = 0 AND l.day >= :from AND l.starts_at <= :asOf AND (:cls IS NULL OR l.class_id = :cls)
          AND (:grp IS NULL OR l.group_id = :grp) AND (:subject IS NULL OR l.subject_id = :subject) AND m.entered_at <= :asOf
        """
    static let joinedAbsences = """
        SELECT a.lesson_id, a.student_id, a.code FROM lesson l JOIN attendance a ON a.lesson_id = l.id
        JOIN mark m ON m.lesson_id = a.lesson_id AND m.student_id = a.student_id AND m.entered_at <= :asOf
        WHERE l.cancelled = 0 AND l.day >= :from AND l.starts_at <= :asOf AND (:cls IS NULL OR l.class_id = :cls)
          AND (:grp IS NULL OR l.group_id = :grp) AND (:subject IS NULL OR l.subject_id = :subject)
          AND l.day <= :to AND a.entered_at <= :asOf AND a.code IN ('н', 'б', 'уп')
        GROUP BY a.id
        """

    @Test(arguments: [
        (ReportScopeCodes(), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(), "2024-09-02", "2024-09-06", "2024-09-06T10:00"),
        (ReportScopeCodes(), "2024-09-04", "2024-09-13", "2024-09-09T10:05"),
        (ReportScopeCodes(groupCode: "en1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(classCode: "5b"), "2024-09-02", "2024-09-13", "2024-09-30T12:00"),
        (ReportScopeCodes(subjectCode: "math"), "2024-09-02", "2024-09-13", "2024-09-20T11:00"),
    ])
    func anomalyMarksAndAbsencesAreThoseOfTheJoins(codes: ReportScopeCodes, from: String, to: String, asOf: String) throws {
        let database = try ReportSchool.moreRemarks()
        let scope = try database.reportScope(codes, from: ReportSchool.date(from), to: ReportSchool.date(to), asOf: ReportSchool.time(asOf))
        let facts = try database.anomalyFacts(scope, window: Phrase(ru: "окно", en: "window"), by: .serverOperator)
        let (marks, absences) = try database.read { db in
            (try Row.fetchAll(db, sql: Self.joinedAnomalyMarks, arguments: scope.arguments).map { r -> [Int64] in
                [r[0], r[1], r[2], r[3], r[4]] },
             try Row.fetchAll(db, sql: Self.joinedAbsences, arguments: scope.arguments).map { r -> [String] in
                [String(r[0] as Int64), String(r[1] as Int64), r[2]] })
        }
        #expect(!marks.isEmpty)
        #expect(Set(facts.marks.map { [$0.id, $0.lessonID.rawValue, $0.studentID.rawValue, Int64($0.value), Int64($0.weightHundredths)] })
                == Set(marks))
        #expect(facts.marks.count == marks.count)
        #expect(facts.absencesWithMarks.map { [String($0.lessonID.rawValue), String($0.studentID.rawValue), $0.code.rawValue] } == absences)
    }

    /// The school has absences with marks for the comparison above to see:
    /// L1 a4 н, L2 a2 б (entered 20.09), L3 a2 н (two marks: one absence),
    /// L4 a1 уп; L6 a1 оп with a mark is lateness, not absence.
    @Test func theSchoolHasAbsencesWithMarks() throws {
        let database = try ReportSchool.moreRemarks()
        let scope = ReportScope(from: ReportSchool.date("2024-09-02"), to: ReportSchool.date("2024-09-13"), asOf: ReportSchool.time("2024-09-30T12:00"))
        let facts = try database.anomalyFacts(scope, window: Phrase(ru: "окно", en: "window"), by: .serverOperator)
        #expect(facts.absencesWithMarks.map(\.code) == [.absent, .ill, .absent, .excused])
    }

    /// Marks that do not come a lesson at a time (sorted by student here)
    /// are joined in SQL instead of looked up: the same absences.
    @Test func absencesOfScatteredMarksAreJoinedInSQL() throws {
        let database = try ReportSchool.moreRemarks()
        let scope = ReportScope(from: ReportSchool.date("2024-09-02"), to: ReportSchool.date("2024-09-13"), asOf: ReportSchool.time("2024-09-30T12:00"))
        let facts = try database.anomalyFacts(scope, window: Phrase(ru: "окно", en: "window"), by: .serverOperator)
        let scattered = facts.marks.sorted { ($0.studentID.rawValue, $0.id) < ($1.studentID.rawValue, $1.id) }
        #expect(AnomalySQL.lessonRuns(facts.marks) != nil)
        #expect(AnomalySQL.lessonRuns(scattered) == nil)
        let joined = try database.read { db in
            let ranges = try AnomalySQL.Ranges(db, scope, by: .serverOperator)
            let cells = try AnomalySQL.attendanceCells(db, ranges.inWindow, ranges.arguments)
            return try AnomalySQL.absencesWithMarks(db, cells, ranges, marks: scattered)
        }
        #expect(joined == facts.absencesWithMarks)
        #expect(joined.count == 4)
    }
}

/// «Посещаемость» grouped in SQL, as h17 left it (before `AttendanceTally`): lessons expected per student and month
/// from lessons counted per class or group and day, joined to the stays that
/// cover them (a stay covering the month's lessons whole takes the month's sum
/// at once); codes from the attendance rows of students on their lesson's roll;
/// a whole day missed from the days with an absence, against the lessons the
/// student's roll had that day. Never a row per lesson and student.
enum GroupedAttendanceSQL {
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
