import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import SchoolBundle
import ZhurnalCommandLine

/// `zhurnal export DIR [--excel]`: writes the school as a bundle.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Выгрузить школу в каталог CSV-файлов формата 2 (см. docs/bundle.md).",
        discussion: """
            Каталог создаётся, если его нет. Существующий каталог должен быть пуст или \
            содержать только прежнюю выгрузку; в каталог с другими файлами выгрузка не пишется. \
            Новая выгрузка пишется целиком рядом и встаёт на место прежней, только когда записана \
            вся: при ошибке (нет места на диске) прежняя остаётся как была. Две выгрузки одних \
            и тех же данных совпадают байт в байт.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Каталог, куда записать выгрузку.", valueName: "КАТАЛОГ"))
    var folder: String

    @Flag(name: .long, help: "Для Excel: с BOM и переводами строк CRLF.")
    var excel = false

    func run() throws {
        let language = global.language
        try reportingErrors(language) {
            let snapshot = try global.openDatabase().snapshot(by: .serverOperator)
            try BundleWriter(options: BundleWriter.Options(excel: excel)).write(snapshot, to: URL(fileURLWithPath: folder))
            let heading = language == .ru ? "Выгружено в «\(folder)»:\n" : "Exported to \"\(folder)\":\n"
            Console.print(heading + BundleSummary(snapshot).text(in: language))
        }
    }
}
