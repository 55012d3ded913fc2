import Crypto
import Foundation
import GRDB

/// A login typed at sign-in that is no account's may be anything, a password
/// typed into the wrong field included, so it is never stored as typed:
/// `login_lock` and `sign_in_failure` keep an HMAC-SHA256 of it (lower-cased)
/// under a key made for each school and kept in the database. The same text
/// then still meets its own lock, and what was typed cannot be read back from
/// a list of failures. An account's own login is kept as it is.
enum AttemptedLogin {
    /// The `setting` row of the key (hex); not a user setting.
    static let keySetting = "sign_in_key"
    static let prefix = "hmac:"

    /// What is stored for a typed login.
    static func key(_ db: Database, typed: String, account: AccountRow?) throws -> String {
        if let account { return account.login }
        return hashed(typed, secret: try secret(db))
    }

    static func hashed(_ typed: String, secret: SymmetricKey) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(typed.lowercased().utf8), using: secret)
        return prefix + code.map { String(format: "%02x", $0) }.joined()
    }

    /// A new random key: at every load of a school (whose failures and locks
    /// go with the school it replaces) and in the migration that brought keys.
    static func renewKey(_ db: Database) throws {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        try SettingsStore.setRaw(db, keySetting, bytes.map { String(format: "%02x", $0) }.joined())
    }

    private static func secret(_ db: Database) throws -> SymmetricKey {
        if let hex = try SettingsStore.getRaw(db, keySetting), let bytes = bytes(hex: hex), bytes.count == 32 {
            return SymmetricKey(data: bytes)
        }
        try renewKey(db)
        return try secret(db)
    }

    private static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        return stride(from: 0, to: digits.count, by: 2).compactMap { UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16) }
    }

    /// Migration "v4 attempted logins": a key for the school, and the logins of
    /// past failures and locks that are no account's replaced by their hash.
    static func hashStoredLogins(_ db: Database) throws {
        try renewKey(db)
        let secret = try secret(db)
        let accounts = Set(try String.fetchAll(db, sql: "SELECT login FROM account"))
        let typedInClear = { (login: String) in !accounts.contains(login) && !login.hasPrefix(prefix) }
        for login in try String.fetchAll(db, sql: "SELECT DISTINCT login FROM sign_in_failure") where typedInClear(login) {
            try db.execute(sql: "UPDATE sign_in_failure SET login = ? WHERE login = ?", arguments: [hashed(login, secret: secret), login])
        }
        for row in try Row.fetchAll(db, sql: "SELECT login, failures, locked_until FROM login_lock") {
            let login: String = row["login"]
            guard typedInClear(login) else { continue }
            try db.execute(sql: "DELETE FROM login_lock WHERE login = ?", arguments: [login])
            try db.execute(sql: """
                INSERT INTO login_lock (login, failures, locked_until) VALUES (?, ?, ?)
                ON CONFLICT (login) DO UPDATE SET failures = max(failures, excluded.failures),
                    locked_until = coalesce(max(locked_until, excluded.locked_until), locked_until, excluded.locked_until)
                """, arguments: [hashed(login, secret: secret), row["failures"], row["locked_until"]])
        }
    }
}
