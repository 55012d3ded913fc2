import Foundation
import JournalCore
import JournalScreens
import JournalStore
import ReadinessMetrics
import TerminalUI
import TestFixtures
import Testing

@Suite(.serialized) struct ReportExportTests {
    @Test func f6WritesTextAndCSVAndSaysWhere() throws {
        let h = try DashboardHarness()
        h.press(.function(6))
        let text = h.reports.appendingPathComponent("готовность-kchr-2024-09-02-2024-09-03.txt")
        let csv = h.reports.appendingPathComponent("готовность-kchr-2024-09-02-2024-09-03.csv")
        #expect(h.status.contains("Отчёт записан: "))
        #expect(h.style(of: "Отчёт записан") == .success)
        let written = try String(contentsOf: text, encoding: .utf8)
        let table = try String(contentsOf: csv, encoding: .utf8)
        // the very formatters of `zhurnal report readiness`, for the window on screen
        let window = try ReadinessWindow(from: TinySchool.monday, to: TinySchool.monday.adding(days: 1),
                                         asOf: TinySchool.time("2024-09-03T10:00"))
        let report = try ReadinessCalculator(database: h.db).report(profile: ReadinessProfile.builtIn(named: "kchr"),
                                                                    window: window, verdictWeeks: 4)
        // and the audit chain's head at the moment of the report, for `audit verify --expect`
        let head = try h.db.auditHead()
        #expect(written == ReportText.render(report, language: .ru)
            + "\nЖурнал аудита на момент отчёта: \(head) (проверка: zhurnal audit verify --expect \(head))\n")
        #expect(table == ReportCSV.render(report) + ",,,,audit_head,\(head.rows),,\(head),,\n")
        #expect(head.rows >= 1)
        #expect(written.contains("✗ Ведение планирования"))
        // the group may replace the files, nobody else sees them
        let folderMode = try FileManager.default.attributesOfItem(atPath: h.reports.path)[.posixPermissions] as? NSNumber
        let fileMode = try FileManager.default.attributesOfItem(atPath: text.path)[.posixPermissions] as? NSNumber
        #expect(folderMode?.intValue == 0o770)
        #expect(fileMode?.intValue == 0o640)
        // again for another window and profile: other files, the first kept
        h.press(.function(5), .function(3), .function(6))
        #expect(FileManager.default.fileExists(atPath: h.reports.appendingPathComponent("готовность-mo-2024-09-02-2024-10-25.csv").path))
        #expect(FileManager.default.fileExists(atPath: text.path))
    }

    @Test func aFolderThatCannotBeWrittenIsSaidSo() throws {
        let h = try DashboardHarness()
        // a file where the folder should be
        try Data("x".utf8).write(to: h.reports)
        h.press(.function(6))
        #expect(h.status.contains("Отчёт не записан"))
        #expect(h.status.contains("Отчёт не записан: на месте папки — файл — /"), "\(h.status)")
        #expect(h.style(of: "Отчёт не записан") == .error)
        #expect(h.app.isRunning)
    }

    @Test func folderBesideTheDatabaseUnlessChosen() {
        let beside = ReportFolder.default(databasePath: "/var/lib/zhurnal/school.sqlite", environment: [:])
        #expect(beside.path == "/var/lib/zhurnal/отчёты")
        let relative = ReportFolder.default(databasePath: "school.sqlite", environment: [:])
        #expect(relative.path == FileManager.default.currentDirectoryPath + "/отчёты")
        let chosen = ReportFolder.default(databasePath: "/var/lib/zhurnal/school.sqlite", environment: ["ZHURNAL_REPORTS": "/srv/reports"])
        #expect(chosen.path == "/srv/reports")
        let memory = ReportFolder.default(databasePath: nil, environment: [:])
        #expect(memory.lastPathComponent == "отчёты")
    }
}
