import Foundation
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// The year's end on the bench school (`--part yearend`): the closing
/// checklist (`year check` ≤ 1 s on the huge school) in this process and as a
/// `zhurnal year check` process, and the sealed archive with every PDF
/// (`archive create` ≤ 120 s) as a `zhurnal` process.
struct YearEndBench {
    let databasePath: String
    let folder: URL
    let runs: Int

    func run(into table: inout BenchTable) throws {
        let database = try AppDatabase.open(path: databasePath)
        var lines = 0
        let times = try (0..<max(1, runs)).map { _ in
            let start = Date()
            lines = try database.yearEndChecklist(by: .serverOperator).items.count
            return Date().timeIntervalSince(start)
        }.sorted()
        table.add("Список закрытия года (в процессе, медиана из \(times.count))",
                  String(format: "%.0f мс, строк %@", times[times.count / 2] * 1000, Figures.count(lines)))
        let check = try Self.process(["year", "check", "--format", "json", "--db", databasePath])
        table.add("zhurnal year check (процесс)", String(format: "%.2f с", check))

        let year = try database.school().academicYear
        let archive = folder.appendingPathComponent("archive")
        let created = try ReportsBench.run(["archive", "create", archive.path, "--year", year, "--db", databasePath])
        let files = FileManager.default.enumerator(atPath: archive.path)?.allObjects.compactMap { $0 as? String } ?? []
        let bytes = files.reduce(0) { $0 + BenchCommand.fileSize(archive.appendingPathComponent($1).path) }
        table.add("zhurnal archive create: \(files.count) файлов, \(Figures.megabytes(bytes))",
                  String(format: "%.1f с (процессор %.1f с), пик памяти %@", created.seconds, created.processorSeconds,
                         Figures.megabytes(created.peakBytes)))
        let verify = try Self.process(["archive", "verify", archive.path])
        table.add("zhurnal archive verify", String(format: "%.1f с", verify))
    }

    /// The wall time of one `zhurnal` process, whatever its exit status (`year
    /// check` exits 1 while the list has lines).
    static func process(_ arguments: [String]) throws -> Double {
        try ChildProcess.run(BenchCommand.journalPath, arguments).seconds
    }
}
