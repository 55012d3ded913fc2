import Foundation
import GRDB
import JournalCore

/// A part of one read done on a second connection to the journal file, on
/// the other core, in the same state of the file as this process's
/// connection reads: «Замечания» reads 2·10⁵ marks there while this
/// connection reads the lessons, attendance and final marks.
///
/// The same state without SQLite's snapshot API (the system's SQLite is built
/// without it): this connection reads `PRAGMA data_version` before the second
/// connection begins its read, and again in its own read transaction, begun
/// after. The value differs when any other connection committed in between
/// (SQLite's documented guarantee), so equal values mean both see the same
/// commit. When they differ, when the second connection cannot be opened or
/// fails, or for a database in memory, `value(_:)` reads the part here in the
/// same transaction as the rest, as a plain read would.
final class SideRead<Value: Sendable> {
    private let part: @Sendable (Database) throws -> Value
    private let work: BackgroundWork<Result<Value, any Error>>?
    private let versionBefore: Int?
    private var sameState = false
    private var read: Value?

    /// Starts the part on a second connection to `path` and returns once that
    /// connection's read has begun. `db` is outside any transaction.
    init(_ part: @escaping @Sendable (Database) throws -> Value, besides db: Database, file path: String?,
         afterSideBegan: (() -> Void)? = nil) {
        self.part = part
        guard let path, !db.isInsideTransaction, let before = try? Int.fetchOne(db, sql: "PRAGMA data_version") else {
            (work, versionBefore) = (nil, nil)
            return
        }
        versionBefore = before
        let began = DispatchSemaphore(value: 0)
        work = BackgroundWork { Self.readAside(part, path: path, began: began) }
        began.wait()
        afterSideBegan?()
    }

    /// Called first in this connection's read transaction: whether the second
    /// connection's read sees the same commit.
    func confirm(_ db: Database) throws {
        guard let versionBefore else { return }
        sameState = try Int.fetchOne(db, sql: "PRAGMA data_version") == versionBefore
    }

    /// Whether the part was (or will be) taken from the second connection.
    var isReadAside: Bool { work != nil && sameState }

    /// The part, read aside when the states agree and the read succeeded,
    /// else read on `db` now (once the side's read is over).
    func value(_ db: Database) throws -> Value {
        if let read { return read }
        let aside = work?.result()
        if sameState, case .success(let value) = aside {
            read = value
            return value
        }
        sameState = false
        let value = try part(db)
        read = value
        return value
    }

    /// On the worker: a read-only connection, a deferred transaction begun by
    /// its first statement, `began` signalled, the part read, the connection closed.
    private static func readAside(_ part: (Database) throws -> Value, path: String, began: DispatchSemaphore) -> Result<Value, any Error> {
        var signalled = false
        defer { if !signalled { began.signal() } }
        return Result {
            let connection = try DatabaseQueue(path: path, configuration: AppDatabase.configuration(readOnly: true))
            return try connection.inDatabase { db in
                try db.beginTransaction(.deferred)
                defer { try? db.rollback() }
                _ = try Int.fetchOne(db, sql: "PRAGMA data_version")
                began.signal()
                signalled = true
                return try part(db)
            }
        }
    }
}
