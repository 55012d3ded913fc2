import ArgumentParser
import JournalCore
import JournalStore
import ReadinessMetrics
import ZhurnalCommandLine

/// `zhurnal settings show|set`: the school's settings kept in the database.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Настройки школы: профиль готовности, вердикт, округление, блокировка входа, ожидание записи.",
        subcommands: [ShowSettings.self, SetSetting.self])
}

struct ShowSettings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Показать настройки.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global.language) {
            let settings = try global.openDatabase().settings()
            for key in SettingKey.allCases {
                Console.print("\(key.rawValue) = \(settings.text(of: key))  # \(key.meaning.text(in: global.language))")
            }
        }
    }
}

struct SetSetting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Изменить настройку (значение проверяется: ниже — все настройки и что они допускают).",
        discussion: SettingKey.allCases.map { key in
            "\(key.rawValue) — \(key.meaning.ru); \(key.allowed.ru); по умолчанию \(SchoolSettings().text(of: key))."
        }.joined(separator: "\n"))

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Настройка.", valueName: "КЛЮЧ"))
    var key: String

    @Argument(help: ArgumentHelp("Новое значение.", valueName: "ЗНАЧЕНИЕ"))
    var value: String

    func run() throws {
        try reportingErrors(global.language) {
            guard let key = SettingKey(rawValue: key) else { throw CommandLineError.unknownSetting(key) }
            let stored = try global.openDatabase().setSetting(key, value, by: .serverOperator)
            Console.print("\(key.rawValue) = \(stored)")
        }
    }
}
