import Foundation
import JournalCore
import JournalStore
import SchoolBundle
import ZhurnalCommandLine

/// The `school` part of `zhurnal-bench`: the database's size, a full export, an
/// import of that export into an empty database, and the round trip: exporting
/// the imported school again must give byte-identical files.
struct SchoolBench {
    let databasePath: String
    let folder: URL

    func run(into table: inout BenchTable) throws {
        table.add("Размер базы", Figures.megabytes(BenchCommand.fileSize(databasePath) + BenchCommand.fileSize(databasePath + "-wal")))
        let first = folder.appendingPathComponent("export-1")
        let exportTime = try timed { try export(databasePath, to: first) }
        table.add("Выгрузка (export)", Figures.seconds(exportTime) + ", " + Figures.megabytes(folderSize(first)))
        let imported = folder.appendingPathComponent("imported.sqlite").path
        let importTime = try timed {
            _ = try BundleImport.run(from: first, replace: false) { try AppDatabase.open(path: imported, create: true) }
        }
        table.add("Загрузка выгрузки (import)", Figures.seconds(importTime))
        let second = folder.appendingPathComponent("export-2")
        try export(imported, to: second)
        table.add("Повторная выгрузка совпадает", try identical(first, second) ? "да, байт в байт" : "НЕТ — файлы различаются")
    }

    private func export(_ path: String, to destination: URL) throws {
        let snapshot = try AppDatabase.open(path: path).snapshot(by: .serverOperator)
        try BundleWriter().write(snapshot, to: destination)
    }

    private func timed(_ body: () throws -> Void) throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return clock.now - start
    }

    private func identical(_ a: URL, _ b: URL) throws -> Bool {
        let names = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
        guard names == (try FileManager.default.contentsOfDirectory(atPath: b.path).sorted()) else { return false }
        return try names.allSatisfy { name in
            try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name))
        }
    }

    private func folderSize(_ url: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.reduce(0) { $0 + BenchCommand.fileSize(url.appendingPathComponent($1).path) }
    }
}
