import ArgumentParser
import Documents
import JournalScreens
import JournalCore
import JournalStore
import PaperJournal
import ZhurnalCommandLine

/// `zhurnal people slips`: the access slips of a class as a PDF, as the
/// secretary's F8 makes them; every code on them is new.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people", abstract: "Ученики и сотрудники: реквизиты доступа класса (PDF).",
        subcommands: [PeopleSlipsCommand.self])
}

struct PeopleSlipsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slips",
        abstract: "Реквизиты доступа класса: по листку на ученика и родителя с логином и НОВЫМ одноразовым кодом (PDF, A4).",
        discussion: "Прежние коды и пароли этих учётных записей перестают действовать. С --with-parents ученикам без родителя сначала создаются учётные записи родителей.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("class"), help: ArgumentHelp("Класс (id в выгрузке).", valueName: "ID"))
    var classCode: String

    @Option(help: ArgumentHelp("Файл PDF (целиком или никак).", valueName: "ФАЙЛ"))
    var out: String

    @Option(help: ArgumentHelp("На какой день брать список класса, ГГГГ-ММ-ДД (по умолчанию сегодня).", valueName: "ДАТА"))
    var date: String?

    @Flag(name: .customLong("with-parents"), help: "Создать учётные записи родителей тем ученикам, у кого их нет.")
    var withParents = false

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            let day = try date.map { try SchoolDate(parsing: $0) } ?? database.schoolToday()
            if withParents { _ = try database.createParentAccounts(class: classCode, on: day, by: .serverOperator) }
            let sheet = try database.issueAccessSlips(class: classCode, on: day, by: .serverOperator)
            guard !sheet.slips.isEmpty else {
                throw CommandLineError.conflict(Phrase(ru: "в классе «\(classCode)» на \(day.russian) нет учеников: печатать нечего",
                                                       en: "class \"\(classCode)\" has no students on \(day.iso)"))
            }
            try writeDocument(AccessSlips.document(sheet, footer: try operatorFooter(database)), to: out)
            Console.print(global.t("Реквизиты класса \(sheet.className): \(sheet.slips.count) листков, файл \(out).",
                                   "Access slips of \(sheet.className): \(sheet.slips.count), file \(out)."))
        }
    }
}

/// The terminal interface's way to paper: the slips' PDF into the user's
/// reports folder (and to the school's printer, when one is set).
final class PaperSlipDesk: AccessSlipDesk {
    let database: AppDatabase

    init(database: AppDatabase) {
        self.database = database
    }

    func deliver(_ sheet: AccessSlipSheet, for user: ActingUser) throws -> Phrase {
        let school = try database.school()
        let now = database.clock.now(in: school.timeZone)
        let footer = DocumentFooter(school: school.name, printedAt: now.russian, printedBy: "\(user.fullName) (\(user.login))")
        let document = AccessSlips.document(sheet, footer: footer)
        let root = ReportFolder.default(databasePath: database.path)
        do {
            return try PaperDelivery.deliver(document, fileName: AccessSlips.fileName(className: sheet.className, on: now.date), root: root,
                                             login: user.login, printer: try database.settings().printer).phrase
        } catch let error as DocumentError {
            throw JournalError.other(Phrase(ru: error.russian, en: error.english))
        }
    }
}
