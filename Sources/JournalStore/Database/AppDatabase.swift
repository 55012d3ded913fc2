import Foundation
import GRDB
import JournalCore

/// The journal database: owns the one connection of this process and is the
/// only way in. Every write checks the acting user's rights, stamps who and when,
/// writes the audit log, and commits in one short IMMEDIATE transaction.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter
    public let clock: any SchoolClock
    /// The file, or nil in memory.
    public let path: String?
    /// Journal writes of all processes take turns through it (nil in memory).
    let turnstile: WriteTurnstile?

    init(writer: any DatabaseWriter, clock: any SchoolClock, path: String?) throws {
        self.writer = writer
        self.clock = clock
        self.path = path
        self.turnstile = path.flatMap { WriteTurnstile(databasePath: $0) }
        try Schema.migrator.migrate(writer)
    }

    /// Opens (and when `create` is set, creates with permissions 0600) the file;
    /// refuses a file that others could read or change (`FilePermissions`).
    public static func open(path: String, create: Bool = false, clock: any SchoolClock = SystemClock()) throws -> AppDatabase {
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw StoreError.databaseMissing(path: path) }
            try DatabaseFile.createPrivate(at: path)
        }
        if let problem = FilePermissions.problem(databaseAt: path) {
            throw StoreError.unsafePermissions(path: path, problem: problem)
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            // GRDB turns WAL on after `prepareDatabase` and sets `synchronous =
            // NORMAL` as it does (a commit would then be durable only at the next
            // checkpoint); a journal write is the school's legal record, so FULL
            // is set again once the queue is open.
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            return try AppDatabase(writer: queue, clock: clock, path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
    }

    /// A private in-memory database for tests and dry runs.
    public static func inMemory(clock: any SchoolClock = SystemClock()) throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration()), clock: clock, path: nil)
    }

    /// The same file with another clock (reports "as of", tests).
    public func with(clock: any SchoolClock) -> AppDatabase {
        AppDatabase(unmigrated: writer, clock: clock, path: path, turnstile: turnstile)
    }

    private init(unmigrated writer: any DatabaseWriter, clock: any SchoolClock, path: String?, turnstile: WriteTurnstile?) {
        self.writer = writer
        self.clock = clock
        self.path = path
        self.turnstile = turnstile
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.journalMode = .wal
        config.foreignKeysEnabled = true
        config.busyMode = .callback(BusyWait.shouldRetry)
        config.prepareDatabase { db in
            // Journal writes are the school's legal record: wait for the disk.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return config
    }
}

/// Waits for another process's write lock in small steps: SQLite's own busy
/// timeout sleeps up to 100 ms at a time, which would show as a stutter when
/// twenty teachers save at once.
enum BusyWait {
    /// About 15 seconds in all before a write gives up with "database busy".
    static let maximumTries = 6_000

    @Sendable static func shouldRetry(_ tries: Int) -> Bool {
        guard tries < maximumTries else { return false }
        usleep(tries < 50 ? 100 : (tries < 500 ? 1_000 : 3_000))
        return true
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
        try writer.writeWithoutTransaction { db in
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
    }
}
