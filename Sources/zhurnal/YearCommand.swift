import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal year check|marks|close|reopen|promote|new|confirm`: the year's end and the next year's start (docs/year-end.md).
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year", abstract: "Конец учебного года: что мешает закрыть год, годовые отметки, закрытие и открытие года, перевод учащихся по приказу, новый год.",
        subcommands: [YearCheckCommand.self, YearMarksCommand.self, YearCloseCommand.self, YearReopenCommand.self, YearPromoteCommand.self,
                      YearNewCommand.self, YearConfirmCommand.self])
}

struct YearCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Список закрытия года: что ещё мешает закрыть учебный год.",
        discussion: """
            Ученики без годовой отметки по предметам учебного плана, без итоговых за периоды, незакрытые \
            периоды, уроки последних двух учебных недель без записей, расхождения часов КТП. \
            Код выхода 0, если список пуст, и 1, если в нём что-то есть.
            """)
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Вид вывода: text или json.", valueName: "ВИД")) var format: String = "text"

    func run() throws {
        try reportingErrors(global.language) {
            guard ["text", "json"].contains(format) else {
                throw CommandLineError.invalidChoice(option: "--format", value: format, allowed: ["text", "json"])
            }
            let checklist = try global.openDatabase().yearEndChecklist(by: .serverOperator)
            if format == "json" {
                Console.print(try YearCheckJSON.text(checklist))
            } else {
                Console.print(YearCheckText.text(checklist, language: global.language))
            }
            if !checklist.isEmpty { throw ExitCode.failure }
        }
    }
}

struct YearCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Закрыть учебный год: все периоды закрываются, ничего в году больше не меняется.",
        discussion: """
            Пока список «zhurnal year check» не пуст, год не закрывается. С --force год закрывается и так \
            (это решение администратора; в журнал аудита пишется, сколько пунктов осталось). \
            Закрытый год снова открывает администратор: zhurnal year reopen. Прошлый год, открытый снова, \
            закрывается с --year.
            """)
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Закрыть год, хотя в списке закрытия остались пункты (решение администратора).") var force = false
    @Option(help: ArgumentHelp("Прошлый учебный год, ГГГГ/ГГГГ (без неё — текущий).", valueName: "ГОД")) var year: String?

    func run() throws {
        try reportingErrors(global.language) {
            let outcome = try global.openDatabase().closeYear(year: year, force: force, by: .serverOperator)
            var text = global.t("Учебный год \(outcome.academicYear) закрыт; закрыто периодов: \(outcome.lockedPeriods).",
                                "The academic year \(outcome.academicYear) is closed; periods locked: \(outcome.lockedPeriods).")
            if outcome.openItems > 0 {
                text += global.t(" Закрыт принудительно: в списке оставалось пунктов: \(outcome.openItems) (записано в журнал аудита).",
                                 " Forced: \(outcome.openItems) items were open (written in the audit log).")
            }
            Console.print(text)
        }
    }
}

struct YearReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Снова открыть закрытый учебный год (администратор; пишется в журнал аудита).")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Прошлый учебный год, ГГГГ/ГГГГ (без неё — текущий).", valueName: "ГОД")) var year: String?

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            let unlocked = try database.reopenYear(year: self.year, by: .serverOperator)
            let year = try self.year.map { AcademicYearCode($0)?.text ?? $0 } ?? database.school().academicYear
            Console.print(global.t("Учебный год \(year) снова открыт; открыто периодов: \(unlocked).",
                                   "The academic year \(year) is open again; periods unlocked: \(unlocked)."))
        }
    }
}

/// The checklist as text: the counts, then one line per item.
enum YearCheckText {
    static func text(_ checklist: YearEndChecklist, language: Language) -> String {
        let ru = language == .ru
        var lines: [String] = []
        if let closing = checklist.closing {
            lines.append(ru ? "Учебный год \(checklist.academicYear) закрыт \(closing.closedAt.russian)."
                         : "The academic year \(checklist.academicYear) was closed on \(closing.closedAt.russian).")
        }
        lines.append(ru ? "Закрытие учебного года \(checklist.academicYear) на \(checklist.asOf.russian); последние недели: \(checklist.lastWeeksFrom.russian)–\(checklist.lastWeeksTo.russian)."
                     : "Closing the academic year \(checklist.academicYear) as of \(checklist.asOf.russian); last weeks: \(checklist.lastWeeksFrom.russian)–\(checklist.lastWeeksTo.russian).")
        guard !checklist.isEmpty else {
            lines.append(ru ? "Мешающих пунктов нет: год можно закрыть (zhurnal year close)."
                         : "Nothing stops the year: it may be closed (zhurnal year close).")
            return lines.joined(separator: "\n")
        }
        lines += checklist.counts.map { "\($0.kind.title.text(in: language)): \($0.lines)" }
        lines.append("")
        lines += checklist.items.map { "[\($0.kind.shortTitle.text(in: language))] " + $0.text(in: language) }
        lines.append("")
        lines.append(ru ? "Пунктов: \(checklist.items.count)." : "Items: \(checklist.items.count).")
        return lines.joined(separator: "\n")
    }
}

/// The checklist as JSON: the counts and one object per item.
enum YearCheckJSON {
    struct Document: Encodable {
        var academic_year: String
        var as_of: String
        var last_weeks_from: String
        var last_weeks_to: String
        var closed: Bool
        var counts: [String: Int]
        var items: [Item]
    }

    struct Item: Encodable {
        var kind: String
        var owner: String
        var subject: String?
        var period: String?
        var count: Int
        var expected: Int?
        var first_day: String?
        var text: String
    }

    static func text(_ checklist: YearEndChecklist) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            academic_year: checklist.academicYear, as_of: checklist.asOf.iso, last_weeks_from: checklist.lastWeeksFrom.iso,
            last_weeks_to: checklist.lastWeeksTo.iso, closed: checklist.closing != nil,
            counts: Dictionary(uniqueKeysWithValues: checklist.counts.map { ($0.kind.rawValue, $0.lines) }),
            items: checklist.items.map {
                Item(kind: $0.kind.rawValue, owner: $0.ownerName, subject: $0.subjectName, period: $0.periodName, count: $0.count,
                     expected: $0.expected, first_day: $0.firstDay?.iso, text: $0.text(in: .ru))
            })
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
