import Foundation
import GRDB
import JournalCore

/// Which changes the trail lists.
public enum AuditTrailFilter: Hashable, Sendable {
    /// A lesson (its marks and attendance included), by its bundle id or row number.
    case lesson(code: String)
    /// A student's marks, attendance and final marks, by the student's bundle id.
    case student(code: String)
    /// An account, by login (in any case: logins ignore case): the changes it
    /// made, and the changes made to it.
    case account(login: String)
    /// Every change of the school.
    case none
}

/// One change as a person reads it: when, who, what, and where in the journal
/// (the lesson's date and number, class, subject, the student), with the old
/// and the new values. Work types, subjects and periods in the values are
/// given by name; the rest is as the audit log recorded it.
public struct AuditTrailRow: Hashable, Sendable {
    public enum Action: String, Sendable {
        case insert, update, delete, bulkLoad = "bulk_load"
    }

    public var id: Int64
    public var at: SchoolTime
    /// The lesson and the student the change is about, to narrow a list to them.
    public var lessonID: LessonID?
    public var studentCode: String?
    /// The period of a final mark.
    public var periodName: String?
    /// Nil for the server operator at the command line (and the loader).
    public var actorName: String?
    public var actorLogin: String?
    public var action: Action
    public var tableName: String
    public var lessonDate: SchoolDate?
    public var lessonNumber: Int?
    public var className: String?
    public var subjectName: String?
    public var studentName: String?
    /// The account a change of `account` is about.
    public var accountLogin: String?
    public var old: [String: String?]
    public var new: [String: String?]
}

extension AppDatabase {
    /// The latest `limit` recorded changes that `filter` picks (all of them
    /// when `limit` is nil), oldest first. Old and new values of children's
    /// marks: for supervisors (and the server operator) only.
    public func auditTrail(filter: AuditTrailFilter, limit: Int? = nil, by requester: Requester) throws -> [AuditTrailRow] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Phrase(ru: "журнал аудита видят завуч и администратор",
                                                                  en: "only the deputy and the administrator see the audit log"),
                                   Permissions.mayReadAuditTrail)
            let (condition, arguments) = try AuditTrailQuery.condition(filter, db)
            let names = try AuditTrailQuery.Names(db)
            let rows = try Row.fetchAll(db, sql: AuditTrailQuery.select + condition + " ORDER BY a.id DESC LIMIT ?",
                                        arguments: arguments + [limit ?? -1])
            return rows.reversed().map { names.row($0) }
        }
    }
}

/// The SQL of the trail and the names its values are read with.
enum AuditTrailQuery {
    static let select = """
        SELECT a.id, a.at, a.action, a.table_name, a.old_value, a.new_value,
               actor.login AS actor_login, actor.full_name AS actor_name,
               l.id AS lesson_id, l.day, l.lesson_number, coalesce(lc.name, sc.name) AS class_name, ls.name AS subject_name,
               s.code AS student_code, s.full_name AS student_name, acc.login AS account_login, p.name AS period_name
        FROM audit a
        LEFT JOIN account actor ON actor.id = a.actor_id
        LEFT JOIN lesson l ON l.id = a.lesson_id
        LEFT JOIN class lc ON lc.id = l.class_id
        LEFT JOIN subject ls ON ls.id = l.subject_id
        LEFT JOIN student s ON s.id = a.student_id
        LEFT JOIN class sc ON sc.id = \(ClassHistorySQL.latestClass("s.id"))
        LEFT JOIN account acc ON acc.id = a.account_id
        LEFT JOIN period p ON a.table_name = 'final_mark'
            AND p.id = CAST(json_extract(coalesce(a.new_value, a.old_value), '$.period') AS INTEGER)
        """

    static func condition(_ filter: AuditTrailFilter, _ db: Database) throws -> (String, StatementArguments) {
        switch filter {
        case .none:
            return ("", [])
        case .lesson(let code):
            let id = try LessonCode.rowID(fromCode: code).flatMap { try Int64.fetchOne(db, sql: "SELECT id FROM lesson WHERE id = ?", arguments: [$0]) }
                ?? Int64.fetchOne(db, sql: "SELECT id FROM lesson WHERE code = ?", arguments: [code])
            return (" WHERE a.lesson_id = ?", [try found(id, Phrase(ru: "урок «\(code)»", en: "lesson \"\(code)\""))])
        case .student(let code):
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM student WHERE code = ?", arguments: [code])
            return (" WHERE a.student_id = ?", [try found(id, Phrase(ru: "ученик с кодом «\(code)»", en: "student \"\(code)\""))])
        case .account(let login):
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE lower(login) = ?", arguments: [LoginRules.folded(login)])
            let account = try found(id, Phrase(ru: "учётная запись «\(login)»", en: "account \"\(login)\""))
            return (" WHERE (a.account_id = ?1 OR a.actor_id = ?1)", [account])
        }
    }

    private static func found(_ id: Int64?, _ what: Phrase) throws -> Int64 {
        guard let id else { throw JournalError.notFound(what) }
        return id
    }

    /// Work types, subjects and periods by their code or row number: a final
    /// mark's audit row names its subject and period only by number.
    struct Names {
        let workTypes: [String: String]
        let subjects: [String: String]
        let periods: [String: String]

        init(_ db: Database) throws {
            workTypes = try Self.names(db, "SELECT code, name FROM work_type")
            subjects = try Self.names(db, "SELECT CAST(id AS TEXT), name FROM subject")
            periods = try Self.names(db, "SELECT CAST(id AS TEXT), name FROM period")
        }

        private static func names(_ db: Database, _ sql: String) throws -> [String: String] {
            Dictionary(try Row.fetchAll(db, sql: sql).map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { first, _ in first })
        }

        func row(_ r: Row) -> AuditTrailRow {
            var old = values(r["old_value"]), new = values(r["new_value"])
            for (key, lookup) in [("work_type", workTypes), ("subject", subjects), ("period", periods)] {
                if let code = old[key] ?? nil, let name = lookup[code] { old[key] = name }
                if let code = new[key] ?? nil, let name = lookup[code] { new[key] = name }
            }
            let subject = (new["subject"] ?? old["subject"]) ?? nil
            return AuditTrailRow(
                id: r["id"], at: r["at"], lessonID: r["lesson_id"], studentCode: r["student_code"], periodName: r["period_name"],
                actorName: r["actor_name"], actorLogin: r["actor_login"],
                action: AuditTrailRow.Action(rawValue: r["action"]) ?? .update, tableName: r["table_name"],
                lessonDate: r["day"], lessonNumber: r["lesson_number"],
                className: r["class_name"], subjectName: r["subject_name"] ?? subject, studentName: r["student_name"],
                accountLogin: r["account_login"], old: old, new: new)
        }

        private func values(_ json: String?) -> [String: String?] {
            guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [:] }
            return object.mapValues { value in
                switch value {
                case is NSNull: nil
                case let text as String: text
                default: String(describing: value)
                }
            }
        }
    }
}
