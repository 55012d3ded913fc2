import GRDB
import JournalCore

extension AppDatabase {
    /// The account as a user acting in the journal, or nil when no such login.
    public func actingUser(login: String) throws -> ActingUser? {
        try read { db in
            try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login])?.actingUser
        }
    }

    /// Every account, by login.
    public func accounts() throws -> [Account] {
        try read { db in
            try AccountRow.fetchAll(db, sql: "SELECT * FROM account ORDER BY login").map(\.account)
        }
    }
}

extension AppDatabase {
    /// The students of a lesson's class enrolled on its date, by name.
    public func studentsEnrolled(in lesson: LessonID) throws -> [StudentID] {
        try read { db in
            try StudentID.fetchAll(db, sql: """
                SELECT s.id FROM lesson l JOIN student s ON s.class_id = l.class_id
                WHERE l.id = ? AND s.enrolled_from <= l.day AND (s.enrolled_to IS NULL OR s.enrolled_to >= l.day)
                ORDER BY s.full_name, s.id
                """, arguments: [lesson])
        }
    }
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
                let row = try AccountRow.fetchAll(db, sql: """
                    SELECT * FROM account WHERE disabled = 0 AND password_hash IS NULL
                      AND (';' || roles || ';') LIKE ? ORDER BY login
                    """, arguments: ["%;\(role.rawValue);%"])
                    .sorted { (named.firstIndex(of: $0.login) ?? Int.max) < (named.firstIndex(of: $1.login) ?? Int.max) }
                    .first { account in !result.contains { $0.login == account.login } }
                if let row { result.append(DemoAccount(login: row.login, fullName: row.fullName, role: role)) }
            }
            return result
        }
    }
}
