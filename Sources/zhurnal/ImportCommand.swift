import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import SchoolBundle
import ZhurnalCommandLine

/// `zhurnal import DIR [--replace]`: loads a school from a bundle.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Загрузить школу из выгрузки: каталога CSV-файлов формата 2 или 1 (см. docs/bundle.md).",
        discussion: """
            Сначала проверяется вся выгрузка; при любой ошибке печатаются все ошибки \
            (до 100) в виде «файл:строка: столбец: что не так», и база данных не меняется. \
            Если файла базы данных нет, он создаётся (доступ только владельцу). \
            Выгрузка без calendar.csv получает официальный календарь праздников на свой учебный год.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Каталог выгрузки.", valueName: "КАТАЛОГ"))
    var folder: String

    @Flag(name: .long, help: "Заменить школу, которая уже есть в базе данных.")
    var replace = false

    func run() throws {
        let language = global.language
        try reportingErrors(language) {
            let path = global.databasePath
            let existed = FileManager.default.fileExists(atPath: path)
            do {
                let summary = try BundleImport.run(from: URL(fileURLWithPath: folder), replace: replace) {
                    try global.openDatabase(create: true)
                }
                Console.print(ImportDone(folder: folder, summary: summary).text(in: language))
            } catch let error as BundleError {
                throw ImportRefused(folder: folder, error: error)
            } catch {
                if !existed { DatabaseFiles.remove(path) }
                throw error
            }
        }
    }
}

private struct ImportDone: LocalizedMessage {
    let folder: String
    let summary: BundleSummary

    func text(in language: Language) -> String {
        (language == .ru ? "Импортировано из «\(folder)»:\n" : "Imported from \"\(folder)\":\n") + summary.text(in: language)
    }
}

/// Every error of the bundle under one heading that says nothing was changed.
private struct ImportRefused: Error, LocalizedMessage {
    let folder: String
    let error: BundleError

    func text(in language: Language) -> String {
        let heading = language == .ru
            ? "выгрузка «\(folder)» не импортирована, база данных не изменена. Ошибок: \(error.totalCount)"
            : "bundle \"\(folder)\" not imported, the database is unchanged. Errors: \(error.totalCount)"
        return heading + "\n" + error.text(in: language)
    }
}

enum DatabaseFiles {
    /// Removes a database file this command created and could not fill, with the
    /// WAL files SQLite keeps beside it.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
