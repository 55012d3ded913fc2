import ArgumentParser
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal lesson substitute|cancel|restore`: the deputy's daily record of
/// substitutions and cancelled lessons.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson", abstract: "Замены и отмены уроков.",
        subcommands: [LessonSubstituteCommand.self, LessonCancelCommand.self, LessonRestoreCommand.self])
}

/// Which lesson: the class or the group, the date and the number.
struct LessonAddressOptions: ParsableArguments {
    @Option(name: .customLong("class"), help: ArgumentHelp("Код класса.", valueName: "КЛАСС")) var classCode: String?
    @Option(help: ArgumentHelp("Код группы, когда урок у группы.", valueName: "ГРУППА")) var group: String?
    @Option(help: ArgumentHelp("Дата урока, ГГГГ-ММ-ДД.", valueName: "ДАТА")) var date: String
    @Option(help: ArgumentHelp("Номер урока по звонкам.", valueName: "N")) var number: Int

    func address() throws -> LessonAddress {
        LessonAddress(classCode: classCode, groupCode: group, date: try SchoolDate(parsing: date), number: number)
    }
}

struct LessonSubstituteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "substitute", abstract: "Записать замену: урок ведёт другой учитель (учитель по расписанию — снять замену).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var lesson: LessonAddressOptions
    @Option(help: ArgumentHelp("Логин учителя, который ведёт урок.", valueName: "ЛОГИН")) var teacher: String
    @Option(help: ArgumentHelp("Причина (в журнал изменений).", valueName: "ТЕКСТ")) var reason: String?

    func run() throws {
        try reportingErrors(global.language) {
            let change = try global.openDatabase().substitute(try lesson.address(), teacher: teacher, reason: reason, by: .serverOperator)
            LessonChangeText.print(change, done: global.t("замена записана: урок ведёт «\(teacher)»", "cover recorded: \"\(teacher)\" teaches"),
                                   global: global)
            for other in change.busyElsewhere {
                Console.print(global.t("Внимание: у «\(teacher)» в это время ещё урок: \(other).",
                                       "Note: \"\(teacher)\" has another lesson then: \(other)."))
            }
        }
    }
}

struct LessonCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Отменить урок с указанием причины.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var lesson: LessonAddressOptions
    @Option(help: ArgumentHelp("Причина отмены.", valueName: "ТЕКСТ")) var reason: String

    func run() throws {
        try reportingErrors(global.language) {
            let change = try global.openDatabase().cancelLesson(try lesson.address(), reason: reason, by: .serverOperator)
            LessonChangeText.print(change, done: global.t("урок отменён", "lesson cancelled"), global: global)
            if change.entryCount > 0 {
                Console.print(global.t("Внимание: в уроке есть записи (\(change.entryCount)); они сохранены и вернутся, если урок восстановить.",
                                       "Note: the lesson has \(change.entryCount) entries; they are kept and return when it is restored."))
            }
        }
    }
}

struct LessonRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Вернуть отменённый урок.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var lesson: LessonAddressOptions

    func run() throws {
        try reportingErrors(global.language) {
            let change = try global.openDatabase().restoreLesson(try lesson.address(), by: .serverOperator)
            LessonChangeText.print(change, done: global.t("урок восстановлен", "lesson restored"), global: global)
        }
    }
}

enum LessonChangeText {
    /// «5А · Математика, 12.09.2024, 3-й урок: урок отменён.» or «...: без изменений.»
    static func print(_ change: LessonChange, done: String, global: GlobalOptions) {
        let what = global.t("\(change.label.text), \(change.date.russian), \(change.number)-й урок",
                            "\(change.label.text), \(change.date.iso), lesson \(change.number)")
        Console.print("\(what): \(change.changed ? done : global.t("без изменений", "nothing to change")).")
    }
}
