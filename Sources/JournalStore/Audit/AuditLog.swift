import Crypto
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
/// tamper-evident chain is kept here alone: each row stores the hash of the row
/// before it and its own SHA-256 over its id, its fields and that previous hash.
/// Changing, removing or reordering a row behind zhurnal's back breaks the chain
/// at that row (`AuditChain.verify`).
enum AuditLog {
    static func append(_ entry: AuditEntry, at time: SchoolTime, actor: AccountID?, in db: Database) throws {
        // Both statements compiled once per connection: every journal save runs them.
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"))
        let id: Int64 = (last?["id"] ?? 0) + 1
        let previous: String = last?["hash"] ?? AuditChain.genesis
        let fields = AuditFields(id: id, at: time.seconds, actorID: actor?.rawValue, action: entry.action.rawValue,
                                 table: entry.table, rowID: entry.rowID, lessonID: entry.lessonID?.rawValue,
                                 studentID: entry.studentID?.rawValue, accountID: entry.accountID?.rawValue,
                                 oldValue: encode(entry.old), newValue: encode(entry.new))
        try db.cachedStatement(sql: """
            INSERT INTO audit (id, at, actor_id, action, table_name, row_id, lesson_id, student_id, account_id,
                               old_value, new_value, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(
            arguments: [id, fields.at, fields.actorID, fields.action, fields.table, fields.rowID, fields.lessonID,
                        fields.studentID, fields.accountID, fields.oldValue, fields.newValue, previous,
                        AuditChain.hash(fields, previous: previous)])
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
    /// How many audit rows a table has (tests count them).
    func auditCount(table: String) throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE table_name = ?", arguments: [table]) ?? 0 }
    }
}
