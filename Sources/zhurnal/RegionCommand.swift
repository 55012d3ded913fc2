import ArgumentParser
import CursesBackend
import Documents
import Foundation
import JournalCore
import RegionRollup
import RegionScreens
import TerminalUI
import ZhurnalCommandLine

/// `zhurnal region DIR`: the municipality's roll-up of its schools' signed
/// weekly reports (docs/region.md).
struct RegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region",
        abstract: "Сводка муниципалитета по недельным отчётам школ (*.zhw): проверка подписей, светофор, рейтинг по недобору.",
        discussion: """
            Читает все файлы *.zhw в папке и её подпапках, проверяет подпись каждого по списку ключей школ \
            (формат allowed_signers OpenSSH: «КОД_ШКОЛЫ ssh-ed25519 КЛЮЧ Название»). Файл с неизвестным ключом \
            или изменённый после подписи не засчитывается и показывается отдельно. Без --format — экран; \
            --format csv|xlsx --out ФАЙЛ — та же сводка в файл.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Папка с недельными отчётами школ.", valueName: "ПАПКА"))
    var folder: String

    @Option(help: ArgumentHelp("Список ключей школ; по умолчанию ПАПКА/allowed_signers.", valueName: "ФАЙЛ"))
    var keys: String?

    @Option(help: ArgumentHelp("screen (экран, по умолчанию), csv или xlsx.", valueName: "ФОРМАТ"))
    var format: String = "screen"

    @Option(help: ArgumentHelp("Файл для csv или xlsx.", valueName: "ФАЙЛ"))
    var out: String?

    func run() throws {
        let language = global.language
        try reportingErrors(language) {
            let output = try RegionOutput(format: format, out: out)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw RegionError.folderMissing(path: folder)
            }
            let signers = try AllowedSigners.load(path: keys ?? (folder as NSString).appendingPathComponent("allowed_signers"))
            switch output {
            case .screen:
                try showScreen(signers: signers, language: language)
            case .csv(let path):
                let rollup = try RegionRollup.read(folder: folder, signers: signers)
                try writeTextFile(RegionExport(rollup).csv(language: language), to: path)
                Console.print(written(path, rollup, language))
            case .xlsx(let path):
                let rollup = try RegionRollup.read(folder: folder, signers: signers)
                let now = SchoolTime(instant: Date(), in: .current)
                let document = RegionExport(rollup).document(language: language, printedAt: now.date.russian + " " + now.timeOfDay.text)
                do {
                    try DocumentFile.write(document, as: .xlsx, to: path)
                } catch let error as DocumentError {
                    throw CommandLineError.cannotWrite(path: path, reason: language == .ru ? error.russian : error.english)
                }
                Console.print(written(path, rollup, language))
            }
        }
    }

    /// The first look at once, the whole check behind it (RegionRollup.read).
    private func showScreen(signers: AllowedSigners, language: Language) throws {
        let configuration = CursesConfiguration(language: language == .ru ? .russian : .english)
        let folder = folder
        let firstLook = try RegionRollup.read(folder: folder, signers: signers, firstLook: true)
        let app = RegionApp(backend: CursesBackend(configuration: configuration), rollup: firstLook, language: language) {
            try RegionRollup.read(folder: folder, signers: signers)
        }
        do {
            try app.run()
        } catch let error as TerminalStartError {
            Console.error(error.message(in: configuration.language))
            throw ExitCode.failure
        }
    }

    private func written(_ path: String, _ rollup: RegionRollup, _ language: Language) -> String {
        language == .ru
            ? "Сводка записана в «\(path)»: школ \(rollup.schools.count), файлов \(rollup.fileCount), не засчитано \(rollup.untrusted.count)."
            : "The roll-up is written to \"\(path)\": schools \(rollup.schools.count), files \(rollup.fileCount), not counted \(rollup.untrusted.count)."
    }
}

/// Where the roll-up goes, checked before any file is read.
enum RegionOutput {
    case screen
    case csv(String)
    case xlsx(String)

    init(format: String, out: String?) throws {
        switch format {
        case "screen":
            self = .screen
        case "csv", "xlsx":
            guard let out else {
                throw CommandLineError.conflict(Phrase(ru: "для --format \(format) нужен --out ФАЙЛ", en: "--format \(format) needs --out FILE"))
            }
            self = format == "csv" ? .csv(out) : .xlsx(out)
        default:
            throw CommandLineError.invalidChoice(option: "--format", value: format, allowed: ["screen", "csv", "xlsx"])
        }
    }
}
