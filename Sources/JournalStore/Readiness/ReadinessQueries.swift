import GRDB
import JournalCore

/// The grouped counts behind the readiness indicators. Only counts cross from
/// SQLite into Swift here; the definitions live in ReadinessMetrics.
extension AppDatabase {
    /// Everything a readiness report needs, read in one transaction so that the
    /// indicators agree with each other while teachers keep writing.
    public func readinessCounts(_ request: ReadinessCountRequest) throws -> ReadinessCounts {
        try writer.read { db in
            var counts = ReadinessCounts()
            for lessonRequest in request.lessonCounts {
                counts.lessons.append(try ReadinessQueries.lessonCounts(db, lessonRequest))
            }
            if let day = request.enrolmentDay, let asOf = request.enrolmentAsOf {
                counts.enrolment = try ReadinessQueries.enrolment(db, day: day, asOf: asOf)
            }
            if request.timetable { counts.timetableSpans = try ReadinessQueries.timetableSpans(db) }
            if let asOf = request.activationAsOf {
                counts.activation = try ReadinessQueries.activation(db, at: asOf)
            }
            counts.signIns = try request.signInSpans.map { try ReadinessQueries.signIns(db, from: $0.start, to: $0.end) }
            return counts
        }
    }

    /// One lesson count on its own (drill-downs, tests).
    public func lessonCounts(_ request: LessonCountRequest) throws -> [LessonGroupCounts] {
        try writer.read { try ReadinessQueries.lessonCounts($0, request) }
    }
}

/// Which counts to read together; each part is optional.
public struct ReadinessCountRequest: Sendable {
    public var lessonCounts: [LessonCountRequest] = []
    /// Students enrolled on this day, with parent accounts created by `enrolmentAsOf`.
    public var enrolmentDay: SchoolDate?
    public var enrolmentAsOf: SchoolTime?
    public var timetable = false
    public var activationAsOf: SchoolTime?
    public var signInSpans: [(start: SchoolTime, end: SchoolTime)] = []

    public init() {}
}

/// The answers, in the order asked.
public struct ReadinessCounts: Sendable {
    public var lessons: [[LessonGroupCounts]] = []
    public var enrolment: SchoolEnrolmentCounts?
    public var timetableSpans: [TimetableSpan] = []
    public var activation: AccountActivationCounts?
    public var signIns: [SignInCounts] = []
}

enum ReadinessQueries {
    static func lessonCounts(_ db: Database, _ request: LessonCountRequest) throws -> [LessonGroupCounts] {
        let query = LessonCountSQL(request: request)
        return try Row.fetchAll(db, sql: query.sql, arguments: query.arguments).map { row in
            LessonGroupCounts(
                week: request.grouping.contains(.week) ? row["week"] : nil,
                classID: request.grouping.contains(.schoolClass) ? row["class_id"] : nil,
                teacherID: request.grouping.contains(.teacher) ? row["teacher_id"] : nil,
                subjectID: request.grouping.contains(.subject) ? row["subject_id"] : nil,
                lessons: row["lessons"], planned: row["planned"] ?? 0, kept: row["kept"] ?? 0,
                entries: row["entries"] ?? 0, onTime: row["on_time"] ?? 0)
        }
    }

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

    /// Distinct accounts, activated by `to`, with a sign-in in `[from, to]`.
    static func signIns(_ db: Database, from: SchoolTime, to: SchoolTime) throws -> SignInCounts {
        let arguments: StatementArguments = ["from": from, "at": to]
        let signedIn = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM account a
            WHERE \(activatedAccount)
              AND a.id IN (SELECT i.account_id FROM sign_in i WHERE i.at BETWEEN :from AND :at)
            """, arguments: arguments) ?? 0
        let activated = try Int.fetchOne(db, sql: "SELECT count(*) FROM account a WHERE \(activatedAccount)",
                                         arguments: arguments) ?? 0
        return SignInCounts(start: from, end: to, signedIn: signedIn, activated: activated)
    }
}
