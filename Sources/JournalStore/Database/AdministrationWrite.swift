import GRDB
import JournalCore

/// What a change to the school's structure knows once its transaction has
/// begun: the database, who acts (nil for the server operator at the command
/// line, whom the file's permissions vouch for) and one "now" for every stamp.
struct AdministrationContext {
    let db: Database
    let actor: AccountRow?
    let now: SchoolTime

    func audit(_ entry: AuditEntry) throws {
        try AuditLog.append(entry, at: now, actor: actor?.id, in: db)
    }

    /// Refuses a change dated inside a closed period (`PeriodLocks`).
    func checkPeriodsOpen(from: SchoolDate, to: SchoolDate?) throws {
        try PeriodLocks.checkOpen(db, from: from, to: to)
    }
}

extension AppDatabase {
    /// Runs one administrative action (class history, groups, substitutions,
    /// period locks) through the one write path (`write`): the account behind
    /// `requester` must pass the access check with roles `allowed` accepts
    /// (else `refusal`); the body audits what it changes.
    func administration<T>(by requester: Requester, refusal: Phrase, _ allowed: ([Role]) -> Bool,
                           _ body: (AdministrationContext) throws -> T) throws -> T {
        try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: refusal, allowed)
            return try body(AdministrationContext(db: db, actor: actor, now: try now(db)))
        }
    }
}
