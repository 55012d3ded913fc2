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

    /// A teacher's counts of one unit.
    private struct UnitKey: Hashable {
        var teacher: AccountID
        var unit: TeachingUnit
    }

    /// A unit whose final marks of a period fall to `owner`.
    private struct FinalsUnit: Hashable {
        var owner: AccountID
        var unit: TeachingUnit
        var period: Int
    }

    /// A period whose final marks are asked for, by day numbers.
    private struct FinalsPeriod {
        var id: Int
        var first: Int
        var last: Int
    }

    /// One pass over the lessons of the window (and of the periods asked
    /// for): the counts per teacher and unit, the units whose final marks are
    /// due, and each teacher's latest entry; then the final marks due from
    /// the rolls in memory and those entered. Before, three queries read the
    /// period's lessons twice and looked a final mark up per roll row.
    func facts(_ db: Database) throws -> [KeepingFacts] {
        let periods = try finalsPeriods(db)
        let window = scope.from.dayNumber...scope.to.dayNumber
        let first = min(window.lowerBound, periods.map(\.first).min() ?? window.lowerBound)
        let last = max(window.upperBound, periods.map(\.last).max() ?? window.upperBound)
        var arguments = arguments
        arguments += ["first": first, "last": last]

        var units: [UnitKey: KeepingUnitFacts] = [:]
        var finalsUnits = Set<FinalsUnit>()
        var latest: [AccountID: (at: Int, lesson: Int)] = [:]
        let rows = try ReportRows(db, sql: lessonsSQL, arguments: arguments)
        while try rows.next() {
            let day = rows.int(6), teacher = AccountID(Int64(rows.int(1)))
            let unit = rows.unit(at: 3)
            if window.contains(day), scope.teacherID == nil || scope.teacherID == teacher {
                let key = UnitKey(teacher: teacher, unit: unit)
                units[key, default: KeepingUnitFacts(teacherID: teacher, unit: unit)].count(
                    topic: rows.int(7), homework: rows.int(8), attendance: rows.int(9), substitute: !rows.isNull(2),
                    entries: rows.int(10), onTime: rows.int(11))
                let at = rows.int(12), lesson = rows.int(0)
                // The latest entry; on a tie, the earliest lesson's.
                if latest[teacher].map({ at > $0.at || (at == $0.at && lesson < $0.lesson) }) ?? true {
                    latest[teacher] = (at, lesson)
                }
            }
            let owner = rows.optional(2).map(AccountID.init) ?? teacher
            guard scope.teacherID == nil || scope.teacherID == owner else { continue }
            for (index, period) in periods.enumerated() where period.first <= day && day <= period.last {
                finalsUnits.insert(FinalsUnit(owner: owner, unit: unit, period: index))
            }
        }
        try countFinals(db, finalsUnits, periods: periods, into: &units)

        var byTeacher: [AccountID: KeepingFacts] = [:]
        for facts in units.values where facts.lessons > 0 || facts.finalsNeeded > 0 {
            byTeacher[facts.teacherID, default: KeepingFacts(teacherID: facts.teacherID, units: [])].units.append(facts)
        }
        let author = try db.makeStatement(sql: authorSQL)
        for (teacher, best) in latest where best.at > 0 && byTeacher[teacher] != nil {
            byTeacher[teacher]?.lastEntryAt = SchoolTime(seconds: best.at)
            byTeacher[teacher]?.lastEntryBy = try Int64.fetchOne(author, arguments: ["lesson": best.lesson, "at": best.at, "teacher": teacher])
                .map(AccountID.init)
        }
        // A teacher listed only for final marks (every lesson of theirs taught
        // by a substitute) has no counted lesson: the report lists those who have.
        return byTeacher.values.filter { $0.lessons > 0 }
    }

    /// The periods asked for: the window's period, else those wholly inside
    /// the window.
    private func finalsPeriods(_ db: Database) throws -> [FinalsPeriod] {
        try Row.fetchAll(db, sql: """
            SELECT id, start_day, end_day FROM period
            WHERE (:period IS NOT NULL AND id = :period) OR (:period IS NULL AND start_day >= :from AND end_day <= :to)
            ORDER BY id
            """, arguments: arguments).map { FinalsPeriod(id: $0[0], first: $0[1], last: $0[2]) }
    }

    /// Each unit with a counted lesson in a period asked for belongs to the
    /// teacher who owns its lessons (a substitute's lesson is its absent
    /// teacher's); its students are its roll on the period's last day, and of
    /// them those with a final mark of the unit's subject for the period
    /// entered by as of have it set.
    private func countFinals(_ db: Database, _ finalsUnits: Set<FinalsUnit>, periods: [FinalsPeriod],
                             into units: inout [UnitKey: KeepingUnitFacts]) throws {
        guard !finalsUnits.isEmpty else { return }
        struct Entered: Hashable { var student: Int; var subject: Int; var period: Int }
        var entered = Set<Entered>()
        let rows = try ReportRows(db, sql: """
            SELECT f.student_id, f.subject_id, f.period_id FROM final_mark f
            WHERE f.period_id IN (\(periods.map { String($0.id) }.joined(separator: ", "))) AND f.entered_at <= :asOf
              AND (:subject IS NULL OR f.subject_id = :subject)
            """, arguments: arguments)
        while try rows.next() {
            entered.insert(Entered(student: rows.int(0), subject: rows.int(1), period: rows.int(2)))
        }
        let lastDays = periods.map(\.last)
        let stays = try LessonRoster.Stays(db, from: SchoolDate(dayNumber: lastDays.min() ?? 0), to: SchoolDate(dayNumber: lastDays.max() ?? 0))
        for finals in finalsUnits {
            let unit = finals.unit, period = periods[finals.period]
            let roll = stays.roll(LessonRoster.Stays.Audience(of: unit), on: period.last)
            guard !roll.isEmpty else { continue }
            let subject = Int(unit.subjectID.rawValue)
            let set = roll.reduce(0) { $0 + (entered.contains(Entered(student: $1, subject: subject, period: period.id)) ? 1 : 0) }
            let key = UnitKey(teacher: finals.owner, unit: unit)
            units[key, default: KeepingUnitFacts(teacherID: finals.owner, unit: unit)].finalsNeeded += roll.count
            units[key, default: KeepingUnitFacts(teacherID: finals.owner, unit: unit)].finalsSet += set
        }
    }

    /// The scope's lessons from `:first` to `:last`, not cancelled, begun by
    /// as of, in the class, group and subject asked for, taught by the teacher
    /// asked for or taught for them: per lesson topic, homework, attendance
    /// (the summary's first attendance time), the on-time counts exactly as
    /// the readiness report makes them, and the latest entry by as of — from
    /// the summary when every entry of that kind is in by then, else from the
    /// entries.
    private var lessonsSQL: String {
        let request = LessonCountRequest(from: scope.from, to: scope.to, asOf: scope.asOf, journalKinds: EntryKindSet([]),
                                         onTimeKinds: rule.kinds, deadline: rule.deadline)
        let onTime = LessonCountSQL(request: request).onTime
        let classDay = DeadlineSQL.classDay(rule.deadline)
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
            \(classDay.with)SELECT l.id, l.teacher_id, l.substitute_for, l.class_id, l.group_id, l.subject_id, l.day,
                   l.topic IS NOT NULL AND trim(l.topic) <> '', l.homework IS NOT NULL AND trim(l.homework) <> '',
                   ifnull(l.att_first <= :asOf, 0), \(onTime.entries), \(onTime.onTime),
                   max(\(markAt), \(attendanceAt), CASE WHEN l.held_at <= :asOf THEN l.held_at ELSE 0 END,
                       CASE WHEN l.comment_at <= :asOf THEN l.comment_at ELSE 0 END)
            FROM lesson l\(classDay.join)
            WHERE l.cancelled = 0 AND l.day BETWEEN :first AND :last AND l.starts_at <= :asOf
              AND (:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp)
              AND (:teacher IS NULL OR l.teacher_id = :teacher OR l.substitute_for = :teacher)
              AND (:subject IS NULL OR l.subject_id = :subject)
            """
    }

    /// Who made a teacher's latest entry (`:at`, in `:lesson`): a mark's
    /// author before an attendance row's before the lesson's teacher (its
    /// "held" or comment), the earliest row on a tie.
    private let authorSQL = """
        SELECT who FROM (
            SELECT m.entered_by AS who, 0 AS kind, m.id AS row FROM mark m WHERE m.lesson_id = :lesson AND m.entered_at = :at
            UNION ALL
            SELECT a.entered_by, 1, a.id FROM attendance a WHERE a.lesson_id = :lesson AND a.entered_at = :at
            UNION ALL
            SELECT :teacher, 2, 0 FROM lesson o WHERE o.id = :lesson AND (o.held_at = :at OR o.comment_at = :at))
        ORDER BY kind, row LIMIT 1
        """
}

extension KeepingUnitFacts {
    /// Adds one counted lesson.
    mutating func count(topic: Int, homework: Int, attendance: Int, substitute: Bool, entries: Int, onTime: Int) {
        lessons += 1
        withTopic += topic
        withHomework += homework
        withAttendance += attendance
        asSubstitute += substitute ? 1 : 0
        self.entries += entries
        self.onTime += onTime
    }
}
