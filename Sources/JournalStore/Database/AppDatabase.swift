import Foundation
import GRDB
import GRDBSQLite
import JournalCore

/// The journal database: owns the one connection of this process and is the
/// only way in. Every write checks the acting user's rights, stamps who and when,
/// writes the audit log, and commits in one short IMMEDIATE transaction.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter
    public let clock: any SchoolClock
    /// The file, or nil in memory.
    public let path: String?
    /// The file is open for reading only: this account of the server may not
    /// write it. Reports and the screens read; every write is refused in words.
    public let isReadOnly: Bool
    /// Journal writes of all processes take turns through it (nil in memory and read-only).
    let turnstile: WriteTurnstile?
    /// The one deadline of everything a write waits for.
    let waits: WriteWaits

    init(writer: any DatabaseWriter, clock: any SchoolClock, path: String?, isReadOnly: Bool = false,
         turnstile: WriteTurnstile? = nil, waits: WriteWaits = WriteWaits()) {
        self.writer = writer
        self.clock = clock
        self.path = path
        self.isReadOnly = isReadOnly
        self.turnstile = turnstile
        self.waits = waits
    }

    /// Opens the journal in `path`. Only `create` (import, generate) makes a
    /// journal: of a missing file (created with permissions 0600) or an empty
    /// one. A file that others could read or change (`FilePermissions`), or
    /// that is not a journal (another program's database), is refused and left
    /// exactly as it was. A file this account may only read opens read-only,
    /// and opening it writes nothing.
    public static func open(path: String, create: Bool = false, clock: any SchoolClock = SystemClock()) throws -> AppDatabase {
        try open(path: path, create: create, clock: clock, readOnly: nil)
    }

    /// `readOnly` nil: as the file's permissions say; tests force it (they run
    /// as root, who may write any file).
    static func open(path: String, create: Bool, clock: any SchoolClock, readOnly forced: Bool?) throws -> AppDatabase {
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw StoreError.databaseMissing(path: path) }
            try DatabaseFile.createPrivate(at: path)
        }
        if let problem = FilePermissions.problem(databaseAt: path) {
            throw StoreError.unsafePermissions(path: path, problem: problem)
        }
        let readOnly = forced ?? !DatabaseFile.isWritable(path)
        let contents = try DatabaseFile.contents(of: path, readOnly: readOnly)
        try contents.check(path: path, create: create, readOnly: readOnly)
        let waits = WriteWaits()
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readOnly: readOnly, waits: waits))
            if !readOnly { try DatabaseFile.prepareForWriting(queue, contents) }
            let database = AppDatabase(writer: queue, clock: clock, path: path, isReadOnly: readOnly,
                                       turnstile: readOnly ? nil : WriteTurnstile(databasePath: path), waits: waits)
            waits.seconds = try database.settings().writeWaitSeconds
            return database
        } catch let error as DatabaseError {
            throw StoreError.storageFailure(path: path, StorageErrors.failure(error))
        }
    }

    /// A private in-memory database for tests and dry runs.
    public static func inMemory(clock: any SchoolClock = SystemClock()) throws -> AppDatabase {
        let waits = WriteWaits()
        let queue = try DatabaseQueue(configuration: configuration(readOnly: false, waits: waits))
        try Schema.migrator.migrate(queue)
        return AppDatabase(writer: queue, clock: clock, path: nil, isReadOnly: false, turnstile: nil, waits: waits)
    }

    /// The same file with another clock (reports "as of", tests).
    public func with(clock: any SchoolClock) -> AppDatabase {
        AppDatabase(writer: writer, clock: clock, path: path, isReadOnly: isReadOnly, turnstile: turnstile, waits: waits)
    }

    /// No WAL set up by GRDB: it would switch any file it opens to WAL and write
    /// a probe table into it, before zhurnal has seen whose file it is.
    /// `DatabaseFile.prepareForWriting` turns WAL on for the journal's own files.
    static func configuration(readOnly: Bool = false, waits: WriteWaits = WriteWaits()) -> Configuration {
        var config = Configuration()
        config.readonly = readOnly
        config.foreignKeysEnabled = true
        config.busyMode = .callback { waits.shouldRetry($0) }
        config.prepareDatabase { db in
            guard !readOnly else { return }
            // Journal writes are the school's legal record: wait for the disk.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Keep `-wal` and `-shm` when the last writer closes: a reader who
            // may not create files in the folder can then still open the file.
            var persist: Int32 = 1
            _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
        }
        return config
    }
}

extension AppDatabase {
    /// Reads in one deferred transaction, so that what several statements read
    /// is consistent, on the same connection that writes.
    ///
    /// Not GRDB's `writer.read`: that marks the connection read-only with
    /// `PRAGMA query_only`, and SQLite expires every prepared statement when a
    /// flag pragma changes. The next mark saved would then compile its
    /// statements again, the readiness triggers on `lesson` with them (~45 ms
    /// of a writer's turn), after every read the screens make.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try mappingErrors(writing: false) {
            try writer.writeWithoutTransaction { db in try inReadTransaction(db, body) }
        }
    }

    /// Reads as `read` does, with `part` read meanwhile on a second connection
    /// on the other core, in the same state of the file (`SideRead`); `body`
    /// takes it with `value(_:)` when it needs it.
    func read<Part: Sendable, T>(alongside part: @escaping @Sendable (Database) throws -> Part,
                                 afterSideBegan: (() -> Void)? = nil,
                                 _ body: (Database, SideRead<Part>) throws -> T) throws -> T {
        try mappingErrors(writing: false) {
            try writer.writeWithoutTransaction { db in
                let side = SideRead(part, besides: db, file: path, afterSideBegan: afterSideBegan)
                return try inReadTransaction(db) { db in
                    try side.confirm(db)
                    return try body(db, side)
                }
            }
        }
    }

    private func inReadTransaction<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        if db.isInsideTransaction { return try body(db) }
        try db.beginTransaction(.deferred)
        do {
            let value = try body(db)
            try db.commit()
            return value
        } catch {
            try? db.rollback()
            throw error
        }
    }

    /// The one way anything is written: refused at once in a read-only file;
    /// otherwise one IMMEDIATE transaction in this process's turn among the
    /// file's writers, where waiting for the turn and for another process's
    /// lock share one deadline (`write_wait_seconds`). Database failures come
    /// back as `JournalError`s that say nothing was saved.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard !isReadOnly else { throw JournalError.storageFailure(.readOnly, nothingSaved: true) }
        return try mappingErrors(writing: true) {
            let deadline = waits.deadline()
            return try inTurn(until: deadline) {
                try writer.writeWithoutTransaction { db in
                    try waits.during(deadline) {
                        var result: T?
                        try db.inTransaction(.immediate) {
                            result = try body(db)
                            return .commit
                        }
                        return result!
                    }
                }
            }
        }
    }

    /// Runs `body` in this process's turn among the file's writers.
    private func inTurn<T>(until deadline: ContinuousClock.Instant, _ body: () throws -> T) throws -> T {
        guard let turnstile else { return try body() }
        return try turnstile.withTurn(until: deadline, body)
    }

    /// SQLite's failures in the journal's words (`StorageErrors`).
    func mappingErrors<T>(writing: Bool, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StorageErrors.journalError(error, writing: writing)
        }
    }
}
