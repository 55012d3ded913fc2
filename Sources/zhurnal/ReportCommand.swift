import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics
import ZhurnalCommandLine

/// `zhurnal report ...`: the school's control reports.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Отчёты для администрации.",
        subcommands: [ReadinessReportCommand.self, MarksCountCommand.self, JournalKeepingCommand.self, ProgrammeCommand.self,
                      ProgressCommand.self, AttendanceReportCommand.self, AnomaliesCommand.self, ActivityCommand.self,
                      SubstitutionsCommand.self, WeeklyReportCommand.self])
}

/// `zhurnal report readiness`: the readiness indicators of readiness.md.
struct ReadinessReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "Показатели готовности к безбумажному журналу (ББЖ), по неделям, с вердиктом.",
        discussion: """
            По умолчанию: профиль из настройки default_profile, текущий учебный период до сегодняшнего дня, \
            момент — сейчас. Пример: zhurnal report readiness --period q1 --as-of 2024-10-28T12:00 --by teacher
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Встроенный профиль: kchr, mo, crimea.", valueName: "ПРОФИЛЬ"))
    var profile: String?

    @Option(name: .customLong("profile-file"), help: ArgumentHelp("Свой профиль из JSON-файла.", valueName: "ФАЙЛ"))
    var profileFile: String?

    @OptionGroup var window: ReportWindowOptions

    @Option(help: ArgumentHelp("Разбивка: class, teacher или subject.", valueName: "ПРИЗНАК"))
    var by: String?

    @Option(help: ArgumentHelp("Формат: text, json или csv.", valueName: "ФОРМАТ"))
    var format: String = "text"

    @Option(help: ArgumentHelp("Перечислить, что стоит за недобором показателя (уроки, записи, ученики...).",
                               valueName: "ПОКАЗАТЕЛЬ"))
    var items: String?

    @Option(help: ArgumentHelp("Сколько строк --items вывести.", valueName: "N"))
    var limit: Int = 50

    func run() throws {
        try reportingErrors(global.language) {
            let options = try ReadinessCommandOptions(self)
            let database = try global.openDatabase()
            let request = try options.request(database)
            let report = try ReadinessReportPrinter(database: database, language: global.language).render(request)
            if request.format == .text { Console.write(report) } else { Console.data(report) }
        }
    }
}

/// The command's options, checked before the database is opened.
struct ReadinessCommandOptions {
    var format: ReadinessOutputFormat
    var dimension: BreakdownDimension?
    var itemsKey: IndicatorKey?
    var command: ReadinessReportCommand

    init(_ command: ReadinessReportCommand) throws {
        self.command = command
        guard let format = ReadinessOutputFormat(rawValue: command.format) else {
            throw CommandLineError.invalidChoice(option: "--format", value: command.format, allowed: ["text", "json", "csv"])
        }
        self.format = format
        if let by = command.by {
            guard let dimension = BreakdownDimension(rawValue: by) else {
                throw CommandLineError.invalidChoice(option: "--by", value: by, allowed: BreakdownDimension.allCases.map(\.rawValue))
            }
            self.dimension = dimension
        }
        if let items = command.items {
            guard let key = IndicatorKey(rawValue: items) else {
                throw CommandLineError.invalidChoice(option: "--items", value: items, allowed: IndicatorKey.allCases.map(\.rawValue))
            }
            itemsKey = key
        }
        if command.profile != nil && command.profileFile != nil {
            throw CommandLineError.conflict(Phrase(ru: "укажите либо --profile, либо --profile-file, но не оба",
                                                   en: "give either --profile or --profile-file, not both"))
        }
        guard command.limit >= 0 else {
            throw CommandLineError.invalidChoice(option: "--limit", value: String(command.limit), allowed: ["0, 1, 2, ..."])
        }
    }

    func request(_ database: AppDatabase) throws -> ReadinessPrintRequest {
        let window = try command.window.resolve(database, periods: try database.periods(ofYearHolding: command.window.period).map(\.period))
        let profile: ReadinessProfile
        if let file = command.profileFile {
            profile = try ReadinessProfile.load(file: file)
        } else if let name = command.profile {
            profile = try ReadinessProfile.builtIn(named: name)
        } else {
            profile = try ReadinessSettings.defaultProfile(database)
        }
        return ReadinessPrintRequest(profile: profile, window: window, verdictWeeks: try ReadinessSettings.verdictWeeks(database),
                                     format: format, dimension: dimension, itemsKey: itemsKey, limit: command.limit)
    }
}

enum ReadinessOutputFormat: String {
    case text, json, csv
}

/// The window every report takes: a period by its code, or dates, seen as of
/// a moment; by default the current period up to today, as of now.
struct ReportWindowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Первый день окна, ГГГГ-ММ-ДД.", valueName: "ДАТА"))
    var from: String?

    @Option(help: ArgumentHelp("Последний день окна, ГГГГ-ММ-ДД.", valueName: "ДАТА"))
    var to: String?

    @Option(help: ArgumentHelp("Учебный период по коду (q1, q2, ..., year) вместо --from/--to.", valueName: "КОД"))
    var period: String?

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Момент, на который смотреть журнал: ГГГГ-ММ-ДДTЧЧ:ММ[:СС][+03:00] или дата (конец дня).",
                               valueName: "МОМЕНТ"))
    var asOf: String?

    func resolve(_ database: AppDatabase, periods: [Period]) throws -> ReadinessWindow {
        let timeZone = try database.school().timeZone
        let asOf = try self.asOf.map { try ReportMoment.asOf($0, timeZone: timeZone) } ?? database.clock.now(in: timeZone)
        let choice = WindowChoice(from: try from.map(ReportMoment.date), to: try to.map(ReportMoment.date), periodCode: period)
        return try choice.resolve(periods: periods, asOf: asOf)
    }
}
