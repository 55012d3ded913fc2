import ArgumentParser
import Foundation
import JournalCore

/// The programs' entry point instead of swift-argument-parser's own `main()`,
/// which prints its help and its refusals in English ("Error: Unknown option",
/// "Show help information."). Here a refusal is one line in the user's
/// language after the program's name, then how the command is called; help is
/// printed with its headings in Russian (`RussianHelp`).
public enum CommandLineMain {
    public static func run<Root: ParsableCommand>(_ root: Root.Type,
                                                  arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        let language = requestedLanguage(arguments, environment: ProcessInfo.processInfo.environment)
        var command: any ParsableCommand
        do {
            command = try root.parseAsRoot(arguments)
        } catch {
            refuse(root, error, language)
        }
        do {
            try command.run()
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch let message as LocalizedMessage {
            Console.error(message.text(in: language))
            exit(ExitCode.failure.rawValue)
        } catch {
            // `--help` and `help` are commands whose run throws the parser's own
            // request; its refusals have their own exit codes. Anything else
            // that gets here is a failure nobody put into words.
            if root.exitCode(for: error) != .failure { refuse(root, error, language) }
            Console.error(language == .ru ? "непредвиденная ошибка: \(error)" : "unexpected error: \(error)")
            exit(ExitCode.failure.rawValue)
        }
    }

    /// Help asked for, or a command line that cannot be understood.
    private static func refuse<Root: ParsableCommand>(_ root: Root.Type, _ error: any Error, _ language: Language) -> Never {
        let code = root.exitCode(for: error)
        let full = root.fullMessage(for: error)
        if code == .success {
            Console.write(language == .ru ? RussianHelp.help(full) + "\n" : full + "\n")
        } else if language == .ru {
            Console.error(RussianHelp.refusal(message: root.message(for: error), full: full))
        } else {
            FileHandle.standardError.write(Data(TerminalText.sanitized(full + "\n").utf8))
        }
        exit(code.rawValue)
    }

    /// `--lang` as the command line gives it (before the options are parsed:
    /// a refusal of the parse itself must be said in it), else the environment.
    static func requestedLanguage(_ arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            let value: String? = if argument == "--lang", index + 1 < arguments.count { arguments[index + 1] }
                else if argument.hasPrefix("--lang=") { String(argument.dropFirst("--lang=".count)) } else { nil }
            if let value, let language = Language(rawValue: value.lowercased()) { return language }
        }
        return Language.from(environment: environment)
    }
}
