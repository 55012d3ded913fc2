import ControlReports
import Documents
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// One table model, every format: the shapes scripts rely on (docs/reports.md).
@Suite struct ReportFormatTests {
    @Test func jsonHasTheParametersAndOneArrayOfObjectsPerTable() throws {
        let report = try ReportHarness().report(.substitutions)
        let json = ControlReportFormats.json(report)
        #expect(json.hasPrefix("""
            {
              "report": "substitutions",
              "title": "Замены и пропущенные уроки",
              "from": "2024-09-02",
              "to": "2024-09-13",
              "as_of": "2024-09-30T12:00:00",
              "period": "q1",
              "rows": [
                {"teacher": "Иванова Анна", "login": "ivanova", "month": "2024-09", "by_timetable": 8, "held": 6, "as_substitute": 0, \
            "substituted_away": 1, "cancelled": 1, "missed": 2, "summary": "Пропущено 2 / Замещено 0"},
            """))
        #expect(json.contains("\"summary\": \"Пропущено 2 / Замещено 0\"}"))
    }

    /// Percentages are numbers with their decimal, no value is null.
    @Test func jsonNumbersKeepTheirDecimalsAndNoValueIsNull() throws {
        let json = ControlReportFormats.json(try ReportHarness().report(.programme))
        #expect(json.contains("\"weeks\": 1.7, \"expected\": 6.9, \"held\": 5, \"difference\": -1.9"))
        #expect(json.contains("\"plan_hours\": null"))
    }

    @Test func csvHasAHeaderOfKeysAndAPointForDecimals() throws {
        let report = try ReportHarness().report(.marksCount)
        let csv = try #require(ControlReportFormats.csv(report))
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "class,group,subject,hours,norm,students,marks_0,marks_1,marks_2,marks_3_plus,below_norm,percent_0,percent_1,percent_below_norm")
        #expect(lines[1] == "5А,,Математика,4.00,5,3,0,1,0,2,3,0.0,33.3,100.0")
        #expect(lines.count == 4)
        let below = try #require(ControlReportFormats.csv(report, table: "below_norm"))
        #expect(below.hasPrefix("class,group,subject,student,marks,norm\n5А,,Математика,Андреев Илья,4,5\n"))
        #expect(ControlReportFormats.csv(report, table: "nothing") == nil)
    }

    @Test func textShowsTheTitleWindowAndDecimalCommas() throws {
        let text = ControlReportFormats.text(try ReportHarness().report(.marksCount))
        #expect(text.hasPrefix("Накопляемость отметок\n1 четверть (02.09.2024–13.09.2024); на 30.09.2024 12:00\n"))
        #expect(text.contains("33,3"))
    }

    /// The document keeps numbers as numbers for the spreadsheet.
    @Test func theDocumentHasATablePerTableWithNumbersAsNumbers() throws {
        let footer = DocumentFooter(school: "МБОУ СОШ № 7", printedAt: "30.09.2024 12:00", printedBy: "Завучева Зоя")
        let document = ControlReportFormats.document(try ReportHarness().report(.marksCount), footer: footer)
        #expect(document.title == "Накопляемость отметок")
        #expect(document.orientation == .landscape)
        guard case .table(let table) = document.blocks.first else { Issue.record("no table"); return }
        #expect(table.rows[0][3] == .decimal(4, places: 2))
        #expect(table.rows[0][5] == .integer(3))
        #expect(table.rows[0][12] == .decimal(33.3, places: 1))
    }
}
