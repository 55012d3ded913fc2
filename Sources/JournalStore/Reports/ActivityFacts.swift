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
            // One pass over the sign-ins' index (it leads with the time, not the account),
            // the accounts gathered here: SQLite's DISTINCT sorted 2·10⁵ rows to find 6·10³.
            var signedIn = Set<Int64>()
            let everyone = try ReportRows(db, sql: "SELECT account_id FROM sign_in WHERE at <= :asOf", arguments: arguments)
            while try everyone.next() { signedIn.insert(everyone[0]) }
            let accounts = try Row.fetchAll(db, sql: """
                SELECT a.id, a.login, a.full_name, a.roles,
                       a.created_at <= :asOf AND NOT (a.disabled = 1 AND (a.disabled_at IS NULL OR a.disabled_at <= :asOf)) AS active
                FROM account a
                """, arguments: arguments).map { r in
                ActivityFacts.Account(id: r["id"], login: r["login"], fullName: r["full_name"],
                                      roles: (try? Role.parseList(r["roles"])) ?? [], active: r["active"],
                                      everSignedIn: signedIn.contains(r["id"] as Int64))
            }
            var pairs = Set<SignInDay>()
            let window = try ReportRows(db, sql: """
                SELECT s.at / 86400, s.account_id FROM sign_in s WHERE s.at >= :fromTime AND s.at < :toTime AND s.at <= :asOf
                """, arguments: arguments)
            while try window.next() { pairs.insert(SignInDay(day: window[0], account: window[1])) }
            let signIns = pairs.map { (day: SchoolDate(dayNumber: Int($0.day)), account: AccountID($0.account)) }
            return ActivityFacts(accounts: accounts, signIns: signIns)
        }
    }
}

/// One account signed in on one day, counted once however many times.
private struct SignInDay: Hashable {
    var day: Int64
    var account: Int64
}
