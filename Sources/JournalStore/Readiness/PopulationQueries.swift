import GRDB
import JournalCore

/// Counts of people and timetables: enrolment and parents, accounts, sign-ins.
enum PopulationQueries {
    /// An account `a` not disabled at `moment` (a parameter): never disabled, or
    /// disabled after it. A disabled account whose moment of disabling is not
    /// known (disabled before zhurnal kept it) was disabled at every moment.
    static func enabled(at moment: String) -> String {
        "(a.disabled = 0 OR a.disabled_at > \(moment))"
    }

    /// A parent account that counts: role `parent`, not disabled at `asOf`, created by `asOf`.
    static let countedParent = """
        \(enabled(at: ":asOf")) AND a.created_at <= :asOf AND instr(';' || a.roles || ';', ';parent;') > 0
        """

    /// Students enrolled on `day` per class, and the counted parent accounts
    /// linked to them. Two plain reads joined here: SQLite's plans for the same
    /// join (a per-student lookup of wide account rows, or a scan per IN list)
    /// cost several times more on a big school.
    static func enrolment(_ db: Database, day: SchoolDate, asOf: SchoolTime) throws -> SchoolEnrolmentCounts {
        var classOf: [Int64: Int64] = [:]
        var students: [Int64: Int] = [:]
        let enrolled = try Row.fetchCursor(db, sql: "SELECT e.student_id, e.class_id FROM enrollment e WHERE \(ClassHistorySQL.covers("e", ":day"))",
                                           arguments: ["day": day])
        while let row = try enrolled.next() {
            let classID: Int64 = row[1]
            classOf[row[0]] = classID
            students[classID, default: 0] += 1
        }
        var covered: [Int64: Set<Int64>] = [:]
        var parentsOfClass: [Int64: Set<Int64>] = [:]
        var parents = Set<Int64>()
        let links = try Row.fetchCursor(db, sql: """
            SELECT g.student_id, g.parent_id FROM guardian g JOIN account a ON a.id = g.parent_id WHERE \(countedParent)
            """, arguments: ["asOf": asOf])
        while let row = try links.next() {
            let student: Int64 = row[0]
            guard let classID = classOf[student] else { continue }
            let parent: Int64 = row[1]
            covered[classID, default: []].insert(student)
            parentsOfClass[classID, default: []].insert(parent)
            parents.insert(parent)
        }
        let classes = students.keys.sorted().map { id in
            ClassEnrolmentCounts(classID: ClassID(id), students: students[id] ?? 0, studentsWithParent: covered[id]?.count ?? 0,
                                 parents: parentsOfClass[id]?.count ?? 0)
        }
        return SchoolEnrolmentCounts(students: classes.reduce(0) { $0 + $1.students },
                                     studentsWithParent: classes.reduce(0) { $0 + $1.studentsWithParent },
                                     parents: parents.count, classes: classes)
    }

    /// The spans of each class's timetable: its whole-class rows and the rows
    /// of its `part` groups (a class taught only in groups still has a
    /// timetable); `mixed` and `extra` groups belong to no class.
    static func timetableSpans(_ db: Database) throws -> [TimetableSpan] {
        try Row.fetchAll(db, sql: """
            SELECT DISTINCT t.class_id, t.valid_from, t.valid_to FROM timetable t
            LEFT JOIN teaching_group g ON g.id = t.group_id
            WHERE t.class_id IS NOT NULL AND (t.group_id IS NULL OR g.kind = 'part')
            ORDER BY t.class_id, t.valid_from
            """).map { TimetableSpan(classID: $0["class_id"], validFrom: $0["valid_from"], validTo: $0["valid_to"]) }
    }

    /// An account that counts at `:at`: not disabled then, and created by then.
    static let countedAccount = "\(enabled(at: ":at")) AND a.created_at <= :at"
    static let activatedAccount = "\(countedAccount) AND a.activated_at IS NOT NULL AND a.activated_at <= :at"

    static func activation(_ db: Database, at: SchoolTime) throws -> AccountActivationCounts {
        let row = try Row.fetchOne(db, sql: """
            SELECT count(*) AS accounts, sum(a.activated_at IS NOT NULL AND a.activated_at <= :at) AS activated
            FROM account a WHERE \(countedAccount)
            """, arguments: ["at": at])
        return AccountActivationCounts(accounts: row?["accounts"] ?? 0, activated: row?["activated"] ?? 0)
    }

    /// Activated accounts at each moment: from a count per day of becoming ready
    /// (created and activated), plus an exact count for a moment within a day.
    static func activatedAccounts(_ db: Database, at times: [SchoolTime]) throws -> [Int] {
        guard !times.isEmpty else { return [] }
        let perDay = try Row.fetchAll(db, sql: """
            SELECT max(a.created_at, a.activated_at) / 86400 AS day,
                CASE WHEN a.disabled = 0 THEN NULL ELSE a.disabled_at END AS disabled_at, count(*) AS accounts
            FROM account a WHERE (a.disabled = 0 OR a.disabled_at IS NOT NULL) AND a.activated_at IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1
            """).map { (day: $0["day"] as Int, disabledAt: $0["disabled_at"] as SchoolTime?, accounts: $0["accounts"] as Int) }
        return try times.map { time in
            if time.secondOfDay == 86_399 {
                return perDay.filter { $0.day <= time.date.dayNumber && ($0.disabledAt.map { $0 > time } ?? true) }
                    .reduce(0) { $0 + $1.accounts }
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM account a WHERE \(activatedAccount)",
                                    arguments: ["at": time]) ?? 0
        }
    }

    /// Distinct accounts with a sign-in in `[from, to]`, per ISO week, over the
    /// index `sign_in_week`.
    static func weeklySignIns(_ db: Database, from: SchoolTime, to: SchoolTime) throws -> [Int: Int] {
        let week = "(at / 86400 + 3) / 7"
        var weeks: [Int: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT \(week) AS week, count(DISTINCT account_id) AS accounts FROM sign_in
            WHERE \(week) BETWEEN :firstWeek AND :lastWeek AND at BETWEEN :from AND :to GROUP BY 1
            """, arguments: ["from": from, "to": to, "firstWeek": from.date.weekIndex, "lastWeek": to.date.weekIndex]) {
            weeks[row["week"]] = row["accounts"]
        }
        return weeks
    }
}
