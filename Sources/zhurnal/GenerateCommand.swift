import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import SchoolGenerator
import ZhurnalCommandLine

/// `zhurnal generate`: a realistic school with its journal, for demonstrations,
/// training and measurements.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Создать демонстрационную школу с журналом и записать её в базу.",
        discussion: """
            Размеры: small — 75 учеников, 3 класса, 8 учителей; medium — 500, 20, 35; large — 2000, 80, 110; \
            huge — 5000, 200, 260. Без --weeks журнал заполняется по сегодняшний день (уроки после текущего \
            момента остаются пустыми); с --weeks все уроки считаются прошедшими. В школе есть группы (английский \
            со 2 класса и информатика с 7 — в двух группах, факультатив двух классов, кружки), переводы учеников \
            по приказам, замены и официальные праздники; первая четверть закрыта, если журнал ушёл дальше неё. \
            Пароль каждой учётной записи демо-школы совпадает с логином.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Размер школы: small, medium, large или huge.", valueName: "РАЗМЕР"))
    var size: SchoolSize

    @Option(help: ArgumentHelp("Зерно: одно и то же зерно даёт ту же школу.", valueName: "N"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Первый день уроков (по умолчанию 1 сентября текущего учебного года).", valueName: "ГГГГ-ММ-ДД"))
    var start: String?

    @Option(help: ArgumentHelp("Сколько учебных недель заполнить (по умолчанию — по сегодняшний день).", valueName: "N"))
    var weeks: Int?

    @Flag(help: "Заменить школу, уже записанную в базе.")
    var replace = false

    func run() throws {
        try reportingErrors(global.language) {
            let generator = try makeGenerator(now: SchoolNow.now)
            try refuseToOverwrite()
            let school = try GeneratedSchool.make(generator, into: global.databasePath, replace: replace)
            school.summary.forEach(Console.print)
            Console.print("База данных: \(global.databasePath)")
        }
    }

    /// Says so before the long generation, not after, when the file is not a
    /// journal (another program's database) or already holds a school and
    /// --replace is missing.
    private func refuseToOverwrite() throws {
        guard FileManager.default.fileExists(atPath: global.databasePath) else { return }
        let database = try global.openDatabase(create: true)
        if !replace, (try? database.school()) != nil { throw StoreError.notEmpty }
    }

    func makeGenerator(now: SchoolTime) throws -> SchoolGenerator {
        var startDate = SchoolGenerator.defaultStart(today: now.date)
        if let start { startDate = try SchoolDate(parsing: start) }
        if let weeks {
            guard weeks >= 1 else {
                throw JournalError.other(Phrase(ru: "--weeks \(weeks): нужна хотя бы одна учебная неделя",
                                                en: "--weeks \(weeks): at least one school week is needed"))
            }
            return SchoolGenerator(size: size, seed: seed, start: startDate, weeks: weeks)
        }
        let begun = SchoolGenerator.weeksBegun(from: startDate, through: now.date)
        guard begun > 0 else {
            throw JournalError.other(Phrase(ru: "с \(startDate.russian) по сегодняшний день нет учебных недель: укажите --weeks",
                                            en: "no school weeks from \(startDate.iso) to today: give --weeks"))
        }
        return SchoolGenerator(size: size, seed: seed, start: startDate, weeks: begun, asOf: now)
    }
}
