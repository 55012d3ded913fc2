import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal archive create|sign|verify`: the year's sealed archive (docs/year-end.md).
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive", abstract: "Архив учебного года: снимок базы, выгрузка, PDF и манифест с хэшами; подпись и проверка.",
        subcommands: [ArchiveCreateCommand.self, ArchiveSignCommand.self, ArchiveVerifyCommand.self, ArchiveDocumentsCommand.self])
}

struct ArchiveCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Создать архив учебного года в новой (или пустой) папке.",
        discussion: """
            В папке: снимок базы только для чтения (zhurnal-ГОД.sqlite), выгрузка формата 2 (bundle/), \
            сводные ведомости классов (summary/) и страницы журнала каждого класса и группы по каждому предмету \
            за каждый период (journal/ПЕРИОД/), manifest.txt с SHA-256 каждого файла и головой цепочки аудита. \
            Архив пишется во временную папку рядом и встаёт на место целиком: половины архива не бывает.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Папка архива: её нет или она пуста.", valueName: "ПАПКА")) var folder: String
    @Option(help: ArgumentHelp("Учебный год, который хранит база (2026/2027; можно и прошлый).", valueName: "ГОД")) var year: String
    @Option(help: ArgumentHelp("Сколько процессов печатают PDF (по умолчанию — по числу ядер процессора).", valueName: "N"))
    var workers: Int?

    func validate() throws {
        if let workers, workers < 1 {
            throw ValidationError(global.t("--workers — число от 1", "--workers is a number from 1"))
        }
    }

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            let years = try database.academicYears().map(\.code)
            guard let held = years.first(where: { AcademicYearLabel.same(year, $0) }) else {
                let list = years.joined(separator: ", ")
                throw CommandLineError.conflict(Phrase(ru: "в базе нет учебного года \(year) (есть: \(list)): архив делается из года, который хранит база",
                                                       en: "the database holds no academic year \(year) (it has: \(list)): an archive is made of a year the database holds"))
            }
            let made = try ArchiveFolder(target: folder).create { temporary in
                var maker = ArchiveMaker(database: database, folder: temporary, academicYear: held, language: global.language)
                if let workers { maker.workers = workers }
                return try maker.make()
            }
            Console.print(global.t("Архив учебного года \(held) записан в «\(folder)»: файлов \(made.entries.count), голова цепочки аудита \(made.auditHead).",
                                   "The archive of \(held) is written to \"\(folder)\": \(made.entries.count) files, audit chain head \(made.auditHead)."))
            Console.print(global.t("Подписать манифест: zhurnal archive sign \(folder) --key КЛЮЧ (или ssh-keygen -Y sign -f КЛЮЧ -n \(ArchiveSigning.namespace) \(folder)/\(ArchiveManifest.fileName)).",
                                   "Sign the manifest: zhurnal archive sign \(folder) --key KEY (or ssh-keygen -Y sign -f KEY -n \(ArchiveSigning.namespace) \(folder)/\(ArchiveManifest.fileName))."))
        }
    }
}

struct ArchiveSignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign", abstract: "Подписать манифест архива SSH-ключом директора (ssh-keygen -Y sign).",
        discussion: """
            То же самое без zhurnal: ssh-keygen -Y sign -f КЛЮЧ -n zhurnal-archive ПАПКА/manifest.txt — \
            рядом появится manifest.txt.sig.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Папка архива.", valueName: "ПАПКА")) var folder: String
    @Option(help: ArgumentHelp("Закрытый SSH-ключ (тот, которым заходят на сервер).", valueName: "ФАЙЛ")) var key: String

    func run() throws {
        try reportingErrors(global.language) {
            let manifest = URL(fileURLWithPath: folder).appendingPathComponent(ArchiveManifest.fileName).path
            guard FileManager.default.fileExists(atPath: manifest) else {
                throw CommandLineError.conflict(Phrase(ru: "в папке «\(folder)» нет \(ArchiveManifest.fileName): это не архив zhurnal",
                                                       en: "the folder \"\(folder)\" has no \(ArchiveManifest.fileName): not a zhurnal archive"))
            }
            try ArchiveSigning.sign(manifest: manifest, key: key)
            Console.print(global.t("Манифест подписан: \(manifest).sig", "The manifest is signed: \(manifest).sig"))
        }
    }
}

struct ArchiveVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Проверить архив: хэши файлов, состав папки, цепочку аудита снимка и подпись.",
        discussion: """
            Называет каждый изменённый, добавленный и удалённый файл. С --allowed-signers и --signer проверяет \
            и подпись манифеста (ssh-keygen -Y verify). Код выхода 0 — архив цел, 1 — нет.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Папка архива.", valueName: "ПАПКА")) var folder: String
    @Option(name: .customLong("allowed-signers"), help: ArgumentHelp("Файл allowed_signers ssh-keygen.", valueName: "ФАЙЛ"))
    var allowedSigners: String?
    @Option(help: ArgumentHelp("Кто подписал (как в allowed_signers).", valueName: "ИМЯ")) var signer: String?

    func validate() throws {
        guard (allowedSigners == nil) == (signer == nil) else {
            throw ValidationError(global.t("--allowed-signers и --signer указываются вместе", "--allowed-signers and --signer go together"))
        }
    }

    func run() throws {
        try reportingErrors(global.language) {
            let signature = allowedSigners.map { ArchiveSignature(allowedSigners: $0, signer: signer ?? "") }
            let report = try ArchiveVerifier(folder: URL(fileURLWithPath: folder)).verify(signature: signature)
            let lines = report.lines(in: global.language)
            guard report.isIntact else {
                Console.error(lines.joined(separator: "\n"))
                throw ExitCode.failure
            }
            Console.print(lines.joined(separator: "\n"))
        }
    }
}

/// «2026/2027», «2026-2027» and «2026/27» name the same year.
enum AcademicYearLabel {
    static func firstYear(_ text: String) -> Int? {
        Int(text.trimmingCharacters(in: .whitespaces).prefix(4))
    }

    static func same(_ asked: String, _ held: String) -> Bool {
        guard let a = firstYear(asked), let b = firstYear(held) else { return asked == held }
        return a == b
    }
}
