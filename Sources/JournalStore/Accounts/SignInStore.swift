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
    /// In a demo school an account without a password hash takes its login as
    /// password: generated schools have thousands of accounts, and hashing each
    /// with yescrypt would take minutes.
    public func signIn(login rawLogin: String, password: String) throws -> SignInOutcome {
        try signIn(login: rawLogin, password: password, recordingSuccess: true)
    }

    private func signIn(login rawLogin: String, password: String, recordingSuccess: Bool) throws -> SignInOutcome {
        let login = String(rawLogin.trimmingSpaces.prefix(128))
        let (candidate, lockedUntil, now) = try read { db in
            (try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login]),
             try SchoolTime?.fetchOne(db, sql: "SELECT locked_until FROM login_lock WHERE login = ?", arguments: [login]) ?? nil,
             try self.now(db))
        }
        if let lockedUntil, lockedUntil > now {
            try recordFailure(login: login, reason: "locked")
            return .locked(until: lockedUntil)
        }
        guard let account = candidate, !account.disabled, try passwordMatches(password, of: account) else {
            if candidate == nil || candidate?.disabled == true { _ = PasswordHasher.verify(password, hash: PasswordHasher.decoy) }
            return try recordFailure(login: login, reason: "wrong").map { .locked(until: $0) } ?? .refused
        }
        if recordingSuccess { try recordSuccess(account) } else { try clearFailures(account.login) }
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

    private func recordSuccess(_ account: AccountRow) throws {
        try mappingErrors {
            try writer.write { db in
                let now = try now(db)
                try db.execute(sql: "INSERT INTO sign_in (account_id, at) VALUES (?, ?)", arguments: [account.id, now])
                try db.execute(sql: "DELETE FROM login_lock WHERE login = ?", arguments: [account.login])
                if !account.mustChangePassword {
                    try db.execute(sql: "UPDATE account SET activated_at = ? WHERE id = ? AND activated_at IS NULL",
                                   arguments: [now, account.id])
                    if db.changesCount == 1 { try Self.auditActivation(account.id, at: now, in: db) }
                }
            }
        }
    }

    /// A right password ends a run of wrong ones, as a sign-in does.
    private func clearFailures(_ login: String) throws {
        try mappingErrors {
            try writer.write { db in try db.execute(sql: "DELETE FROM login_lock WHERE login = ?", arguments: [login]) }
        }
    }

    /// Activation changes the account, so like every change of an account it is
    /// in the audit log, on the owner's behalf.
    static func auditActivation(_ id: AccountID, at now: SchoolTime, in db: Database) throws {
        try AuditLog.append(AuditEntry(action: .update, table: "account", rowID: id.rawValue, accountID: id,
                                       old: ["activated_at": nil], new: ["activated_at": now.iso]),
                            at: now, actor: id, in: db)
    }

    /// Records a failed attempt; returns the lock's end when this one locked the login.
    @discardableResult
    private func recordFailure(login: String, reason: String) throws -> SchoolTime? {
        try mappingErrors {
            try writer.write { db in
                let now = try now(db)
                try db.execute(sql: "INSERT INTO sign_in_failure (login, at, reason) VALUES (?, ?, ?)", arguments: [login, now, reason])
                guard reason == "wrong" else { return nil }
                let limit = Int(try SettingsStore.get(db, .lockoutAttempts)) ?? 5
                let minutes = Int(try SettingsStore.get(db, .lockoutMinutes)) ?? 5
                try db.execute(sql: """
                    INSERT INTO login_lock (login, failures) VALUES (?, 1)
                    ON CONFLICT (login) DO UPDATE SET failures = failures + 1
                    """, arguments: [login])
                let failures = try Int.fetchOne(db, sql: "SELECT failures FROM login_lock WHERE login = ?", arguments: [login]) ?? 0
                guard failures >= limit else { return nil }
                let until = now.adding(seconds: minutes * 60)
                try db.execute(sql: "UPDATE login_lock SET failures = 0, locked_until = ? WHERE login = ?", arguments: [until, login])
                try db.execute(sql: "INSERT INTO sign_in_failure (login, at, reason) VALUES (?, ?, 'lock')", arguments: [login, now])
                return until
            }
        }
    }
}
