import GRDB
import JournalCore

/// What a journal write knows once its transaction has begun: the database, the
/// acting account as it is now (re-read, not trusted from the screen), and one
/// "now" for every stamp of this action.
struct WriteContext {
    let db: Database
    let actor: AccountRow
    let now: SchoolTime

    var actorID: AccountID { actor.id }
    var roles: [Role] { actor.roleList }

    func audit(_ entry: AuditEntry) throws {
        try AuditLog.append(entry, at: now, actor: actor.id, in: db)
    }

    func refuse(_ ru: String, _ en: String) -> JournalError {
        .forbidden(Phrase(ru: ru, en: en))
    }
}

extension AppDatabase {
    /// Runs one user action in one IMMEDIATE transaction on behalf of `user`.
    /// Busy and constraint failures come back as `JournalError`s with words for
    /// the status line.
    func journalWrite<T>(by user: ActingUser, _ body: (WriteContext) throws -> T) throws -> T {
        try mappingErrors {
            try prepareJournalWrites()
            return try inTurn {
                try writer.write { db in
                    guard let actor = try AccountRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE id = ?"),
                                                              arguments: [user.accountID]), !actor.disabled else {
                        throw JournalError.forbidden(Phrase(ru: "учётная запись отключена", en: "the account is disabled"))
                    }
                    let context = WriteContext(db: db, actor: actor, now: try now(db))
                    return try body(context)
                }
            }
        }
    }

    /// Compiles the statements every mark, absence and held mark runs, unless
    /// this connection has them already. Screens that write call it when they
    /// open, so that the first mark does not pay for it (~45 ms); every journal
    /// write calls it too, before taking its turn, so that no other process
    /// waits while it compiles.
    public func prepareJournalWrites() throws {
        try writer.writeWithoutTransaction { try LessonStats.prepareLessonRefresh($0) }
    }

    /// Runs `body` in this process's turn among the file's journal writers.
    func inTurn<T>(_ body: () throws -> T) throws -> T {
        guard let turnstile else { return try body() }
        return try turnstile.withTurn(body)
    }

    /// The school's wall-clock time now, read in the school's own time zone.
    func now(_ db: Database) throws -> SchoolTime {
        clock.now(in: try SchoolRow.timeZone(db))
    }

    func mappingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw JournalError.databaseBusy
        }
    }
}
