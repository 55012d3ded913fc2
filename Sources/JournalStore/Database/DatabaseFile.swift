import Foundation
import GRDB
import JournalCore

/// What a file given as the database holds, found without writing to it.
enum DatabaseContents: Equatable {
    /// Nothing at all: a file made for the journal (import, generate).
    case empty
    /// zhurnal's database; `upToDate` when it needs no migration.
    case journal(upToDate: Bool)
    /// Anything else: another program's SQLite database, or not a database.
    case foreign

    /// Refuses what may not be opened: not a journal; an empty file unless a
    /// school is being made in it; a change the file cannot take read-only.
    func check(path: String, create: Bool, readOnly: Bool) throws {
        switch self {
        case .foreign:
            throw StoreError.notAJournal(path: path)
        case .empty:
            guard create else { throw StoreError.emptyFile(path: path) }
            guard !readOnly else { throw StoreError.storageFailure(path: path, .readOnly) }
        case .journal(upToDate: false):
            guard !readOnly else { throw StoreError.needsUpgrade(path: path) }
        case .journal(upToDate: true):
            break
        }
    }
}

enum DatabaseFile {
    /// Creates an empty file readable and writable by its owner only: the journal
    /// holds children's personal data.
    static func createPrivate(at path: String) throws {
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        close(fd)
    }

    /// Whether this account of the server may write the file.
    static func isWritable(_ path: String) -> Bool {
        access(path, W_OK) == 0
    }

    static let sqliteHeader = Data("SQLite format 3\0".utf8)

    /// Looks at the file through a connection that cannot write: its first
    /// bytes, then the migrations recorded in it. The file stays byte for byte
    /// as it was, whatever it turns out to be.
    static func contents(of path: String, readOnly: Bool) throws -> DatabaseContents {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        let header = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        try? handle.close()
        if header.isEmpty { return .empty }
        guard header == sqliteHeader else { return .foreign }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        do {
            let probe = try DatabaseQueue(path: path, configuration: configuration)
            return try probe.inDatabase { db in
                let applied = try Schema.migrator.appliedIdentifiers(db)
                guard applied.contains(Schema.firstMigration) else { return .foreign }
                return .journal(upToDate: try Schema.migrator.hasCompletedMigrations(db))
            }
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return .foreign
            case .SQLITE_READONLY where readOnly, .SQLITE_CANTOPEN where readOnly:
                throw StoreError.readOnlyWithoutSharedFiles(path: path)
            default: throw StoreError.storageFailure(path: path, StorageErrors.failure(error))
            }
        }
    }

    /// Makes the journal's file ready for this writer: write-ahead log on (a
    /// new file; a copy restored without it), migrations run when some are
    /// missing. A journal already in order is not written to at all.
    static func prepareForWriting(_ queue: DatabaseQueue, _ contents: DatabaseContents) throws {
        try queue.writeWithoutTransaction { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
        }
        if contents != .journal(upToDate: true) { try Schema.migrator.migrate(queue) }
    }
}
