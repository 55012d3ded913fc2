import JournalCore
import JournalStore

/// «Активность пользователей»: unique accounts signed in per day and per
/// month, by role (an account with two roles counts under each, once in the
/// total), and the active accounts that have never signed in.
enum ActivityReport {
    static func tables(_ facts: ActivityFacts, _ context: ReportContext) -> [ReportTable] {
        let roles = Role.allCases
        let roleColumns = roles.map { ReportColumn($0.rawValue, $0.title.ru) } + [ReportColumn("total", "Всего")]
        var days = ReportTable(name: "days", title: "Вошли в журнал, по дням", columns: [ReportColumn("date", "Дата")] + roleColumns)
        var months = ReportTable(name: "months", title: "Вошли в журнал, по месяцам", columns: [ReportColumn("month", "Месяц")] + roleColumns)
        // Each account's roles as indices, looked up once per account in a day rather than once per role.
        let rolesOf = Dictionary(uniqueKeysWithValues: facts.accounts.map { account in
            (account.id, roles.indices.filter { account.roles.contains(roles[$0]) })
        })
        let cells = { (accounts: Set<AccountID>) -> [ReportValue] in
            var counts = [Int](repeating: 0, count: roles.count)
            for account in accounts { for index in rolesOf[account] ?? [] { counts[index] += 1 } }
            return counts.map { .integer($0) } + [.integer(accounts.count)]
        }
        let byDay = Dictionary(grouping: facts.signIns, by: \.day).mapValues { Set($0.map(\.account)) }
        let last = min(context.scope.to, context.scope.asOf.date)
        var day = context.scope.from
        var byMonth: [String: Set<AccountID>] = [:]
        while day <= last {
            let accounts = byDay[day] ?? []
            days.rows.append([.text(day.iso)] + cells(accounts))
            byMonth[String(day.iso.prefix(7)), default: []].formUnion(accounts)
            day = day.adding(days: 1)
        }
        for month in byMonth.keys.sorted() { months.rows.append([.text(month)] + cells(byMonth[month] ?? [])) }
        var never = ReportTable(name: "never_signed_in", title: "Ни разу не входили", columns: [
            ReportColumn("login", "Логин"), ReportColumn("full_name", "ФИО", weight: 2), ReportColumn("roles", "Роли", weight: 1.5),
        ])
        for account in facts.accounts.filter({ $0.active && !$0.everSignedIn }).sortedByRussianName(\.fullName) {
            never.rows.append([.text(account.login), .text(account.fullName),
                               .text(account.roles.map(\.title.ru).joined(separator: ", "))])
        }
        return [days, months, never]
    }
}
