import ArgumentParser
import ControlReports
import Documents
import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics
import ZhurnalCommandLine

/// The options every control report takes (issue 14: `zhurnal report
/// marks-count|... [--class ID] ... --format text|json|csv|xlsx|pdf [--out FILE]`).
struct ControlReportOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("class"), help: ArgumentHelp("Класс (id в выгрузке).", valueName: "ID"))
    var classCode: String?

    @Option(name: .customLong("group"), help: ArgumentHelp("Группа (id в выгрузке).", valueName: "ID"))
    var groupCode: String?

    @Option(name: .customLong("teacher"), help: ArgumentHelp("Учитель (логин).", valueName: "ЛОГИН"))
    var teacherLogin: String?

    @Option(name: .customLong("subject"), help: ArgumentHelp("Предмет (id в выгрузке).", valueName: "ID"))
    var subjectCode: String?

    @OptionGroup var window: ReportWindowOptions

    @Option(help: ArgumentHelp("Формат: text, json, csv, xlsx или pdf (xlsx и pdf — только в файл --out).", valueName: "ФОРМАТ"))
    var format: String = "text"

    @Option(help: ArgumentHelp("Записать в файл (целиком или никак: старый файл при ошибке не меняется).", valueName: "ФАЙЛ"))
    var out: String?

    @Option(help: ArgumentHelp("Для csv: какую таблицу отчёта вывести (по умолчанию первую, rows).", valueName: "ТАБЛИЦА"))
    var table: String?
}

enum ControlReportFormat: String, CaseIterable {
    case text, json, csv, xlsx, pdf
}

/// One subcommand per report; they differ only in which report they make.
protocol ControlReportCommand: ParsableCommand {
    static var kind: ReportKind { get }
    var options: ControlReportOptions { get }
}

extension ControlReportCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: kind.rawValue, abstract: kind.title.ru + ".",
                             discussion: "По умолчанию: текущий учебный период до сегодняшнего дня, момент — сейчас. Описание JSON — docs/reports.md.")
    }

    func run() throws {
        try reportingErrors(options.global.language) {
            try ControlReportRun(options: options, kind: Self.kind).run()
        }
    }
}

struct MarksCountCommand: ControlReportCommand {
    static let kind = ReportKind.marksCount
    @OptionGroup var options: ControlReportOptions
}

struct JournalKeepingCommand: ControlReportCommand {
    static let kind = ReportKind.journalKeeping
    @OptionGroup var options: ControlReportOptions
}

struct ProgrammeCommand: ControlReportCommand {
    static let kind = ReportKind.programme
    @OptionGroup var options: ControlReportOptions
}

struct ProgressCommand: ControlReportCommand {
    static let kind = ReportKind.progress
    @OptionGroup var options: ControlReportOptions
}

struct AttendanceReportCommand: ControlReportCommand {
    static let kind = ReportKind.attendance
    @OptionGroup var options: ControlReportOptions
}

struct AnomaliesCommand: ControlReportCommand {
    static let kind = ReportKind.anomalies
    @OptionGroup var options: ControlReportOptions
}

struct ActivityCommand: ControlReportCommand {
    static let kind = ReportKind.activity
    @OptionGroup var options: ControlReportOptions
}

struct SubstitutionsCommand: ControlReportCommand {
    static let kind = ReportKind.substitutions
    @OptionGroup var options: ControlReportOptions
}

/// One run: options checked before the database is opened, the report made
/// as the server operator, written whole or not at all.
struct ControlReportRun {
    let options: ControlReportOptions
    let kind: ReportKind

    func run() throws {
        guard let format = ControlReportFormat(rawValue: options.format) else {
            throw CommandLineError.invalidChoice(option: "--format", value: options.format,
                                                 allowed: ControlReportFormat.allCases.map(\.rawValue))
        }
        if format == .xlsx || format == .pdf, options.out == nil {
            throw CommandLineError.conflict(Phrase(ru: "для формата \(format.rawValue) нужен файл: --out ФАЙЛ",
                                                   en: "the \(format.rawValue) format needs a file: --out FILE"))
        }
        let database = try options.global.openDatabase()
        let periods = try database.periods(ofYearHolding: options.window.period).map(\.period)
        let window = try options.window.resolve(database, periods: periods)
        let period = options.window.period
        let codes = ReportScopeCodes(classCode: options.classCode, groupCode: options.groupCode, teacherLogin: options.teacherLogin,
                                     subjectCode: options.subjectCode,
                                     periodCode: period.flatMap { code in periods.contains { $0.code == code } ? code : nil })
        let scope = try database.reportScope(codes, from: window.from, to: window.to, asOf: window.asOf)
        var request = ControlReportRequest(kind: kind, scope: scope, codes: codes,
                                           periodName: period.map { code in periods.first { $0.code == code }?.name ?? code })
        request.codes.periodCode = period
        let report = try ControlReportMaker.make(request, database: database, by: .serverOperator)
        try write(report, format: format, footer: try operatorFooter(database))
        KeptUntilExit.shared.keep(report)
    }

    private func write(_ report: ControlReport, format: ControlReportFormat, footer: DocumentFooter) throws {
        switch format {
        case .text, .json:
            guard let out = options.out else {
                return format == .text ? Console.write(ControlReportFormats.text(report)) : Console.data(ControlReportFormats.json(report))
            }
            try writeFile(out) { file in
                if format == .text { ControlReportFormats.text(report, in: file.append) } else { ControlReportFormats.json(report, in: file.append) }
            }
        case .csv:
            guard let csv = ControlReportFormats.csv(report, table: options.table) else {
                throw CommandLineError.invalidChoice(option: "--table", value: options.table ?? "",
                                                     allowed: report.tables.map(\.name))
            }
            guard let out = options.out else { return Console.data(csv) }
            try writeFile(out) { $0.append(csv) }
        case .xlsx, .pdf:
            let document = ControlReportFormats.document(report, footer: footer)
            try writeDocument(document, as: format == .pdf ? .pdf : .xlsx, to: options.out ?? "")
        }
    }

    /// The file whole or not at all, written as the report is made (18 MB for «Замечания»).
    private func writeFile(_ out: String, _ body: (TextFileWriter) -> Void) throws {
        do {
            let file = try TextFileWriter(path: out)
            body(file)
            try file.finish()
        } catch let error as DocumentError {
            throw CommandLineError.conflict(Phrase(ru: error.russian, en: error.english))
        }
    }
}
