import ArgumentParser
import Foundation
import JournalCore
import JournalStore

/// Accounts from the server's command line, for the operator who runs it.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Учётные записи: список, пароли.",
        subcommands: [UserListCommand.self, UserPasswdCommand.self])
}

struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Список учётных записей.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global.language) {
            let db = try global.openDatabase()
            let lang = global.language
            let rows = try db.accounts().map { a -> [String] in
                [a.login, a.fullName, a.roles.map { $0.title.text(in: lang) }.joined(separator: ", "),
                 a.activatedAt?.date.russian ?? "—", a.disabled ? (lang == .ru ? "отключена" : "disabled") : ""]
            }
            let header = lang == .ru ? ["логин", "ФИО", "роли", "активирована", ""] : ["login", "name", "roles", "activated", ""]
            Console.print(TextTable(header: header, rows: rows).text)
        }
    }
}

/// Sets a password read from standard input, so that an imported school (whose
/// bundle carries no passwords) can be given them by a script or by hand.
struct UserPasswdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd", abstract: "Задать пароль учётной записи (читается со стандартного ввода).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Логин.") var login: String

    func run() throws {
        try reportingErrors(global.language) {
            let db = try global.openDatabase()
            let password = try PasswordInput.read(language: global.language)
            try db.setPassword(login: login, to: password, by: nil)
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
