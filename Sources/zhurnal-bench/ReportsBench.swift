import Foundation
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// The control reports and the paper documents as a user runs them: each a
/// whole `zhurnal` process (the one built beside the bench) on the school's
/// second quarter, seen from the day after it ends. Issue 14's targets: each
/// report ≤ 300 ms; the summary sheet of a class ≤ 300 ms; every class
/// journal of the quarter ≤ 60 s and ≤ 300 MB.
struct ReportsBench {
    let databasePath: String
    let folder: URL
    let runs: Int

    static let reports = ["marks-count", "journal-keeping", "programme", "progress", "attendance", "anomalies", "activity",
                          "substitutions"]

    /// A run of a process: its wall and processor seconds and its peak memory.
    struct Run {
        var seconds: Double
        var processorSeconds: Double
        var peakBytes: Int
    }

    func runReports(into table: inout BenchTable) throws {
        let (period, asOf) = try quarter()
        table.add("Контрольные отчёты (\(period), на \(asOf), --format text, лучший из \(runs))", "")
        for report in Self.reports {
            let best = try (0..<runs).map { _ in
                try Self.run(["report", report, "--db", databasePath, "--period", period, "--as-of", asOf, "--format", "text",
                              "--out", folder.appendingPathComponent("report.txt").path])
            }.min { $0.seconds < $1.seconds }!
            table.add("  " + report, String(format: "%.2f с (процессор %.2f с)", best.seconds, best.processorSeconds))
        }
    }

    func runPaper(into table: inout BenchTable) throws {
        let (period, _) = try quarter()
        guard let classCode = try AppDatabase.open(path: databasePath).reportNames().classes.values.map(\.code).sorted().first else { return }
        let summary = try (0..<runs).map { _ in
            try Self.run(["print", "summary", "--db", databasePath, "--class", classCode, "--out", folder.appendingPathComponent("summary.pdf").path])
        }.min { $0.seconds < $1.seconds }!
        table.add("Сводная ведомость класса \(classCode) (PDF, лучший из \(runs))",
                  String(format: "%.2f с (процессор %.2f с)", summary.seconds, summary.processorSeconds))
        let out = folder.appendingPathComponent("journals")
        let all = try Self.run(["print", "journal", "--all", "--db", databasePath, "--period", period, "--out", out.path])
        let files = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        let bytes = files.reduce(0) { $0 + BenchCommand.fileSize(out.appendingPathComponent($1).path) }
        table.add("Все журналы за \(period): \(files.count) PDF, \(Figures.megabytes(bytes))",
                  String(format: "%.1f с (процессор %.1f с), пик памяти %@", all.seconds, all.processorSeconds,
                         Figures.megabytes(all.peakBytes)))
    }

    /// The second marking quarter (or the first period) and the day after it.
    private func quarter() throws -> (String, String) {
        let periods = try AppDatabase.open(path: databasePath).periods().map(\.period).sorted { $0.start < $1.start }
        let quarters = periods.filter { $0.kind == .quarter }
        guard let period = quarters.count > 1 ? quarters[1] : periods.first else {
            throw JournalError.other(Phrase(ru: "в базе нет учебных периодов", en: "the database has no periods"))
        }
        return (period.code, period.end.adding(days: 1).iso)
    }

    /// One `zhurnal` process, its output thrown away; a failure says what it wrote.
    static func run(_ arguments: [String]) throws -> Run {
        let child = try ChildProcess.run(BenchCommand.journalPath, arguments)
        guard child.status == 0 else {
            throw JournalError.other(Phrase(ru: "zhurnal \(arguments.prefix(2).joined(separator: " ")) не удался: \(child.errors)",
                                            en: "zhurnal \(arguments.prefix(2).joined(separator: " ")) failed: \(child.errors)"))
        }
        return Run(seconds: child.seconds, processorSeconds: child.processorSeconds, peakBytes: child.peakBytes)
    }
}
