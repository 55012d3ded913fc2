import ArgumentParser
import Documents
import Foundation
import JournalCore
import JournalStore
import PaperJournal
import ZhurnalCommandLine

struct PrintJournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Страницы классного журнала класса или группы по предмету за период (PDF, A4).",
        discussion: """
            С --all — журналы всех классов и групп по всем предметам, у которых в периоде есть уроки: \
            по файлу на каждый в папку --out (КЛАСС-ГРУППА-ПРЕДМЕТ-ПЕРИОД.pdf).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("class"), help: ArgumentHelp("Класс (id в выгрузке).", valueName: "ID"))
    var classCode: String?

    @Option(name: .customLong("group"), help: ArgumentHelp("Группа этого класса (id в выгрузке).", valueName: "ID"))
    var groupCode: String?

    @Option(name: .customLong("subject"), help: ArgumentHelp("Предмет (id в выгрузке).", valueName: "ID"))
    var subjectCode: String?

    @Option(help: ArgumentHelp("Учебный период по коду (q1, q2, ..., year).", valueName: "КОД"))
    var period: String

    @Flag(help: "Журналы всех классов и групп по всем предметам за период, в папку --out.")
    var all = false

    @Option(help: ArgumentHelp("Файл PDF (с --all — папка); целиком или никак: старый файл при ошибке не меняется.",
                               valueName: "ФАЙЛ"))
    var out: String

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            let footer = try operatorFooter(database)
            if all {
                guard classCode == nil, groupCode == nil, subjectCode == nil else {
                    throw CommandLineError.conflict(Phrase(ru: "--all печатает все журналы: --class, --group и --subject с ним не указывают",
                                                           en: "--all prints every journal: --class, --group and --subject do not go with it"))
                }
                try printAll(database, footer: footer)
                return
            }
            guard let subjectCode, classCode != nil || groupCode != nil else {
                throw CommandLineError.conflict(Phrase(ru: "укажите --class (или --group) и --subject, либо --all",
                                                       en: "give --class (or --group) and --subject, or --all"))
            }
            let document = try PaperMaker.journal(database, classCode: classCode, groupCode: groupCode, subjectCode: subjectCode,
                                                  periodCode: period, by: .serverOperator, footer: footer)
            try writeDocument(document, to: out)
        }
    }

    /// One file per unit with lessons in the period, each written whole; the
    /// documents are made one at a time, so memory holds one journal (and the
    /// text shaped for the earlier ones, which the next reuse).
    private func printAll(_ database: AppDatabase, footer: DocumentFooter) throws {
        let units = try PaperMaker.journalUnits(database, periodCode: period)
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw CommandLineError.conflict(Phrase(ru: "не удалось создать папку «\(out)»: \(error.localizedDescription)",
                                                   en: "cannot create the folder \"\(out)\": \(error.localizedDescription)"))
        }
        var written = 0
        let texts = PDFTextCache()
        for unit in units {
            let document = try PaperMaker.journal(database, classCode: unit.classCode, groupCode: unit.groupCode,
                                                  subjectCode: unit.subjectCode, periodCode: period, by: .serverOperator, footer: footer)
            try writeDocument(document, to: URL(fileURLWithPath: out).appendingPathComponent(unit.fileName(period: period)).path,
                              texts: texts)
            written += 1
        }
        Console.print("Журналов напечатано: \(written), папка: \(out)")
    }
}
