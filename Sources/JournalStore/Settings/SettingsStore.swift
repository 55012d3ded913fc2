import GRDB
import JournalCore

/// The school's settings: small values kept in the database so that every
/// process and every user sees the same.
public enum SettingKey: String, CaseIterable, Sendable {
    /// Readiness profile the reports and the dashboard use unless told otherwise.
    case defaultProfile = "default_profile"
    /// How many last complete weeks the readiness verdict looks at.
    case verdictWeeks = "verdict_weeks"
    /// The threshold at which an average rounds up to the next final mark.
    case rounding
    /// "1" for a generated demo school.
    case demo
    /// Wrong passwords in a row after which a login is locked.
    case lockoutAttempts = "lockout_attempts"
    /// How long a locked login stays locked.
    case lockoutMinutes = "lockout_minutes"
    /// Minutes without a key after which a session hides its data and asks for the password.
    case idleLockMinutes = "idle_lock_minutes"

    public var defaultValue: String {
        switch self {
        case .defaultProfile: "kchr"
        case .verdictWeeks: "4"
        case .rounding: "0.5"
        case .demo: "0"
        case .lockoutAttempts: "5"
        case .lockoutMinutes: "5"
        case .idleLockMinutes: "5"
        }
    }
}

enum SettingsStore {
    static func get(_ db: Database, _ key: SettingKey) throws -> String {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue]) ?? key.defaultValue
    }

    static func set(_ db: Database, _ key: SettingKey, _ value: String) throws {
        try setRaw(db, key.rawValue, value)
    }

    /// Internal bookkeeping values that are not user settings.
    static func setRaw(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       arguments: [key, value])
    }
}

extension AppDatabase {
    public func setting(_ key: SettingKey) throws -> String {
        try read { try SettingsStore.get($0, key) }
    }

    /// Changes a setting; only an administrator may. `demo` is the loader's
    /// alone: in a demo school an account without a password takes its login as
    /// password, so turning a real school into a "demo" would open every
    /// imported account that has not chosen a password yet.
    public func setSetting(_ key: SettingKey, _ value: String, by user: ActingUser?) throws {
        guard key != .demo else {
            throw JournalError.forbidden(Phrase(ru: "признак демо-школы ставит только программа при её создании",
                                                en: "the demo flag is set only when a demo school is created"))
        }
        try mappingErrors {
            try writer.write { db in
                if let user {
                    // Re-read like every write: a disabled administrator changes nothing.
                    guard try ReadAccess.currentRoles(db, user).contains(.admin) else {
                        throw JournalError.forbidden(Phrase(ru: "настройки меняет администратор", en: "only the administrator changes settings"))
                    }
                }
                let old = try SettingsStore.get(db, key)
                try SettingsStore.set(db, key, value)
                try AuditLog.append(AuditEntry(action: .update, table: "setting", old: [key.rawValue: old], new: [key.rawValue: value]),
                                    at: now(db), actor: user?.accountID, in: db)
            }
        }
    }

    public var isDemo: Bool {
        (try? setting(.demo)) == "1"
    }

    public func school() throws -> School {
        try read { db in
            guard let row = try SchoolRow.fetchOne(db, key: 1) else { throw StoreError.noSchool }
            return row.school
        }
    }
}

extension AppDatabase {
    /// A number that changes whenever another connection (another `zhurnal`
    /// process) commits to the file; screens poll it to refresh what they show.
    public func dataVersion() throws -> Int {
        try read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }
}
