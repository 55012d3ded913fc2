import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// Accounts from the server's command line, for the operator who runs it.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Учётные записи: список, создание, отключение, сброс и установка пароля.",
        subcommands: [UserListCommand.self, UserAddCommand.self, UserDisableCommand.self, UserEnableCommand.self,
                      UserResetCommand.self, UserUnlockCommand.self, UserPasswdCommand.self])
}

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Создать учётную запись; печатает одноразовый код для первого входа.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Логин.", valueName: "ЛОГИН")) var login: String
    @Option(name: .customLong("name"), help: ArgumentHelp("ФИО полностью.", valueName: "ФИО")) var fullName: String
    @Option(help: ArgumentHelp("Роли через точку с запятой: admin, deputy, director, teacher, secretary, parent, student.", valueName: "РОЛИ"))
    var roles: String

    func run() throws {
        try reportingErrors(global.language) {
            let code = try global.openDatabase().createAccount(login: login, fullName: fullName, roles: try Role.parseList(roles), by: .serverOperator)
            Console.print(OneTimeCodeText.created(login: login, code: code, language: global.language))
        }
    }
}

struct UserDisableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable", abstract: "Отключить учётную запись.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Логин.", valueName: "ЛОГИН")) var login: String

    func run() throws {
        try AccountSwitch.set(login, disabled: true, global: global)
    }
}

struct UserEnableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "enable", abstract: "Снова включить учётную запись.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Логин.", valueName: "ЛОГИН")) var login: String

    func run() throws {
        try AccountSwitch.set(login, disabled: false, global: global)
    }
}

/// What `user disable` and `user enable` share.
enum AccountSwitch {
    static func set(_ login: String, disabled: Bool, global: GlobalOptions) throws {
        try reportingErrors(global.language) {
            try global.openDatabase().setDisabled(login: login, disabled, by: .serverOperator)
            let state = global.language == .ru ? (disabled ? "отключена" : "включена") : (disabled ? "disabled" : "enabled")
            Console.print(global.language == .ru ? "Учётная запись «\(login)» \(state)." : "Account \"\(login)\" \(state).")
        }
    }
}

struct UserResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: "Сбросить пароль: печатает новый одноразовый код.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Логин.", valueName: "ЛОГИН")) var login: String

    func run() throws {
        try reportingErrors(global.language) {
            let code = try global.openDatabase().resetPassword(login: login, by: .serverOperator)
            Console.print(OneTimeCodeText.created(login: login, code: code, language: global.language))
        }
    }
}

/// Opens a login locked after wrong passwords, keeping its password: a pupil
/// who tried a teacher's login five times must not keep the teacher out.
struct UserUnlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock", abstract: "Открыть вход, закрытый после неверных паролей (пароль не меняется).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Логин.", valueName: "ЛОГИН")) var login: String

    func run() throws {
        try reportingErrors(global.language) {
            try global.openDatabase().unlockLogin(login, by: .serverOperator)
            Console.print(global.language == .ru ? "Вход для «\(login)» открыт." : "Login \"\(login)\" unlocked.")
        }
    }
}

enum OneTimeCodeText {
    static func created(login: String, code: String, language: Language) -> String {
        language == .ru
            ? "Логин: \(login)\nОдноразовый код: \(code)\nПри первом входе zhurnal попросит придумать свой пароль."
            : "Login: \(login)\nOne-time code: \(code)\nAt the first sign-in zhurnal asks for a new password."
    }
}

struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Список учётных записей.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global.language) {
            let db = try global.openDatabase()
            let lang = global.language
            let rows = try db.accounts(by: .serverOperator).map { overview -> [String] in
                let a = overview.account
                return [a.login, a.fullName, a.roles.map { $0.title.text(in: lang) }.joined(separator: ", "),
                        a.activatedAt?.date.russian ?? "—", AccountStateText.words(overview, lang)]
            }
            let header = lang == .ru ? ["логин", "ФИО", "роли", "активирована", "состояние"] : ["login", "name", "roles", "activated", "state"]
            Console.print(TextTable(header: header, rows: rows).text)
        }
    }
}

/// The state column of `user list`: disabled, locked out, waiting for a password.
enum AccountStateText {
    static func words(_ overview: AccountOverview, _ language: Language) -> String {
        let ru = language == .ru
        var words: [String] = []
        if overview.account.disabled { words.append(ru ? "отключена" : "disabled") }
        if let until = overview.lockedUntil { words.append(ru ? "вход закрыт до \(until.timeOfDay.text)" : "locked until \(until.timeOfDay.text)") }
        if overview.mustChangePassword { words.append(ru ? "ждёт своего пароля" : "waits for its own password") }
        return words.joined(separator: ", ")
    }
}

/// Sets a password read from standard input, so that an imported school (whose
/// bundle carries no passwords) can be given them by a script or by hand.
struct UserPasswdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd", abstract: "Задать пароль учётной записи (читается со стандартного ввода).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Логин.", valueName: "ЛОГИН")) var login: String

    func run() throws {
        try reportingErrors(global.language) {
            let db = try global.openDatabase()
            let password = try PasswordInput.read(language: global.language)
            try db.setPassword(login: login, to: password, by: .serverOperator)
            Console.print(global.language == .ru ? "Пароль для «\(login)» задан." : "Password for \"\(login)\" set.")
        }
    }
}

enum PasswordInput {
    /// One line of standard input; from a terminal, asked twice without echo.
    static func read(language: Language) throws -> String {
        let ru = language == .ru
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw JournalError.emptyValue(field: Phrase(ru: "пароль (ожидался на стандартном вводе)", en: "password (expected on standard input)"))
            }
            return line
        }
        let first = readHidden(prompt: ru ? "Новый пароль: " : "New password: ")
        let second = readHidden(prompt: ru ? "Ещё раз: " : "Again: ")
        guard !first.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "пароль", en: "password")) }
        guard first == second else {
            throw JournalError.other(Phrase(ru: "пароли не совпадают", en: "the passwords differ"))
        }
        return first
    }

    private static func readHidden(prompt: String) -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
