import GRDB
import JournalCore

/// What a sign-in attempt comes to. A refusal never says whether the login or
/// the password was wrong, and a lock looks the same for a login that does not
/// exist.
public enum SignInOutcome: Equatable, Sendable {
    case signedIn(ActingUser, mustChangePassword: Bool)
    case refused
    case locked(until: SchoolTime)
}

/// What checking a signed-in user's password again comes to.
public enum PasswordCheck: Equatable, Sendable {
    case confirmed
    case refused
    case locked(until: SchoolTime)
}

extension AppDatabase {
    /// Checks a login and password. A success is recorded (it feeds the
    /// unique-logins indicator) and activates the account the first time, unless
    /// it still has to choose its own password. Every failure is recorded; after
    /// `lockout_attempts` failures in a row the login is locked for
    /// `lockout_minutes`, whether or not such an account exists.
    ///
    /// The attempt is counted before the slow hash (`SignInAttempt`), so
    /// sessions trying at once get no more guesses than they would one after
    /// another.
    ///
    /// In a demo school an account without a password hash takes its login as
    /// password: generated schools have thousands of accounts, and hashing each
    /// with yescrypt would take minutes.
    public func signIn(login rawLogin: String, password: String) throws -> SignInOutcome {
        try signIn(login: rawLogin, password: password, recordingSuccess: true)
    }

    private func signIn(login rawLogin: String, password: String, recordingSuccess: Bool) throws -> SignInOutcome {
        let typed = String(rawLogin.trimmingSpaces.prefix(128))
        let attempt: SignInAttempt
        switch try reserveAttempt(typed) {
        case .locked(let until): return .locked(until: until)
        case .reserved(let reserved): attempt = reserved
        }
        guard let account = attempt.account, !account.disabled, try passwordMatches(password, of: account) else {
            if attempt.account?.disabled ?? true { _ = PasswordHasher.verify(password, hash: PasswordHasher.decoy) }
            try recordFailure(attempt)
            return attempt.locks.map { .locked(until: $0) } ?? .refused
        }
        try recordSuccess(attempt, account, signingIn: recordingSuccess)
        return .signedIn(account.actingUser, mustChangePassword: account.mustChangePassword)
    }

    /// Checks a signed-in user's password again (unlocking a locked screen,
    /// changing the password) with the same lock as signing in: a wrong one is
    /// recorded and counts towards `lockout_attempts`, so a locked screen is no
    /// easier to guess at than the login screen. A disabled account is refused.
    public func confirmPassword(of user: ActingUser, _ password: String) throws -> PasswordCheck {
        switch try signIn(login: user.login, password: password, recordingSuccess: false) {
        case .signedIn(let confirmed, _) where confirmed.accountID == user.accountID: .confirmed
        case .locked(let until): .locked(until: until)
        default: .refused
        }
    }

    func confirmOwnPassword(_ user: ActingUser, _ password: String) throws {
        switch try confirmPassword(of: user, password) {
        case .confirmed:
            return
        case .locked(let until):
            throw JournalError.forbidden(Phrase(
                ru: "после неверных паролей вход с этим логином закрыт до \(until.timeOfDay.text)",
                en: "after wrong passwords this login is locked until \(until.timeOfDay.text)"))
        case .refused:
            throw JournalError.forbidden(Phrase(ru: "неверный текущий пароль", en: "wrong current password"))
        }
    }

    private func passwordMatches(_ password: String, of account: AccountRow) throws -> Bool {
        if let hash = account.passwordHash { return PasswordHasher.verify(password, hash: hash) }
        _ = PasswordHasher.verify(password, hash: PasswordHasher.decoy)
        return isDemo && password == account.login
    }

    /// The check and the count in one IMMEDIATE transaction, before the hash:
    /// a locked login is refused (and the refusal recorded); otherwise the
    /// attempt counts as a failure now, and the one that reaches
    /// `lockout_attempts` locks the login at once, so attempts made meanwhile
    /// are refused. A right password then clears it all (`recordSuccess`).
    ///
    /// A read-only file cannot count: the lock is only checked there.
    private func reserveAttempt(_ typed: String) throws -> SignInReservation {
        if isReadOnly {
            return try read { db in
                let attempt = try SignInAttempt(db, typed: typed)
                return try attempt.lockedUntil(db, now: now(db)).map { .locked(until: $0) } ?? .reserved(attempt)
            }
        }
        return try write { db in
            let now = try now(db)
            var attempt = try SignInAttempt(db, typed: typed)
            if let until = try attempt.lockedUntil(db, now: now) {
                try attempt.record(db, reason: "locked", at: now)
                return .locked(until: until)
            }
            attempt.locks = try attempt.count(db, settings: SettingsStore.load(db), now: now)
            return .reserved(attempt)
        }
    }

    private func recordSuccess(_ attempt: SignInAttempt, _ account: AccountRow, signingIn: Bool) throws {
        guard !isReadOnly else { return }
        try write { db in
            try db.execute(sql: "DELETE FROM login_lock WHERE login = ?", arguments: [attempt.key])
            guard signingIn else { return }
            let now = try now(db)
            try db.execute(sql: "INSERT INTO sign_in (account_id, at) VALUES (?, ?)", arguments: [account.id, now])
            if !account.mustChangePassword {
                try db.execute(sql: "UPDATE account SET activated_at = ? WHERE id = ? AND activated_at IS NULL",
                               arguments: [now, account.id])
                if db.changesCount == 1 { try Self.auditActivation(account.id, at: now, in: db) }
            }
        }
    }

    /// The wrong password in `sign_in_failure` (it was already counted), and the
    /// lock it set, if it did.
    private func recordFailure(_ attempt: SignInAttempt) throws {
        guard !isReadOnly else { return }
        try write { db in
            let now = try now(db)
            try attempt.record(db, reason: "wrong", at: now)
            if attempt.locks != nil { try attempt.record(db, reason: "lock", at: now) }
        }
    }

    /// Activation changes the account, so like every change of an account it is
    /// in the audit log, on the owner's behalf.
    static func auditActivation(_ id: AccountID, at now: SchoolTime, in db: Database) throws {
        try AuditLog.append(AuditEntry(action: .update, table: "account", rowID: id.rawValue, accountID: id,
                                       old: ["activated_at": nil], new: ["activated_at": now.iso]),
                            at: now, actor: id, in: db)
    }
}
