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
            let school = try database.school()
            let code = try schoolCode ?? database.settings().schoolCode
            try Self.check(schoolCode: code)
            let moment = try asOf.map { try ReportMoment.asOf($0, timeZone: school.timeZone) } ?? database.clock.now(in: school.timeZone)
            let file = try WeeklyReportJSON.make(database: database, schoolCode: code, asOf: moment)
            let path = out ?? WeeklyFile.name(schoolCode: code, week: file.week)
            try writeTextFile(WeeklyFile.signed(body: file.body, with: key), to: path)
            let ru = global.language == .ru
            Console.print(ru ? "Недельный отчёт за \(file.week) подписан ключом \(key.publicKey.fingerprint): \(path)"
                : "The weekly report of \(file.week) is signed with \(key.publicKey.fingerprint): \(path)")
        }
    }

    private static func check(schoolCode code: String) throws {
        guard !SchoolSettings.isSchoolCode(code) else { return }
        throw CommandLineError.conflict(code.isEmpty
            ? Phrase(ru: "не задан код школы: zhurnal settings set school_code КОД (код, под которым ключ школы внесён в список муниципалитета) или --school-code КОД",
                     en: "no school code: zhurnal settings set school_code CODE (the code the municipality lists the school's key under) or --school-code CODE")
            : Phrase(ru: "недопустимый код школы «\(code)»: \(SettingKey.schoolCode.allowed.ru)",
                     en: "invalid school code \"\(code)\": \(SettingKey.schoolCode.allowed.en)"))
    }
}
