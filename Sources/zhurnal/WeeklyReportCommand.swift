import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics
import RegionRollup
import ZhurnalCommandLine

/// `zhurnal report weekly --sign KEY`: the school's signed weekly report file
/// for its municipality (docs/region.md).
struct WeeklyReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weekly",
        abstract: "Подписанный недельный отчёт школы для муниципалитета (файл .zhw).",
        discussion: """
            Отчёт — показатели готовности (как report readiness --format json) за последнюю полную неделю \
            к моменту --as-of и недели перед ней, с головой цепочки журнала аудита, подписанные ключом \
            ed25519 директора (ssh-keygen -t ed25519 -N ''). Подпись — формата ssh-keygen -Y sign \
            (назначение zhurnal-weekly): проверяется командой zhurnal region и стандартным ssh-keygen -Y verify. \
            Код школы — настройка school_code (zhurnal settings set school_code КОД) или --school-code.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Закрытый ключ OpenSSH ed25519, которым подписать отчёт.", valueName: "КЛЮЧ"))
    var sign: String

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Момент отчёта: ГГГГ-ММ-ДДTЧЧ:ММ или дата (конец дня); по умолчанию сейчас. "
                               + "Неделя отчёта — последняя, закончившаяся к этому моменту.", valueName: "МОМЕНТ"))
    var asOf: String?

    @Option(help: ArgumentHelp("Файл отчёта; по умолчанию КОД-ГГГГ-Wнн.zhw в текущем каталоге.", valueName: "ФАЙЛ"))
    var out: String?

    @Option(name: .customLong("school-code"), help: ArgumentHelp("Код школы вместо настройки school_code.", valueName: "КОД"))
    var schoolCode: String?

    func run() throws {
        try reportingErrors(global.language) {
            let key = try SigningKey.load(path: sign)
            let database = try global.openDatabase()
            let file = try WeeklyReportMaker(database: database).make(asOf: asOf, schoolCode: schoolCode)
            let path = out ?? WeeklyFile.name(schoolCode: file.school.code, week: file.week)
            try writeTextFile(WeeklyFile.signed(body: file.body, with: key), to: path)
            let ru = global.language == .ru
            Console.print(ru ? "Недельный отчёт за \(file.week) подписан ключом \(key.publicKey.fingerprint): \(path)"
                : "The weekly report of \(file.week) is signed with \(key.publicKey.fingerprint): \(path)")
        }
    }
}

/// The body of a school's weekly report, read from its journal.
struct WeeklyReportMaker {
    let database: AppDatabase

    struct Made {
        var school: WeeklyReportJSON.School
        var week: String
        var body: String
    }

    func make(asOf text: String?, schoolCode override: String?) throws -> Made {
        let school = try database.school()
        let settings = try database.settings()
        let code = override ?? settings.schoolCode
        guard SchoolSettings.isSchoolCode(code) else {
            throw CommandLineError.conflict(code.isEmpty
                ? Phrase(ru: "не задан код школы: zhurnal settings set school_code КОД (код, под которым ключ школы внесён в список муниципалитета) или --school-code КОД",
                         en: "no school code: zhurnal settings set school_code CODE (the code the municipality lists the school's key under) or --school-code CODE")
                : Phrase(ru: "недопустимый код школы «\(code)»: \(SettingKey.schoolCode.allowed.ru)",
                         en: "invalid school code \"\(code)\": \(SettingKey.schoolCode.allowed.en)"))
        }
        let asOf = try text.map { try ReportMoment.asOf($0, timeZone: school.timeZone) } ?? database.clock.now(in: school.timeZone)
        let monday = Self.reportedMonday(asOf: asOf)
        let readiness = try ReadinessSettings(database: database)
        let window = try WeeklyReportJSON.window(weekOf: monday, verdictWeeks: readiness.verdictWeeks, asOf: asOf)
        let report = try ReadinessCalculator(database: database)
            .report(profile: readiness.profile, window: window, verdictWeeks: readiness.verdictWeeks)
        let identity = WeeklyReportJSON.School(code: code, name: school.name)
        let week = monday.isoWeekLabel
        return Made(school: identity, week: week, body: WeeklyReportJSON.render(report, school: identity, week: week,
                                                                                 auditHead: try database.auditHead().description))
    }

    /// The last week that ended by `asOf`: sent on Monday morning, the report
    /// is of the week before; at the very end of Sunday, of that week.
    static func reportedMonday(asOf: SchoolTime) -> SchoolDate {
        let monday = asOf.date.mondayOfWeek
        let endOfWeek = SchoolTime(date: monday.adding(days: 6), second: 86_399)
        return asOf >= endOfWeek ? monday : monday.adding(days: -7)
    }
}
