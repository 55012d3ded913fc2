import GRDB
import JournalCore

/// The check at the start of every read that carries personal data. Like a
/// write, a read re-reads the account inside its own transaction: a role taken
/// away or an account disabled while a session is open takes effect at once.
enum ReadAccess {
    /// The roles of the account behind `user` as they are now; a disabled or
    /// removed account reads nothing.
    static func currentRoles(_ db: Database, _ user: ActingUser) throws -> [Role] {
        guard let account = try AccountRow.fetchOne(db, key: user.accountID.rawValue), !account.disabled else {
            throw JournalError.forbidden(Phrase(ru: "учётная запись отключена", en: "the account is disabled"))
        }
        return account.roleList
    }

    /// Passes the server operator; refuses a user for whom `allowed` is false.
    static func require(_ requester: Requester, _ db: Database, refusal: Phrase,
                        _ allowed: ([Role]) -> Bool) throws {
        guard case .user(let user) = requester else { return }
        guard allowed(try currentRoles(db, user)) else { throw JournalError.forbidden(refusal) }
    }
}
