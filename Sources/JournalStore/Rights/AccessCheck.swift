import GRDB
import JournalCore

/// The one access check of the store, at the start of every write and of every
/// read that carries personal data: the account behind the request is read
/// again inside the same transaction, so a role taken away or an account
/// disabled while a session is open takes effect at once.
enum AccessCheck {
    /// The account behind `user` as it is now; a disabled or removed account
    /// is refused.
    static func account(_ db: Database, _ user: ActingUser) throws -> AccountRow {
        guard let account = try AccountRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE id = ?"),
                                                    arguments: [user.accountID]),
              !account.disabled else {
            throw JournalError.forbidden(Phrase(ru: "учётная запись отключена", en: "the account is disabled"))
        }
        return account
    }

    /// Passes the server operator (nil: nobody signed in to check); for a user,
    /// returns their account as it is now, refused with `refusal` unless
    /// `allowed` accepts its roles.
    @discardableResult
    static func require(_ requester: Requester, _ db: Database, refusal: Phrase,
                        _ allowed: ([Role]) -> Bool) throws -> AccountRow? {
        guard case .user(let user) = requester else { return nil }
        let account = try account(db, user)
        guard allowed(account.roleList) else { throw JournalError.forbidden(refusal) }
        return account
    }
}
