import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal plan import|check`: the teachers' КТП against the curriculum.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "КТП учителей: загрузка из CSV и проверка часов по учебному плану.",
        subcommands: [PlanImportCommand.self, PlanCheckCommand.self])
}

struct PlanImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Загрузить КТП класса или группы по предмету из CSV (заменяет прежний КТП целиком).",
        discussion: """
            Файл — CSV из таблицы: разделитель «;» или «,», кодировка UTF-8 (с BOM или без) или Windows-1251. \
            Столбцы: с заголовком — «Тема» и «Часы» (остальные, например «№» и «Дата», не читаются); \
            без заголовка — тема;часы или №;тема;часы. Порядок строк — порядок тем. \
            Загрузка от имени учителя --teacher и с его правами: КТП своего предмета в своём классе. \
            При любой ошибке не сохраняется ничего, и каждая ошибка названа как файл:строка.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("CSV-файл с темами.", valueName: "ФАЙЛ")) var file: String
    @Option(name: .customLong("class"), help: ArgumentHelp("Класс (код из выгрузки, например 5a).", valueName: "КОД")) var classCode: String?
    @Option(name: .customLong("group"), help: ArgumentHelp("Группа (код из выгрузки).", valueName: "КОД")) var groupCode: String?
    @Option(name: .customLong("subject"), help: ArgumentHelp("Предмет (код из выгрузки).", valueName: "КОД")) var subjectCode: String
    @Option(name: .customLong("teacher"), help: ArgumentHelp("Логин учителя, чей это КТП.", valueName: "ЛОГИН")) var teacher: String

    func run() throws {
        try reportingErrors(global.language) {
            let db = try global.openDatabase()
            guard let user = try db.actingUser(login: teacher) else {
                throw JournalError.notFound(Phrase(ru: "учётная запись «\(teacher)»", en: "account \"\(teacher)\""))
            }
            let unit = try db.planUnit(classCode: classCode, groupCode: groupCode, subjectCode: subjectCode)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw JournalError.other(Phrase(ru: "не удалось прочитать файл «\(file)»", en: "cannot read \"\(file)\""))
            }
            let topics = try PlanFile.parse([UInt8](data), fileName: (file as NSString).lastPathComponent)
            let saved = try db.editPlan(unit, .replace(topics), by: .user(user))
            let hours = saved.reduce(0) { $0 + $1.hours }
            Console.print(global.t("КТП загружен: тем \(saved.count), часов \(hours).", "Plan imported: \(saved.count) topics, \(hours) hours."))
        }
    }
}

struct PlanCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Проверка «часы КТП = часы учебного плана × недели»: где КТП нет или часы не сходятся.",
        discussion: "Недель в году: 33 в первом классе, 34 в остальных. Код выхода 0, если расхождений нет, и 1, если есть.")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Вид вывода: text или json.", valueName: "ВИД")) var format: String = "text"
    @Flag(name: .customLong("all"), help: "Показать все строки учебного плана, а не только расхождения.") var all = false

    func run() throws {
        try reportingErrors(global.language) {
            guard ["text", "json"].contains(format) else {
                throw JournalError.other(Phrase(ru: "неизвестный вид вывода «\(format)»: нужен text или json",
                                                en: "unknown format \"\(format)\": text or json"))
            }
            let lines = try global.openDatabase().planOverview(problemsOnly: !all, by: .serverOperator)
            if format == "json" {
                Console.print(try PlanCheckJSON.text(lines))
            } else {
                printText(lines)
            }
            if lines.contains(where: \.status.isProblem) { throw ExitCode.failure }
        }
    }

    private func printText(_ lines: [PlanOverviewLine]) {
        let ru = global.language == .ru
        guard !lines.isEmpty else {
            return Console.print(global.t("Расхождений нет: у каждой строки учебного плана есть КТП, и часы сходятся.",
                                          "No problems: every curriculum line has a plan with the right hours."))
        }
        let rows = lines.map { l in
            [l.ownerName, l.subjectName, l.weeklyHours?.text.withDecimalComma ?? "—", l.expectedHours.map(String.init) ?? "—",
             l.topicCount == 0 ? "—" : String(l.planHours), l.teachers.joined(separator: ", "), l.status.title.text(in: global.language)]
        }
        Console.print(TextTable(header: ru ? ["Класс", "Предмет", "Ч/нед", "Нужно", "В КТП", "Учитель", "Итог"]
                                           : ["Class", "Subject", "H/wk", "Needed", "In plan", "Teacher", "Verdict"], rows: rows).text)
        let problems = lines.filter(\.status.isProblem).count
        Console.print(global.t("Расхождений: \(problems).", "Problems: \(problems)."))
    }
}

/// The check as JSON, one object a line of the curriculum.
enum PlanCheckJSON {
    struct Line: Encodable {
        var owner: String
        var subject: String
        var weekly_hours: String?
        var expected_hours: Int?
        var plan_hours: Int
        var topics: Int
        var teachers: [String]
        var status: String
    }

    static func text(_ lines: [PlanOverviewLine]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(lines.map {
            Line(owner: $0.ownerName, subject: $0.subjectName, weekly_hours: $0.weeklyHours?.text, expected_hours: $0.expectedHours,
                 plan_hours: $0.planHours, topics: $0.topicCount, teachers: $0.teachers, status: $0.status.rawValue)
        })
        return String(decoding: data, as: UTF8.self)
    }
}
