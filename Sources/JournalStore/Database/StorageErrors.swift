import GRDB
import JournalCore

/// The one translation of SQLite's failures into the journal's words, used by
/// every read and write (`AppDatabase.mappingErrors`).
enum StorageErrors {
    /// A failed write rolled its transaction back, so "nothing was saved" is
    /// said for writes; a failed read saved nothing because it saves nothing.
    static func journalError(_ error: DatabaseError, writing: Bool) -> JournalError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .databaseBusy
        default: .storageFailure(failure(error), nothingSaved: writing)
        }
    }

    static func failure(_ error: DatabaseError) -> StorageFailure {
        switch error.resultCode {
        case .SQLITE_FULL: .diskFull
        case .SQLITE_IOERR: .diskError
        case .SQLITE_READONLY: .readOnly
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: .damaged
        case .SQLITE_CANTOPEN: .unavailable
        default: .other(code: error.extendedResultCode.rawValue)
        }
    }
}
