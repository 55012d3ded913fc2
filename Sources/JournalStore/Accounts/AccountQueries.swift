import GRDB
import JournalCore

extension AppDatabase {
    /// The account as a user acting in the journal, or nil when no such login.
    public func actingUser(login: String) throws -> ActingUser? {
        try read { db in
            try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login])?.actingUser
        }
    }

    /// Every account, by login, with what the administrator needs to see at a
    /// glance: whether it still waits for its owner's own password and whether
    /// its login is locked after wrong passwords now.
    public func accounts(by requester: Requester) throws -> [AccountOverview] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Phrase(ru: "список учётных записей видит администратор",
                                                                  en: "only the administrator sees the accounts"),
                                   Permissions.mayReadAccounts)
            let now = try now(db)
            var locks: [String: SchoolTime] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT login, locked_until FROM login_lock WHERE locked_until > ?",
                                        arguments: [now]) {
                locks[row["login"]] = row["locked_until"]
            }
            return try AccountRow.fetchAll(db, sql: "SELECT * FROM account ORDER BY login").map { row in
                AccountOverview(account: row.account, mustChangePassword: row.mustChangePassword,
                                lockedUntil: locks[row.login])
            }
        }
    }
}

/// One line of the accounts list.
public struct AccountOverview: Hashable, Sendable {
    public var account: Account
    /// A one-time code is out (new or reset): the owner has not chosen a password yet.
    public var mustChangePassword: Bool
    /// Set while the login is locked after too many wrong passwords.
    public var lockedUntil: SchoolTime?

    public var login: String { account.login }
}

/// An account the login screen of a demo school offers, with its password.
public struct DemoAccount: Hashable, Sendable {
    public var login: String
    public var fullName: String
    public var role: Role
    public var password: String { login }
}

extension AppDatabase {
    /// In a demo school: one account per role to try, the ones the generator
    /// named (setting `demo_accounts`, logins separated by `;`) or else the first
    /// active account of each role. Empty outside a demo school.
    public func demoAccounts() throws -> [DemoAccount] {
        guard isDemo else { return [] }
        return try read { db in
            let named = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'demo_accounts'")?
                .split(separator: ";").map(String.init) ?? []
            var result: [DemoAccount] = []
            for role in Role.allCases {
                let candidates = try named.isEmpty ? firstWithoutPassword(db, role: role)
                    : named.compactMap { try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [$0]) }
                let account = candidates.first { account in
                    account.roleList.contains(role) && !account.disabled && account.passwordHash == nil
                        && !result.contains { $0.login == account.login }
                }
                if let account { result.append(DemoAccount(login: account.login, fullName: account.fullName, role: role)) }
            }
            return result
        }
    }

    /// Without named demo accounts: the first few of a role, by login.
    private func firstWithoutPassword(_ db: Database, role: Role) throws -> [AccountRow] {
        try AccountRow.fetchAll(db, sql: """
            SELECT * FROM account WHERE disabled = 0 AND password_hash IS NULL AND (';' || roles || ';') LIKE ?
            ORDER BY login LIMIT 7
            """, arguments: ["%;\(role.rawValue);%"])
    }
}
