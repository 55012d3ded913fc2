/// Why the terminal could not be taken over, in words a teacher can act on. The
/// description is in the language the caller chose; `message(in:)` gives either.
public struct TerminalStartError: Error, Equatable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// The locale's character set is not UTF-8, so Cyrillic would show as garbage.
        case localeNotUTF8(codeset: String)
        /// `TERM` is not set.
        case noTerminalType
        /// ncurses has no description of this terminal type.
        case unknownTerminal(String)
        /// Standard input or output is not a terminal (a pipe or a file).
        case notATerminal
        case cannotOpenDevice(String)
        /// Another `CursesBackend` is running in this process.
        case alreadyRunning
    }

    public var reason: Reason
    public var language: MessageLanguage

    public init(_ reason: Reason, language: MessageLanguage) {
        self.reason = reason
        self.language = language
    }

    public var description: String { message(in: language) }

    public func message(in language: MessageLanguage) -> String {
        switch language {
        case .russian: russianMessage
        case .english: englishMessage
        }
    }

    private var russianMessage: String {
        switch reason {
        case .localeNotUTF8(let codeset):
            "Терминал настроен не на UTF-8 (кодировка «\(codeset)»), русские буквы будут видны неправильно. "
                + "Запустите программу с UTF-8, например: LANG=C.UTF-8"
        case .noTerminalType:
            "Не задан тип терминала (переменная TERM). Укажите его, например: TERM=xterm-256color"
        case .unknownTerminal(let name):
            "Неизвестный тип терминала «\(name)» (переменная TERM). Укажите известный, например: TERM=xterm-256color"
        case .notATerminal:
            "Программа должна работать в терминале, а ввод или вывод перенаправлен в файл или канал."
        case .cannotOpenDevice(let path):
            "Не удалось открыть терминал «\(path)»."
        case .alreadyRunning:
            "Экран терминала уже используется этой программой."
        }
    }

    private var englishMessage: String {
        switch reason {
        case .localeNotUTF8(let codeset):
            "The terminal's character set is not UTF-8 (it is \"\(codeset)\"); Cyrillic would show wrongly. "
                + "Run the program with a UTF-8 locale, for example: LANG=C.UTF-8"
        case .noTerminalType:
            "The terminal type is not set (TERM). Set it, for example: TERM=xterm-256color"
        case .unknownTerminal(let name):
            "Unknown terminal type \"\(name)\" (TERM). Use a known one, for example: TERM=xterm-256color"
        case .notATerminal:
            "The program must run in a terminal, but its input or output is redirected to a file or a pipe."
        case .cannotOpenDevice(let path):
            "Could not open the terminal \"\(path)\"."
        case .alreadyRunning:
            "The terminal screen is already in use by this program."
        }
    }
}
