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

/// The chain's head: how many rows it has and the hash of the last one
/// (`0:000…` when empty). Kept outside the database (in the report files F6
/// writes, in an archive's manifest, in an administrator's notes) it shows
/// rows later removed from the end, which the chain alone cannot: a chain cut
/// short is still a sound chain.
public struct AuditHead: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var hash: String

    public init(rows: Int, hash: String) {
        self.rows = rows
        self.hash = hash
    }

    /// `1234:9f86d081…` (64 hex digits): what `audit verify` prints and
    /// `audit verify --expect` takes.
    public init?(parsing text: String) {
        let parts = text.trimmingSpaces.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let rows = Int(parts[0]), rows >= 0, parts[1].count == 64,
              parts[1].allSatisfy(\.isHexDigit) else { return nil }
        self.init(rows: rows, hash: parts[1].lowercased())
    }

    public var description: String { "\(rows):\(hash)" }
}

/// The outcome of checking the chain.
public enum AuditVerification: Equatable, Sendable {
    case intact(head: AuditHead)
    /// The first row whose stored hashes do not match what it and its predecessor say.
    case broken(rowID: Int64, rowsChecked: Int)
    /// A sound chain shorter than a head recorded earlier: rows were removed
    /// from its end (or the file is an older copy).
    case truncated(head: AuditHead, expected: AuditHead)
    /// A sound chain whose row at a recorded head is not the row recorded: the
    /// chain was rewritten (or this is another school's file).
    case diverged(head: AuditHead, expected: AuditHead)
}

enum AuditChain {
    static let genesis = String(repeating: "0", count: 64)

    static func hash(_ fields: AuditFields, previous: String) -> String {
        let digest = SHA256.hash(data: Data((previous + "|" + fields.canonical).utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// Checks every row from the first, and the chain against `expected` when given.
    static func verify(_ db: Database, expecting expected: AuditHead?) throws -> AuditVerification {
        var previous = genesis
        var expectedID: Int64 = 1
        var checked = 0
        var hashAtExpected = expected?.rows == 0 ? genesis : nil
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
            if checked == expected?.rows { hashAtExpected = previous }
        }
        let head = AuditHead(rows: checked, hash: previous)
        guard let expected else { return .intact(head: head) }
        guard let hashAtExpected else { return .truncated(head: head, expected: expected) }
        return hashAtExpected == expected.hash ? .intact(head: head) : .diverged(head: head, expected: expected)
    }

    /// The last row as it is stored (the chain is not checked: see `verify`).
    static func head(_ db: Database) throws -> AuditHead {
        guard let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")) else {
            return AuditHead(rows: 0, hash: genesis)
        }
        return AuditHead(rows: Int(last["id"] as Int64), hash: last["hash"] ?? "")
    }
}

extension AppDatabase {
    /// Checks the whole audit chain from its first row, and that it still
    /// reaches `expected`, a head recorded earlier, when one is given.
    public func verifyAuditLog(expecting expected: AuditHead? = nil) throws -> AuditVerification {
        try read { try AuditChain.verify($0, expecting: expected) }
    }

    /// The chain's head now, for a report or an archive to carry.
    public func auditHead() throws -> AuditHead {
        try read { try AuditChain.head($0) }
    }
}
