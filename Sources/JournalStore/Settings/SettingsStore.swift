import GRDB
import JournalCore

/// The `setting` table: the school's settings (`SchoolSettings`) and a few
/// values the store keeps for itself under other keys.
enum SettingsStore {
    /// Every setting, typed; what is not stored is at its default.
    static func load(_ db: Database) throws -> SchoolSettings {
        var stored: [String: String] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT key, value FROM setting")) {
            stored[row["key"]] = row["value"]
        }
        return SchoolSettings(stored: stored)
    }

    static func set(_ db: Database, _ key: SettingKey, _ value: String) throws {
        try setRaw(db, key.rawValue, value)
    }

    /// Internal bookkeeping values that are not user settings.
    static func setRaw(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       arguments: [key, value])
    }

    static func getRaw(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
    }
}

extension AppDatabase {
    /// The school's settings as they are now.
    public func settings() throws -> SchoolSettings {
        try read { try SettingsStore.load($0) }
    }

    /// One setting as stored and shown.
    public func setting(_ key: SettingKey) throws -> String {
        try settings().text(of: key)
    }

    /// Changes a setting after checking the value (`SchoolSettings`; a value
    /// outside the allowed range is refused with a message naming both) and
    /// returns it as stored. Only an administrator (or the server operator) may.
    /// `demo` is the loader's alone: in a demo school an account without a
    /// password takes its login as password, so turning a real school into a
    /// "demo" would open every imported account that has not chosen a password yet.
    @discardableResult
    public func setSetting(_ key: SettingKey, _ value: String, by requester: Requester) throws -> String {
        guard key != .demo else {
            throw JournalError.forbidden(Phrase(ru: "признак демо-школы ставит только программа при её создании",
                                                en: "the demo flag is set only when a demo school is created"))
        }
        let stored = try SchoolSettings.validated(key, value)
        try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: Phrase(ru: "настройки меняет администратор",
                                                                                en: "only the administrator changes settings"),
                                                Permissions.mayChangeSettings)
            let old = try SettingsStore.load(db).text(of: key)
            try SettingsStore.set(db, key, stored)
            try AuditLog.append(AuditEntry(action: .update, table: "setting", old: [key.rawValue: old], new: [key.rawValue: stored]),
                                at: now(db), actor: actor?.id, in: db)
        }
        if key == .writeWaitSeconds, let seconds = Int(stored) { waits.seconds = seconds }
        return stored
    }

    public var isDemo: Bool {
        (try? settings().demo) ?? false
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
