import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics
import TestFixtures
import Testing

/// The roadmap's indicator items against the readiness report: TinySchool,
/// whose two enrolled students have no parent account at first.
@Suite struct RoadmapProgressTests {
    static let asOf = TinySchool.time("2024-09-30T12:00")

    static func database(parents: [(login: String, child: String)]) throws -> AppDatabase {
        var s = TinySchool.snapshot()
        let created = TinySchool.time("2024-08-20T09:00")
        for parent in parents {
            s.accounts.append(Account(login: parent.login, fullName: "Родитель \(parent.login)", roles: [.parent], createdAt: created))
            s.guardians.append(Guardian(parentLogin: parent.login, studentCode: parent.child))
        }
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(s, options: LoadOptions(source: "test"))
        try db.startTransition(from: try RoadmapTemplate.builtIn(named: "kchr"), by: .serverOperator)
        return db
    }

    static func parentsLine(_ db: AppDatabase) throws -> RoadmapLine {
        let plan = try #require(try db.transitionPlan(by: .serverOperator))
        let progress = try RoadmapProgress(plan: plan, database: db, asOf: asOf)
        return try #require(progress.lines.first { $0.item.indicator == "parent_accounts" })
    }

    @Test func theParentAccountsItemStaysOpenBelowItsThreshold() throws {
        let line = try Self.parentsLine(try Self.database(parents: [("papa", "s1")]))
        #expect(line.status == .open)
        #expect(line.latest == Ratio(1, of: 2))
        #expect(line.weeksMet == 0 && line.weeksNeeded == 4)
        #expect(line.isOverdue == false)   // due 30.09.2024, the day of the report
        #expect(line.statusText(.ru) == "в работе (сам: 50,0 % из 80 %, недель 0 из 4)")
    }

    /// Met in each of the verdict's four weeks: closed by itself; a parent
    /// account disabled since: open again, with nothing written by anyone.
    @Test func theParentAccountsItemClosesItselfAndReopensWhenTheIndicatorFalls() throws {
        let db = try Self.database(parents: [("papa", "s1"), ("mama2", "s2")])
        let met = try Self.parentsLine(db)
        #expect(met.status == .done)
        #expect(met.weeksMet == 4 && met.latest == Ratio(2, of: 2))
        #expect(met.statusText(.ru) == "выполнено (сам: 100,0 % из 80 %, недель 4 из 4)")
        try db.setDisabled(login: "mama2", true, by: .serverOperator)
        let fallen = try Self.parentsLine(db)
        #expect(fallen.status == .open)
        #expect(fallen.latest == Ratio(1, of: 2))
        #expect(try db.transitionPlan(by: .serverOperator)?.items.allSatisfy { $0.status == .open } == true)
    }

    /// Every indicator a template names is one of readiness.md.
    @Test func everyTemplateIndicatorIsKnown() {
        for template in RoadmapTemplate.builtIn {
            for item in template.items {
                if let key = item.indicator { #expect(IndicatorKey(rawValue: key) != nil, "\(template.id): \(key)") }
            }
        }
    }

    /// Overdue: not done and past the deadline, as of the report's moment.
    @Test func anOpenItemPastItsDeadlineIsOverdue() throws {
        let db = try Self.database(parents: [])
        let plan = try #require(try db.transitionPlan(by: .serverOperator))
        let progress = try RoadmapProgress(plan: plan, database: db, asOf: TinySchool.time("2024-10-01T08:00"))
        let order = try #require(progress.lines.first { $0.item.title.hasPrefix("Создать группу разработки") })
        #expect(order.isOverdue && order.statusText(.ru) == "в работе, просрочено")
        #expect(progress.overdueCount >= 18)   // the August and September measures of the template
    }
}
