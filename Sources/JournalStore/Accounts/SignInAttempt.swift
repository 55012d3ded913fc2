import GRDB
import JournalCore

enum SignInReservation {
    case locked(until: SchoolTime)
    case reserved(SignInAttempt)
}

/// One sign-in attempt, from its count (before the password is hashed) to
/// its outcome.
struct SignInAttempt {
    /// The account of the typed login, if there is one.
    let account: AccountRow?
    /// What `login_lock` and `sign_in_failure` keep for the attempt (`AttemptedLogin`).
    let key: String
    /// The lock's end, when this attempt is the one that reached `lockout_attempts`.
    var locks: SchoolTime?

    init(_ db: Database, typed: String) throws {
        account = try AccountRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE login = ?"), arguments: [typed])
        key = try AttemptedLogin.key(db, typed: typed, account: account)
    }

    /// The end of the login's lock, when it is locked at `now`.
    func lockedUntil(_ db: Database, now: SchoolTime) throws -> SchoolTime? {
        let until = try SchoolTime?.fetchOne(db.cachedStatement(sql: "SELECT locked_until FROM login_lock WHERE login = ?"),
                                             arguments: [key]) ?? nil
        return until.flatMap { $0 > now ? $0 : nil }
    }

    /// Counts the attempt as a failure in a row; returns the lock's end when
    /// it is the one that reaches the limit (the count then starts again).
    func count(_ db: Database, settings: SchoolSettings, now: SchoolTime) throws -> SchoolTime? {
        let failures = try Int.fetchOne(db.cachedStatement(sql: "SELECT failures FROM login_lock WHERE login = ?"),
                                        arguments: [key]) ?? 0
        let until = failures + 1 >= settings.lockoutAttempts ? now.adding(seconds: settings.lockoutMinutes * 60) : nil
        try db.cachedStatement(sql: """
            INSERT INTO login_lock (login, failures, locked_until) VALUES (?1, ?2, ?3)
            ON CONFLICT (login) DO UPDATE SET failures = ?2, locked_until = ?3
            """).execute(arguments: [key, until == nil ? failures + 1 : 0, until])
        return until
    }

    /// A row of `sign_in_failure`: "wrong" password, "lock" set, "locked" refused.
    func record(_ db: Database, reason: String, at now: SchoolTime) throws {
        try db.cachedStatement(sql: "INSERT INTO sign_in_failure (login, at, reason) VALUES (?, ?, ?)")
            .execute(arguments: [key, now, reason])
    }
}
