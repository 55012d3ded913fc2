import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Issue 14's «Done when» on the screen, in a real terminal: the deputy opens
/// «Отчёты» from the menu (М, then О), drills from «с одной 2» to the
/// student's marks and prints the summary sheet to the school's printer (a
/// stand-in `lp` on PATH).
@Suite(.serialized, .requires(Tools.tmux)) struct ReportsScreenEndToEndTests {
    static let password = "отчёт за четверть"

    /// The report fixture school, with Борисова Ольга «с одной 2» (a «4» in
    /// mathematics, a «2» in English for the first quarter).
    static func school(_ path: String, printer: String?) throws {
        var school = ReportSchool.snapshot()
        if let index = school.finalMarks.firstIndex(where: { $0.studentCode == "a2" && $0.subjectCode == "eng" }) {
            school.finalMarks[index].value = .mark(2)
        }
        let db = try AppDatabase.open(path: path, create: true, clock: ReportSchool.clock)
        try db.load(school, options: LoadOptions(source: "e2e"))
        try db.setPassword(login: "deputy", to: password, by: .serverOperator)
        if let printer { _ = try db.setSetting(.printer, printer, by: .serverOperator) }
    }

    /// The deputy signed in, on «Отчёты».
    static func openReports(_ path: String, environment: [String: String]) throws -> TmuxSession {
        // set on the command itself: a login shell of the tmux server may set its own PATH
        let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let tmux = try TmuxSession(command: "env \(variables) \(ZhurnalBinary.url.path) --db \(path)")
        #expect(tmux.waitFor("Логин:"), "\(tmux.screen())")
        try tmux.type("deputy")
        try tmux.press("Enter")
        try tmux.type(password)
        try tmux.press("Enter")
        #expect(tmux.waitFor("[М] Разделы"), "\(tmux.screen())")
        try tmux.type("м")
        #expect(tmux.waitFor("[О] Отчёты"), "\(tmux.screen())")
        try tmux.type("о")
        #expect(tmux.waitFor("Накопляемость отметок · вся школа"), "\(tmux.screen())")
        return tmux
    }

    @Test func theDeputyDrillsFromOneTwoToTheMarksAndPrintsTheSummarySheet() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try Self.school(path, printer: "kabinet-12")
        let log = dir.path("lp.log")
        let bin = try StandInPrinter.install(in: dir, log: log)
        let reports = dir.path("reports")
        let tmux = try Self.openReports(path, environment: [
            "PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"), "ZHURNAL_REPORTS": reports,
        ])
        defer { tmux.close() }

        try tmux.press("F4")
        #expect(tmux.waitFor("За какой период"), "\(tmux.screen())")
        try tmux.type("1 ч")
        try tmux.press("Enter", "F2")
        #expect(tmux.waitFor("Какой отчёт"), "\(tmux.screen())")
        try tmux.type("успев")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Успеваемость и качество · вся школа · 1 четверть"), "\(tmux.screen())")
        try tmux.press("Right", "Right", "Right")
        #expect(tmux.waitFor("С одной «2»: 1 · Enter — подробнее"), "\(tmux.screen())")
        try tmux.press("Enter")
        #expect(tmux.waitFor("5А: с одной «2»"), "\(tmux.screen())")
        #expect(tmux.waitFor("Борисова Ольга"), "\(tmux.screen())")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Отметки ученика: Борисова Ольга, 5А · 1 четверть"), "\(tmux.screen())")
        #expect(tmux.waitFor("Английский язык"), "\(tmux.screen())")
        try tmux.press("Escape")
        #expect(tmux.waitFor("Строк: 1"), "\(tmux.screen())")
        try tmux.press("Escape")
        #expect(tmux.waitFor("Успеваемость и качество · вся школа"), "\(tmux.screen())")

        try tmux.press("F8")
        #expect(tmux.waitFor("Отправлено на принтер kabinet-12"), "\(tmux.screen())")
        let sheet = reports + "/deputy/ведомость-5a.pdf"
        #expect(tmux.waitUntil { _ in ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains(sheet) },
                "\((try? String(contentsOfFile: log, encoding: .utf8)) ?? "no lp log")")
        let text = try DocumentReaders.pdfText(sheet)
        #expect(text.contains("Сводная ведомость") && text.contains("Борисова Ольга") && text.contains("Всего по классу"), "\(text)")
        #expect(text.contains("Завучева Зоя"), "the deputy printed it: \(text)")
    }

    /// The summary sheet printed from «Отчёты» (class 5А chosen with F3, then
    /// F8) with no printer set, into `$ZHURNAL_REPORTS/deputy/`; returns its path.
    static func printSummarySheetFromTheScreen(_ path: String, reports: String) throws -> String {
        let tmux = try openReports(path, environment: ["ZHURNAL_REPORTS": reports])
        defer { tmux.close() }
        try tmux.press("F3")
        #expect(tmux.waitFor("Чей отчёт"), "\(tmux.screen())")
        try tmux.type("класс 5А")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Накопляемость отметок · класс 5А"), "\(tmux.screen())")
        try tmux.press("F8")
        let sheet = reports + "/deputy/ведомость-5a.pdf"
        #expect(tmux.waitFor("Записано: "), "\(tmux.screen())")
        #expect(tmux.waitUntil { _ in FileManager.default.fileExists(atPath: sheet) }, "\(tmux.screen())")
        return sheet
    }
}
