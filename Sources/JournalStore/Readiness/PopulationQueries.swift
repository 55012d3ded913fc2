import GRDB
import JournalCore

/// Counts of people and timetables: enrolment and parents, accounts, sign-ins.
enum PopulationQueries {
    /// A parent account that counts: role `parent`, not disabled, created by `asOf`.
    static let countedParent = """
        a.disabled = 0 AND a.created_at <= :asOf AND instr(';' || a.roles || ';', ';parent;') > 0
        """

    static let enrolledOnDay = "s.enrolled_from <= :day AND (s.enrolled_to IS NULL OR s.enrolled_to >= :day)"

    static func enrolment(_ db: Database, day: SchoolDate, asOf: SchoolTime) throws -> SchoolEnrolmentCounts {
        let arguments: StatementArguments = ["day": day, "asOf": asOf]
        let perClass = try Row.fetchAll(db, sql: """
            SELECT s.class_id, count(*) AS students,
                sum(EXISTS (SELECT 1 FROM guardian g JOIN account a ON a.id = g.parent_id
                            WHERE g.student_id = s.id AND \(countedParent))) AS covered
            FROM student s WHERE \(enrolledOnDay)
            GROUP BY s.class_id ORDER BY s.class_id
            """, arguments: arguments)
        let parentsPerClass = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT s.class_id, count(DISTINCT g.parent_id) AS parents
            FROM student s JOIN guardian g ON g.student_id = s.id JOIN account a ON a.id = g.parent_id
            WHERE \(enrolledOnDay) AND \(countedParent)
            GROUP BY s.class_id
            """, arguments: arguments).map { ($0["class_id"] as Int64, $0["parents"] as Int) })
        let parents = try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT g.parent_id)
            FROM student s JOIN guardian g ON g.student_id = s.id JOIN account a ON a.id = g.parent_id
            WHERE \(enrolledOnDay) AND \(countedParent)
            """, arguments: arguments) ?? 0
        let classes = perClass.map { row in
            let id: ClassID = row["class_id"]
            return ClassEnrolmentCounts(classID: id, students: row["students"], studentsWithParent: row["covered"] ?? 0,
                                        parents: parentsPerClass[id.rawValue] ?? 0)
        }
        return SchoolEnrolmentCounts(students: classes.reduce(0) { $0 + $1.students },
                                     studentsWithParent: classes.reduce(0) { $0 + $1.studentsWithParent },
                                     parents: parents, classes: classes)
    }

    static func timetableSpans(_ db: Database) throws -> [TimetableSpan] {
        try Row.fetchAll(db, sql: """
            SELECT DISTINCT class_id, valid_from, valid_to FROM timetable ORDER BY class_id, valid_from
            """).map { TimetableSpan(classID: $0["class_id"], validFrom: $0["valid_from"], validTo: $0["valid_to"]) }
    }

    /// An account that counts at `:at`: not disabled (the current flag: no time of
    /// disabling is kept) and created by then.
    static let countedAccount = "a.disabled = 0 AND a.created_at <= :at"
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
            SELECT max(a.created_at, a.activated_at) / 86400 AS day, count(*) AS accounts
            FROM account a WHERE a.disabled = 0 AND a.activated_at IS NOT NULL GROUP BY 1 ORDER BY 1
            """).map { (day: $0["day"] as Int, accounts: $0["accounts"] as Int) }
        return try times.map { time in
            if time.secondOfDay == 86_399 {
                return perDay.filter { $0.day <= time.date.dayNumber }.reduce(0) { $0 + $1.accounts }
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
