import GRDB
import JournalCore

/// Logins that differ only in case are one login (`LoginRules`): `ADMIN` is
/// taken when `admin` exists. Logins are ASCII, so SQLite's `lower` folds them
/// as `LoginRules.folded` does.
enum LoginLookup {
    /// The existing login that `login` would duplicate, as it is written.
    static func existing(_ login: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT login FROM account WHERE lower(login) = ? LIMIT 1",
                            arguments: [LoginRules.folded(login)])
    }

    static func taken(_ login: String, by existing: String) -> JournalError {
        guard existing != login else {
            return .conflict(Phrase(ru: "логин «\(login)» уже занят", en: "login \"\(login)\" is taken"))
        }
        return .conflict(Phrase(ru: "логин «\(login)» уже занят: есть «\(existing)», а заглавные и строчные буквы в логине не различаются",
                                en: "login \"\(login)\" is taken: \"\(existing)\" exists, and logins ignore case"))
    }
}
