import Foundation
import JournalCore
import JournalStore
import Testing
@testable import ReadinessMetrics

@Suite struct OutputTests {
    /// readiness.md's example window: the week of 2 September as of Monday 9 September noon.
    private func report() throws -> ReadinessReport {
        var f = Fixture()
        f.lesson("1", number: 1, topic: "Дроби")
        f.lesson("2", number: 2)
        f.attendance("1", at: "2024-09-02T08:40")
        f.parent("p1", of: ["s1", "s2", "s3"])
        return try Readiness(f).report(from: "2024-09-02", to: "2024-09-08", asOf: "2024-09-09T12:00", indicators: nil)
    }

    @Test func jsonHasTheShapeOfReadinessMD() throws {
        let text = ReportJSON.render(try report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["profile"] as? String == "kchr")
        #expect(object["from"] as? String == "2024-09-02")
        #expect(object["to"] as? String == "2024-09-08")
        #expect(object["as_of"] as? String == "2024-09-09T12:00:00")
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["key"] as? String } == ["schedule_fill", "planning", "journal", "parent_accounts", "on_time"])
        // the example's line, key for key
        #expect(text.contains(#"{"key": "planning", "numerator": 1, "denominator": 2, "value": 50.0, "threshold": 95, "met": false"#))
        #expect(text.contains(#"{"key": "on_time", "numerator": 1, "denominator": 1, "value": 100.0, "threshold": 90, "met": true"#))
        let weeks = try #require(object["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String } == ["2024-W36"])
        #expect((weeks[0]["indicators"] as? [[String: Any]])?.count == 5)
        let verdict = try #require(object["verdict"] as? [String: Any])
        #expect(verdict["ready"] as? Bool == false)
        #expect(verdict["blocking"] as? [String] == ["planning", "journal", "parent_accounts"])   // one parent for three
    }

    @Test func jsonShowsNoDataAsNullAndParentCoverage() throws {
        let text = ReportJSON.render(try Readiness(Fixture()).report(indicators: [.planning, .parentAccounts]))
        #expect(text.contains(#"{"key": "planning", "numerator": 0, "denominator": 0, "value": null, "threshold": 95, "met": false"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let parents = try #require((object["indicators"] as? [[String: Any]])?.last)
        #expect((parents["coverage"] as? [String: Any])?["denominator"] as? Int == 3)
    }

    @Test func csvHasOneRowPerWeekAndIndicator() throws {
        let lines = ReportCSV.render(try report()).split(separator: "\n")
        #expect(lines.first == "week,from,to,complete,key,numerator,denominator,value,threshold,met")
        #expect(lines.count == 1 + 5)
        #expect(lines.contains("2024-W36,2024-09-02,2024-09-08,true,planning,1,2,50.0,95,false"))
        #expect(ReportCSV.field("5А, профиль") == "\"5А, профиль\"")
    }

    @Test func textIsARussianTableWithMarksAgainstThresholds() throws {
        let text = ReportText.render(try report())
        #expect(text.contains("Профиль: kchr — Карачаево-Черкесская Республика"))
        #expect(text.contains("по состоянию на 09.09.2024 12:00:00"))
        #expect(text.contains("✗ Ведение планирования                  50,0 %            1 / 2      95 %"))
        #expect(text.contains("✓ Своевременное ведение журнала        100,0 %            1 / 1      90 %"))
        #expect(text.contains("охват учеников: 100,0 % (3 из 3)"))
        #expect(text.contains("Вердикт: школа пока не готова к переходу на ББЖ."))
        #expect(text.contains("Мешает: Ведение планирования — недели 2024-W36"))
    }
}

@Suite struct SettingsTests {
    /// The settings accept the very profiles built into ReadinessMetrics.
    @Test func everyProfileTheSettingsAcceptIsBuiltIn() throws {
        #expect(SchoolSettings.builtInProfiles == ReadinessProfile.builtInIDs)
        for id in SchoolSettings.builtInProfiles { _ = try ReadinessProfile.builtIn(named: id) }
    }

    @Test func theReportUsesTheSchoolsSettings() throws {
        var f = Fixture()
        f.lesson("1", topic: "Дроби")
        let database = try f.database()
        try database.setSetting(.defaultProfile, "mo", by: .serverOperator)
        try database.setSetting(.verdictWeeks, "1", by: .serverOperator)
        let report = try ReadinessCalculator(database: database).report(
            window: ReadinessWindow(from: Fixture.monday, to: Fixture.date("2024-09-08"), asOf: Fixture.time("2024-09-09T00:00")))
        #expect(report.profile.id == "mo")
        #expect(report.verdict.requiredWeeks == 1)
        #expect(report.verdict.weeks == ["2024-W36"])
    }
}
