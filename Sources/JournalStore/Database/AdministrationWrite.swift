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
    /// period locks) in one IMMEDIATE transaction in this process's turn: the
    /// account behind `requester` is read again and must have roles `allowed`
    /// accepts (else `refusal`), the body audits what it changes.
    func administration<T>(by requester: Requester, refusal: Phrase, _ allowed: ([Role]) -> Bool,
                           _ body: (AdministrationContext) throws -> T) throws -> T {
        try mappingErrors {
            try inTurn {
                try writer.write { db in
                    var actor: AccountRow?
                    if case .user(let user) = requester {
                        guard let account = try AccountRow.fetchOne(db, key: user.accountID.rawValue), !account.disabled else {
                            throw JournalError.forbidden(Phrase(ru: "учётная запись отключена", en: "the account is disabled"))
                        }
                        guard allowed(account.roleList) else { throw JournalError.forbidden(refusal) }
                        actor = account
                    }
                    return try body(AdministrationContext(db: db, actor: actor, now: try now(db)))
                }
            }
        }
    }
}
