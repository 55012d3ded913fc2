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
    /// Runs one user action in one IMMEDIATE transaction on behalf of `user`
    /// (`write`): the account is checked as it is now (`AccessCheck`), and
    /// failures come back as `JournalError`s with words for the status line.
    func journalWrite<T>(by user: ActingUser, _ body: (WriteContext) throws -> T) throws -> T {
        try prepareJournalWrites()
        return try write { db in
            let actor = try AccessCheck.account(db, user)
            return try body(WriteContext(db: db, actor: actor, now: try now(db)))
        }
    }

    /// Compiles the statements every mark, absence and held mark runs, unless
    /// this connection has them already. Screens that write call it when they
    /// open, so that the first mark does not pay for it (~45 ms); every journal
    /// write calls it too, before taking its turn, so that no other process
    /// waits while it compiles.
    public func prepareJournalWrites() throws {
        try mappingErrors(writing: false) {
            try writer.writeWithoutTransaction { try LessonStats.prepareLessonRefresh($0) }
        }
    }

    /// The school's wall-clock time now, read in the school's own time zone.
    func now(_ db: Database) throws -> SchoolTime {
        clock.now(in: try SchoolRow.timeZone(db))
    }
}
