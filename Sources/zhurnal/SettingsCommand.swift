import ArgumentParser
import JournalCore
import JournalStore
import ReadinessMetrics
import ZhurnalCommandLine

/// `zhurnal settings show|set`: the school's settings kept in the database.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Настройки школы: профиль готовности, число недель для вердикта, правило округления.",
        subcommands: [ShowSettings.self, SetSetting.self])
}

struct ShowSettings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Показать настройки.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            for key in SettingKey.allCases {
                Console.print("\(key.rawValue) = \(try database.setting(key))  # \(key.explanation.text(in: global.language))")
            }
        }
    }
}

struct SetSetting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Изменить настройку: default_profile, verdict_weeks или rounding.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Настройка.", valueName: "КЛЮЧ"))
    var key: String

    @Argument(help: ArgumentHelp("Новое значение.", valueName: "ЗНАЧЕНИЕ"))
    var value: String

    func run() throws {
        try reportingErrors(global.language) {
            guard let key = SettingKey(rawValue: key) else { throw CommandLineError.unknownSetting(key) }
            let stored = try ReadinessSettings.validated(key, value)
            let database = try global.openDatabase()
            // The command line is the server operator's: no signed-in user to check.
            try database.setSetting(key, stored, by: nil)
            Console.print("\(key.rawValue) = \(stored)")
        }
    }
}

extension SettingKey {
    var explanation: Phrase {
        switch self {
        case .defaultProfile:
            Phrase(ru: "профиль готовности по умолчанию (kchr, mo, crimea)", en: "default readiness profile (kchr, mo, crimea)")
        case .verdictWeeks:
            Phrase(ru: "сколько последних полных недель смотрит вердикт готовности", en: "complete weeks the readiness verdict looks at")
        case .rounding:
            Phrase(ru: "с какой дробной части среднее округляется вверх в итоговую отметку", en: "fraction from which an average rounds up")
        case .lockoutAttempts:
            Phrase(ru: "после скольких неверных паролей подряд вход с логином закрывается", en: "wrong passwords in a row that lock a login")
        case .lockoutMinutes:
            Phrase(ru: "на сколько минут закрывается вход после неверных паролей", en: "minutes a locked login stays locked")
        case .idleLockMinutes:
            Phrase(ru: "через сколько минут без нажатий экран блокируется", en: "idle minutes before the screen locks")
        case .demo:
            Phrase(ru: "1 — демонстрационная школа (меняется только программой)", en: "1 for a demo school (kept by the program)")
        }
    }
}
