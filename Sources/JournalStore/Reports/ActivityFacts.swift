import GRDB
import JournalCore

/// Sign-ins and accounts for «Активность пользователей».
public struct ActivityFacts: Sendable {
    public struct Account: Hashable, Sendable {
        public var id: AccountID
        public var login: String
        public var fullName: String
        public var roles: [Role]
        /// Existing and not disabled at as of.
        public var active: Bool
        /// Signed in at least once by as of.
        public var everSignedIn: Bool
    }

    public var accounts: [Account]
    /// Who signed in on which day of the window (by as of), once per pair.
    public var signIns: [(day: SchoolDate, account: AccountID)]
}

extension AppDatabase {
    public func activityFacts(_ scope: ReportScope, by requester: Requester) throws -> ActivityFacts {
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Активность пользователей", en: "User activity"),
                                               supervisorsOnly: true)
            var arguments = scope.arguments
            arguments += ["fromTime": SchoolTime(date: scope.from), "toTime": SchoolTime(date: scope.to.adding(days: 1))]
            // one pass over the sign-ins (their index leads with the time, not the account)
            let signedIn = Set(try AccountID.fetchAll(db, sql: "SELECT DISTINCT account_id FROM sign_in WHERE at <= :asOf",
                                                      arguments: arguments))
            let accounts = try Row.fetchAll(db, sql: """
                SELECT a.id, a.login, a.full_name, a.roles,
                       a.created_at <= :asOf AND NOT (a.disabled = 1 AND (a.disabled_at IS NULL OR a.disabled_at <= :asOf)) AS active
                FROM account a
                """, arguments: arguments).map { r in
                ActivityFacts.Account(id: r["id"], login: r["login"], fullName: r["full_name"],
                                      roles: (try? Role.parseList(r["roles"])) ?? [], active: r["active"],
                                      everSignedIn: signedIn.contains(r["id"]))
            }
            let signIns = try Row.fetchAll(db, sql: """
                SELECT DISTINCT s.at / 86400 AS day, s.account_id FROM sign_in s
                WHERE s.at >= :fromTime AND s.at < :toTime AND s.at <= :asOf
                """, arguments: arguments).map { r in (day: SchoolDate(dayNumber: r["day"]), account: AccountID(r["account_id"])) }
            return ActivityFacts(accounts: accounts, signIns: signIns)
        }
    }
}
