import ArgumentParser
import Documents
import Foundation
import JournalCore
import JournalStore
import PaperJournal
import ZhurnalCommandLine

/// `zhurnal print journal|summary`: the paper journal pages and the summary
/// sheet as PDF, written whole or not at all.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Бумажные документы в PDF: страницы классного журнала, сводная ведомость.",
        subcommands: [PrintJournalCommand.self, PrintSummaryCommand.self])
}

/// What both documents take: the class and the file.
struct PrintOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("class"), help: ArgumentHelp("Класс (id в выгрузке).", valueName: "ID"))
    var classCode: String

    @Option(help: ArgumentHelp("Файл PDF (целиком или никак: старый файл при ошибке не меняется).", valueName: "ФАЙЛ"))
    var out: String
}

struct PrintSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Сводная ведомость успеваемости и посещаемости класса за учебный год (PDF, A4).")

    @OptionGroup var options: PrintOptions

    func run() throws {
        try reportingErrors(options.global.language) {
            let database = try options.global.openDatabase()
            let document = try PaperMaker.summary(database, classCode: options.classCode, by: .serverOperator,
                                                  footer: try operatorFooter(database))
            try writeDocument(document, to: options.out)
        }
    }
}

/// The footer of a document the server operator prints: the school, now, and
/// that it was the operator (the Unix account), not a journal user.
func operatorFooter(_ database: AppDatabase) throws -> DocumentFooter {
    let school = try database.school()
    return DocumentFooter(school: school.name, printedAt: database.clock.now(in: school.timeZone).russian,
                          printedBy: "оператор сервера (\(NSUserName()))")
}

/// `texts`: shaped text kept across the documents of one loop (`print journal --all`).
func writeDocument(_ document: Document, as format: DocumentFormat = .pdf, to path: String, texts: PDFTextCache? = nil) throws {
    do {
        try DocumentFile.write(document, as: format, to: path, texts: texts)
    } catch let error as DocumentError {
        throw CommandLineError.conflict(Phrase(ru: error.russian, en: error.english))
    }
}
