import GRDB
import JournalCore

/// Creating, disabling and resetting accounts, and choosing one's own password.
/// A new or reset account gets a one-time code and must choose its own password
/// at its first sign-in; that choice is the account's activation.
extension AppDatabase {
    /// Creates an account and returns its one-time code.
    public func createAccount(login: String, fullName: String, roles: [Role], by requester: Requester) throws -> String {
        let login = login.trimmingSpaces
        guard !login.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "логин", en: "login")) }
        try LoginRules.check(login)
        guard !fullName.isBlank else { throw JournalError.emptyValue(field: Phrase(ru: "ФИО", en: "full name")) }
        guard !roles.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "роль", en: "role")) }
        let code = OneTimeCode.make()
        let hash = try hashOrRefuse(code)
        try accountAdministration(by: requester) { db, now, _ in
            if let taken = try LoginLookup.existing(login, db) { throw LoginLookup.taken(login, by: taken) }
            try db.execute(sql: """
                INSERT INTO account (login, full_name, roles, created_at, password_hash, must_change_password)
                VALUES (?, ?, ?, ?, ?, 1)
                """, arguments: [login, fullName.trimmingSpaces, Role.listText(roles), now, hash])
            let id = AccountID(db.lastInsertedRowID)
            return AuditEntry(action: .insert, table: "account", rowID: id.rawValue, accountID: id,
                              new: ["login": login, "full_name": fullName.trimmingSpaces, "roles": Role.listText(roles)])
        }
        return code
    }

    /// Disables an account (it can no longer sign in or write) or enables it again.
    /// The moment of disabling is kept, so that a report as of an earlier moment
    /// counts the account as it was then; enabling clears it (an account enabled
    /// again counts at every moment, as if never disabled).
    public func setDisabled(login: String, _ disabled: Bool, by requester: Requester) throws {
        try accountAdministration(by: requester) { db, now, actor in
            let target = try Self.account(db, login)
            if actor?.id == target.id, disabled {
                throw JournalError.forbidden(Phrase(ru: "нельзя отключить собственную учётную запись", en: "you cannot disable your own account"))
            }
            if target.disabled != disabled {
                try db.execute(sql: "UPDATE account SET disabled = ?, disabled_at = ? WHERE id = ?",
                               arguments: [disabled, disabled ? now : nil, target.id])
            }
            return AuditEntry(action: .update, table: "account", rowID: target.id.rawValue, accountID: target.id,
                              old: ["disabled": target.disabled ? "1" : "0"], new: ["disabled": disabled ? "1" : "0"])
        }
    }

    /// Gives an account a new one-time code; its owner must choose a new password.
    public func resetPassword(login: String, by requester: Requester) throws -> String {
        let code = OneTimeCode.make()
        let hash = try hashOrRefuse(code)
        try accountAdministration(by: requester) { db, _, _ in
            let target = try Self.account(db, login)
            try db.execute(sql: "UPDATE account SET password_hash = ?, must_change_password = 1 WHERE id = ?", arguments: [hash, target.id])
            try db.execute(sql: "DELETE FROM login_lock WHERE login = ?", arguments: [target.login])
            return AuditEntry(action: .update, table: "account", rowID: target.id.rawValue, accountID: target.id,
                              new: ["password": "reset", "must_change_password": "1"])
        }
        return code
    }

    /// Opens a login locked after wrong passwords before its time is up: a pupil
    /// who tried a teacher's login five times must not keep the teacher out.
    /// The password stays as it was.
    public func unlockLogin(_ login: String, by requester: Requester) throws {
        try accountAdministration(by: requester) { db, _, _ in
            let target = try Self.account(db, login)
            let until = try SchoolTime?.fetchOne(db, sql: "SELECT locked_until FROM login_lock WHERE login = ?",
                                                 arguments: [target.login]) ?? nil
            try db.execute(sql: "DELETE FROM login_lock WHERE login = ?", arguments: [target.login])
            return AuditEntry(action: .update, table: "account", rowID: target.id.rawValue, accountID: target.id,
                              old: ["locked_until": until?.iso], new: ["locked_until": nil])
        }
    }

    /// Sets a password that needs no change at sign-in: the server operator's
    /// `zhurnal user passwd`. An administrator resets with a one-time code
    /// instead, so only the owner ever knows the password in use.
    public func setPassword(login: String, to password: String, by requester: Requester) throws {
        try PasswordPolicy.check(password, login: login)
        let hash = try hashOrRefuse(password)
        try accountAdministration(by: requester) { db, _, _ in
            let target = try Self.account(db, login)
            try db.execute(sql: "UPDATE account SET password_hash = ?, must_change_password = 0 WHERE id = ?", arguments: [hash, target.id])
            return AuditEntry(action: .update, table: "account", rowID: target.id.rawValue, accountID: target.id,
                              new: ["password": "set", "must_change_password": "0"])
        }
    }

    /// The signed-in user chooses their own password (after a one-time code, or
    /// whenever they like). The first such choice activates the account.
    ///
    /// The current password (or the one-time code just used) is asked again: a
    /// session left open for a minute must not let a passer-by take the account
    /// over, and a wrong one counts towards the lock like a wrong sign-in, so this
    /// is no way round it for guessing.
    public func changeOwnPassword(_ user: ActingUser, current: String, to password: String) throws {
        try PasswordPolicy.check(password, login: user.login)
        guard password != current else {
            throw JournalError.other(Phrase(ru: "новый пароль совпадает с прежним; придумайте другой",
                                            en: "the new password is the old one; choose another"))
        }
        try confirmOwnPassword(user, current)
        let hash = try hashOrRefuse(password)
        try write { db in
            let account = try AccessCheck.account(db, user)
            let now = try now(db)
            try db.execute(sql: """
                UPDATE account SET password_hash = ?, must_change_password = 0, activated_at = coalesce(activated_at, ?)
                WHERE id = ?
                """, arguments: [hash, now, account.id])
            var new: [String: String?] = ["password": "changed by owner"]
            if account.activatedAt == nil { new["activated_at"] = now.iso }
            try AuditLog.append(AuditEntry(action: .update, table: "account", rowID: account.id.rawValue,
                                           accountID: account.id, new: new),
                                at: now, actor: account.id, in: db)
        }
    }

    /// Runs an administrator's account change: checks the right (`AccessCheck`;
    /// the acting account, nil for the server operator, is passed on), stamps
    /// and audits.
    private func accountAdministration(by requester: Requester,
                                       _ change: (Database, SchoolTime, AccountRow?) throws -> AuditEntry) throws {
        try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: Phrase(ru: "учётными записями управляет администратор",
                                                                                en: "only the administrator manages accounts"),
                                                Permissions.mayManageAccounts)
            let now = try now(db)
            let entry = try change(db, now, actor)
            try AuditLog.append(entry, at: now, actor: actor?.id, in: db)
        }
    }

    static func account(_ db: Database, _ login: String) throws -> AccountRow {
        guard let row = try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login]) else {
            throw JournalError.notFound(Phrase(ru: "учётная запись «\(login)»", en: "account \"\(login)\""))
        }
        return row
    }

    func hashOrRefuse(_ password: String) throws -> String {
        do {
            return try PasswordHasher.hash(password)
        } catch {
            throw JournalError.other(Phrase(ru: "пароль слишком длинный", en: "the password is too long"))
        }
    }
}

/// One-time codes: 8 characters without look-alikes (no 0/o, 1/l/i), easy to
/// read aloud over the phone and to type once.
enum OneTimeCode {
    static let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz")

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<8).map { _ in alphabet.randomElement(using: &generator)! }
        return String(characters[0..<4]) + "-" + String(characters[4..<8])
    }
}
