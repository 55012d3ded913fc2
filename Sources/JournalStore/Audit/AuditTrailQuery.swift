import GRDB
import JournalCore

/// What the journal of changes is asked about.
public enum AuditTrailFilter: Hashable, Sendable {
    /// Every change, newest first.
    case all
    /// A lesson, by its code in the bundle or by its number (the «№» the
    /// drill-downs show): its topic, homework and the like, and its marks and attendance.
    case lesson(String)
    /// A student by code: their marks, attendance and final marks.
    case student(String)
    /// An account by login: the changes it made, and the changes made to it.
    case account(String)
}

/// One change, with what a person needs to read it: who and when, and where
/// in the journal (the lesson's day and number, class, subject, student). The
/// old and new values are the audit log's own JSON, as hashed in its chain.
public struct AuditTrailRow: Hashable, Sendable {
    public var id: Int64
    public var at: SchoolTime
    public var actorLogin: String?
    public var actorName: String?
    /// `insert`, `update`, `delete`, `bulk_load`.
    public var action: String
    /// `mark`, `attendance`, `lesson`, `final_mark`, `account`, `setting`, `school`.
    public var tableName: String
    /// The lesson and the student the change is about, to narrow the list to them.
    public var lessonID: LessonID?
    public var studentCode: String?
    public var lessonDate: SchoolDate?
    public var lessonNumber: Int?
    public var className: String?
    public var subjectName: String?
    public var studentName: String?
    /// The period of a final mark.
    public var periodName: String?
    /// The account a change of an account was made to.
    public var accountLogin: String?
    public var oldValue: String?
    public var newValue: String?
}

extension AppDatabase {
    /// The latest `limit` changes that match `filter`, newest first. Old and
    /// new values of children's marks: for supervisors (and the server operator) only.
    public func auditTrail(filter: AuditTrailFilter, limit: Int, by requester: Requester) throws -> [AuditTrailRow] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Phrase(ru: "журнал аудита видят завуч и администратор",
                                                                  en: "only the deputy and the administrator see the audit log"),
                                   Permissions.mayReadAuditTrail)
            let (condition, arguments) = try AuditTrailSQL.condition(filter, db)
            return try Row.fetchAll(db, sql: AuditTrailSQL.select + "WHERE \(condition) ORDER BY a.id DESC LIMIT ?",
                                    arguments: arguments + [max(1, limit)]).map(AuditTrailSQL.row)
        }
    }
}

enum AuditTrailSQL {
    /// The change with its actor, lesson, class, subject, student, final mark's
    /// period and account. A final mark names its subject and period only in
    /// its values.
    static let select = """
        SELECT a.id, a.at, a.action, a.table_name, a.old_value, a.new_value,
               actor.login AS actor_login, actor.full_name AS actor_name, target.login AS account_login,
               l.id AS lesson_id, l.day, l.lesson_number, c.name AS class_name, sub.name AS subject_name,
               st.code AS student_code, st.full_name AS student_name,
               p.name AS period_name
        FROM audit a
        LEFT JOIN account actor ON actor.id = a.actor_id
        LEFT JOIN account target ON target.id = a.account_id
        LEFT JOIN lesson l ON l.id = a.lesson_id
        LEFT JOIN student st ON st.id = a.student_id
        LEFT JOIN class c ON c.id = coalesce(l.class_id, \(ClassHistorySQL.latestClass("st.id")))
        LEFT JOIN subject sub ON sub.id = coalesce(l.subject_id, CAST(json_extract(coalesce(a.new_value, a.old_value), '$.subject') AS INTEGER))
        LEFT JOIN period p ON a.table_name = 'final_mark'
            AND p.id = CAST(json_extract(coalesce(a.new_value, a.old_value), '$.period') AS INTEGER)

        """

    static func condition(_ filter: AuditTrailFilter, _ db: Database) throws -> (String, StatementArguments) {
        switch filter {
        case .all:
            return ("1", [])
        case .lesson(let code):
            let id = try LessonCode.rowID(fromCode: code).flatMap { try Int64.fetchOne(db, sql: "SELECT id FROM lesson WHERE id = ?", arguments: [$0]) }
                ?? Int64.fetchOne(db, sql: "SELECT id FROM lesson WHERE code = ?", arguments: [code])
            return ("a.lesson_id = ?", [try found(id, Phrase(ru: "урок «\(code)»", en: "lesson \"\(code)\""))])
        case .student(let code):
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM student WHERE code = ?", arguments: [code])
            return ("a.student_id = ?", [try found(id, Phrase(ru: "ученик с кодом «\(code)»", en: "student \"\(code)\""))])
        case .account(let login):
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE login = ?", arguments: [login])
            let account = try found(id, Phrase(ru: "учётная запись «\(login)»", en: "account \"\(login)\""))
            return ("(a.account_id = ?1 OR a.actor_id = ?1)", [account])
        }
    }

    private static func found(_ id: Int64?, _ what: Phrase) throws -> Int64 {
        guard let id else { throw JournalError.notFound(what) }
        return id
    }

    static func row(_ r: Row) -> AuditTrailRow {
        AuditTrailRow(id: r["id"], at: r["at"], actorLogin: r["actor_login"], actorName: r["actor_name"], action: r["action"],
                      tableName: r["table_name"], lessonID: r["lesson_id"], studentCode: r["student_code"], lessonDate: r["day"], lessonNumber: r["lesson_number"], className: r["class_name"],
                      subjectName: r["subject_name"], studentName: r["student_name"], periodName: r["period_name"],
                      accountLogin: r["account_login"], oldValue: r["old_value"], newValue: r["new_value"])
    }
}
