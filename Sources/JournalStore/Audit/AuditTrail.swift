import GRDB
import JournalCore

/// One change as `zhurnal audit show` prints it.
public struct AuditRecord: Hashable, Sendable {
    public var id: Int64
    public var at: SchoolTime
    public var actorLogin: String?
    public var action: String
    public var table: String
    public var oldValue: String?
    public var newValue: String?
}

/// What the trail is asked about.
public enum AuditSubject: Sendable {
    case lesson(code: String)
    case student(code: String)
    case account(login: String)
}

extension AppDatabase {
    /// Every recorded change of a lesson (its marks and attendance included), a
    /// student, or an account, oldest first: old and new values of children's
    /// marks, so for supervisors (and the server operator) only.
    public func auditTrail(of subject: AuditSubject, by requester: Requester) throws -> [AuditRecord] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Phrase(ru: "журнал аудита видят завуч и администратор",
                                                                  en: "only the deputy and the administrator see the audit log"),
                                   Permissions.mayReadAuditTrail)
            let (column, id) = try resolve(subject, db)
            return try Row.fetchAll(db, sql: """
                SELECT a.id, a.at, ac.login, a.action, a.table_name, a.old_value, a.new_value
                FROM audit a LEFT JOIN account ac ON ac.id = a.actor_id WHERE a.\(column) = ? ORDER BY a.id
                """, arguments: [id]).map { r in
                AuditRecord(id: r["id"], at: r["at"], actorLogin: r["login"], action: r["action"], table: r["table_name"],
                            oldValue: r["old_value"], newValue: r["new_value"])
            }
        }
    }

    private func resolve(_ subject: AuditSubject, _ db: Database) throws -> (String, Int64) {
        let found: Int64?
        let column: String
        switch subject {
        case .lesson(let code):
            column = "lesson_id"
            found = try LessonCode.rowID(fromCode: code).flatMap { try Int64.fetchOne(db, sql: "SELECT id FROM lesson WHERE id = ?", arguments: [$0]) }
                ?? Int64.fetchOne(db, sql: "SELECT id FROM lesson WHERE code = ?", arguments: [code])
        case .student(let code):
            column = "student_id"
            found = try Int64.fetchOne(db, sql: "SELECT id FROM student WHERE code = ?", arguments: [code])
        case .account(let login):
            column = "account_id"
            found = try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE login = ?", arguments: [login])
        }
        guard let found else { throw JournalError.notFound(Phrase(ru: "запись для журнала аудита", en: "audit subject")) }
        return (column, found)
    }
}
