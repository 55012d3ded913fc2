import GRDB
import JournalCore

/// What a sign-in attempt comes to. A refusal never says whether the login or
/// the password was wrong.
public enum SignInOutcome: Equatable, Sendable {
    case signedIn(ActingUser, mustChangePassword: Bool)
    case refused
}

extension AppDatabase {
    /// Checks a login and password; on success records the sign-in (it feeds the
    /// unique-logins indicator) and, the first time, the account's activation.
    /// In a demo school an account without a password hash takes its login as
    /// password: generated schools have thousands of accounts, and hashing each
    /// with yescrypt would take minutes.
    public func signIn(login: String, password: String) throws -> SignInOutcome {
        let login = login.trimmingSpaces
        let candidate = try writer.read { db in
            try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login])
        }
        guard let account = candidate, !account.disabled else {
            _ = PasswordHasher.verify(password, hash: PasswordHasher.decoy)
            return .refused
        }
        guard try passwordMatches(password, of: account) else { return .refused }
        try mappingErrors {
            try writer.write { db in
                let now = try now(db)
                try db.execute(sql: "INSERT INTO sign_in (account_id, at) VALUES (?, ?)", arguments: [account.id, now])
                try db.execute(sql: "UPDATE account SET activated_at = ? WHERE id = ? AND activated_at IS NULL",
                               arguments: [now, account.id])
            }
        }
        return .signedIn(account.actingUser, mustChangePassword: account.mustChangePassword)
    }

    private func passwordMatches(_ password: String, of account: AccountRow) throws -> Bool {
        if let hash = account.passwordHash { return PasswordHasher.verify(password, hash: hash) }
        _ = PasswordHasher.verify(password, hash: PasswordHasher.decoy)
        return isDemo && password == account.login
    }

    /// Sets an account's password. `by` nil is the server operator at the command
    /// line (`zhurnal user passwd`); otherwise only an administrator may set
    /// another account's password, and anyone their own.
    public func setPassword(login: String, to password: String, mustChange: Bool = false, by user: ActingUser?) throws {
        let hash: String
        do {
            hash = try PasswordHasher.hash(password)
        } catch {
            throw JournalError.other(Phrase(ru: "пароль слишком длинный (не больше \(PasswordHasher.maximumLength) байт)",
                                            en: "the password is too long (at most \(PasswordHasher.maximumLength) bytes)"))
        }
        try mappingErrors {
            try writer.write { db in
                guard let target = try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login]) else {
                    throw JournalError.notFound(Phrase(ru: "учётная запись «\(login)»", en: "account \"\(login)\""))
                }
                if let user, user.accountID != target.id {
                    let roles = try AccountRow.fetchOne(db, key: user.accountID.rawValue)?.roleList ?? []
                    guard Permissions.mayManageAccounts(roles: roles) else {
                        throw JournalError.forbidden(Phrase(ru: "пароли других учётных записей меняет администратор",
                                                            en: "only the administrator sets other accounts' passwords"))
                    }
                }
                try db.execute(sql: "UPDATE account SET password_hash = ?, must_change_password = ? WHERE id = ?",
                               arguments: [hash, mustChange, target.id])
                try AuditLog.append(AuditEntry(action: .update, table: "account", rowID: target.id.rawValue, accountID: target.id,
                                               new: ["password": "changed", "must_change_password": mustChange ? "1" : "0"]),
                                    at: now(db), actor: user?.accountID, in: db)
            }
        }
    }
}
