import Crypto
import Foundation
import GRDB
import JournalCore

/// The fields of an audit row that its hash covers.
struct AuditFields {
    var id: Int64
    var at: Int
    var actorID: Int64?
    var action: String
    var table: String
    var rowID: Int64?
    var lessonID: Int64?
    var studentID: Int64?
    var accountID: Int64?
    var oldValue: String?
    var newValue: String?

    init(id: Int64, at: Int, actorID: Int64?, action: String, table: String, rowID: Int64?, lessonID: Int64?,
         studentID: Int64?, accountID: Int64?, oldValue: String?, newValue: String?) {
        self.id = id
        self.at = at
        self.actorID = actorID
        self.action = action
        self.table = table
        self.rowID = rowID
        self.lessonID = lessonID
        self.studentID = studentID
        self.accountID = accountID
        self.oldValue = oldValue
        self.newValue = newValue
    }

    init(row: Row) {
        self.init(id: row["id"], at: row["at"], actorID: row["actor_id"], action: row["action"], table: row["table_name"],
                  rowID: row["row_id"], lessonID: row["lesson_id"], studentID: row["student_id"],
                  accountID: row["account_id"], oldValue: row["old_value"], newValue: row["new_value"])
    }

    /// Each field as its length and its text, so that no two different rows can
    /// read the same: "a|b" + "c" and "a" + "b|c" differ.
    var canonical: String {
        let parts: [String?] = [String(id), String(at), actorID.map(String.init), action, table, rowID.map(String.init),
                                lessonID.map(String.init), studentID.map(String.init), accountID.map(String.init),
                                oldValue, newValue]
        return parts.map { part in part.map { "\($0.utf8.count):\($0)" } ?? "-" }.joined(separator: ";")
    }
}

/// The outcome of checking the chain.
public enum AuditVerification: Equatable, Sendable {
    case intact(rows: Int)
    /// The first row whose stored hashes do not match what it and its predecessor say.
    case broken(rowID: Int64, rowsChecked: Int)
}

enum AuditChain {
    static let genesis = String(repeating: "0", count: 64)

    static func hash(_ fields: AuditFields, previous: String) -> String {
        let digest = SHA256.hash(data: Data((previous + "|" + fields.canonical).utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    static func verify(_ db: Database) throws -> AuditVerification {
        var previous = genesis
        var expectedID: Int64 = 1
        var checked = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY id")
        while let row = try rows.next() {
            let fields = AuditFields(row: row)
            let storedPrevious: String? = row["prev_hash"]
            let storedHash: String? = row["hash"]
            guard fields.id == expectedID, storedPrevious == previous, storedHash == hash(fields, previous: previous) else {
                return .broken(rowID: fields.id, rowsChecked: checked)
            }
            previous = storedHash ?? ""
            expectedID += 1
            checked += 1
        }
        return .intact(rows: checked)
    }
}

extension AppDatabase {
    /// Checks the whole audit chain from its first row.
    public func verifyAuditLog() throws -> AuditVerification {
        try read { try AuditChain.verify($0) }
    }
}
