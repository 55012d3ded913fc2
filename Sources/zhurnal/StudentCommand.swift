import ArgumentParser
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal student arrive|move|leave|history`: the class history (движение
/// учащихся) by the director's orders. Dates are the orders' «с ДАТА».
struct StudentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "student", abstract: "Движение учащихся: прибытие, перевод в другой класс, выбытие; история ученика.",
        discussion: "Дата — день, с которого действует приказ: первый день в классе (arrive, move) или первый день вне школы (leave).",
        subcommands: [StudentArriveCommand.self, StudentMoveCommand.self, StudentLeaveCommand.self, StudentHistoryCommand.self])
}

/// The options every change of the class history takes.
struct StudentEvent: ParsableArguments {
    @Argument(help: ArgumentHelp("Код ученика из выгрузки.", valueName: "ID")) var student: String
    @Option(help: ArgumentHelp("С какого дня действует приказ, ГГГГ-ММ-ДД.", valueName: "ДАТА")) var date: String
    @Option(help: ArgumentHelp("Приказ, например «№ 57 от 14.10.2026».", valueName: "ТЕКСТ")) var order: String
}

struct StudentArriveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrive", abstract: "Прибытие в класс (новый ученик — с --name).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var event: StudentEvent
    @Option(name: .customLong("class"), help: ArgumentHelp("Код класса.", valueName: "КЛАСС")) var classCode: String
    @Option(name: .customLong("name"), help: ArgumentHelp("ФИО нового ученика.", valueName: "ФИО")) var fullName: String?

    func run() throws {
        try reportingErrors(global.language) {
            let date = try SchoolDate(parsing: event.date)
            try global.openDatabase().arrive(student: event.student, fullName: fullName, class: classCode, on: date,
                                             order: event.order, by: .serverOperator)
            Console.print(global.t("Ученик «\(event.student)» зачислен в класс «\(classCode)» с \(date.russian).",
                                   "Student \"\(event.student)\" joins class \"\(classCode)\" from \(date.iso)."))
        }
    }
}

struct StudentMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Перевод в другой класс.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var event: StudentEvent
    @Option(name: .customLong("to"), help: ArgumentHelp("Код класса, куда переводится ученик.", valueName: "КЛАСС")) var classCode: String

    func run() throws {
        try reportingErrors(global.language) {
            let date = try SchoolDate(parsing: event.date)
            try global.openDatabase().transfer(student: event.student, to: classCode, on: date, order: event.order, by: .serverOperator)
            Console.print(global.t("Ученик «\(event.student)» переведён в класс «\(classCode)» с \(date.russian).",
                                   "Student \"\(event.student)\" moves to class \"\(classCode)\" from \(date.iso)."))
        }
    }
}

struct StudentLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "leave", abstract: "Выбытие из школы.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var event: StudentEvent

    func run() throws {
        try reportingErrors(global.language) {
            let date = try SchoolDate(parsing: event.date)
            try global.openDatabase().leave(student: event.student, on: date, order: event.order, by: .serverOperator)
            Console.print(global.t("Ученик «\(event.student)» выбыл с \(date.russian); последний день в классе — \(date.adding(days: -1).russian).",
                                   "Student \"\(event.student)\" leaves from \(date.iso)."))
        }
    }
}

struct StudentHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Классы ученика с датами и приказами.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Код ученика из выгрузки.", valueName: "ID")) var student: String

    func run() throws {
        try reportingErrors(global.language) {
            let rows = try global.openDatabase().classHistory(of: student, by: .serverOperator).map {
                [$0.classCode, $0.from.russian, $0.to?.russian ?? "—", $0.order ?? ""]
            }
            Console.print(TextTable(header: global.t(["класс", "с", "по", "приказ"], ["class", "from", "to", "order"]), rows: rows).text)
        }
    }
}

extension GlobalOptions {
    /// The Russian or the English text, by the chosen language.
    func t<T>(_ ru: T, _ en: T) -> T {
        language == .ru ? ru : en
    }
}
