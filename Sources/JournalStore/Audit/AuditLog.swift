import Foundation
import GRDB
import JournalCore

/// One change in the audit log: who, when, what, the old value and the new one.
struct AuditEntry {
    enum Action: String {
        case insert, update, delete, bulkLoad = "bulk_load"
    }

    var action: Action
    var table: String
    var rowID: Int64?
    var lessonID: LessonID?
    var studentID: StudentID?
    var accountID: AccountID?
    var old: [String: String?]?
    var new: [String: String?]?
}

/// Appends rows to the audit log. The one place that writes `audit`, so that the
/// tamper-evident chain (each row hashing the previous one) is kept here alone.
enum AuditLog {
    static func append(_ entry: AuditEntry, at time: SchoolTime, actor: AccountID?, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO audit (at, actor_id, action, table_name, row_id, lesson_id, student_id, account_id,
                                   old_value, new_value)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [time, actor, entry.action.rawValue, entry.table, entry.rowID, entry.lessonID,
                        entry.studentID, entry.accountID, encode(entry.old), encode(entry.new)])
    }

    /// A stable JSON object (keys sorted, nulls kept) so that the same change always
    /// reads, and later hashes, the same.
    static func encode(_ values: [String: String?]?) -> String? {
        guard let values else { return nil }
        let object = values.mapValues { $0.map { $0 as Any } ?? NSNull() }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

extension AppDatabase {
    /// How many audit rows a table has; for tests and `zhurnal audit`.
    public func auditCount(table: String) throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE table_name = ?", arguments: [table]) ?? 0 }
    }
}
