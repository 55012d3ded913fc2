import ArgumentParser
import Documents
import Foundation
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal archive documents`: a helper process of `archive create` (not
/// shown in the help). It opens the sealed snapshot read-only and prints the
/// archive's PDFs the shared queue hands it, with the footer the archiving
/// process chose, so that every page says the same «напечатано».
struct ArchiveDocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents", abstract: "Печать PDF архива в помощь zhurnal archive create (вручную не запускается).",
        shouldDisplay: false)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Временная папка архива.", valueName: "ПАПКА")) var folder: String
    @Option(help: ArgumentHelp("Снимок базы в этой папке.", valueName: "ФАЙЛ")) var snapshot: String
    @Option(help: ArgumentHelp("Файл очереди документов.", valueName: "ФАЙЛ")) var queue: String
    @Option(name: .customLong("printed-at"), help: ArgumentHelp("Когда напечатано (подвал страниц).", valueName: "ВРЕМЯ"))
    var printedAt: String
    @Option(name: .customLong("printed-by"), help: ArgumentHelp("Кем напечатано (подвал страниц).", valueName: "КТО"))
    var printedBy: String

    func run() throws {
        try reportingErrors(global.language) {
            let sealed = try AppDatabase.openSealedSnapshot(path: snapshot)
            let footer = DocumentFooter(school: try sealed.school().name, printedAt: printedAt, printedBy: printedBy)
            let documents = try ArchiveDocuments.list(sealed, terms: try ArchiveDocuments.terms(sealed))
            try ArchiveDocuments(sealed: sealed, folder: URL(fileURLWithPath: folder), footer: footer)
                .write(documents, taking: try ArchiveWorkQueue(path: queue))
        }
    }
}
