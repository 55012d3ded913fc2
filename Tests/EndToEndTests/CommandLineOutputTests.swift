import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// What the `zhurnal` binary prints: nothing from the data commands the
/// operator's terminal, nothing of the argument parser in English, and nothing
/// of the bench in the production program.
@Suite struct CommandLineOutputTests {
    /// `ESC ] 0 ; … BEL` retitles a terminal; `ESC ] 52 ; c ; … BEL` writes its clipboard.
    static let hostileSchool = "Школа \u{1B}]0;взломано\u{07} и \u{1B}]52;c;cm0gLXJmIH4=\u{07}"
    static let hostileTeacher = "Иванова \u{1B}[31mАнна\u{9B}2J Петровна"

    static func hostileDatabase(_ dir: TemporaryDirectory) throws -> String {
        let path = dir.path("school.sqlite")
        var snapshot = TinySchool.snapshot()
        snapshot.school.name = hostileSchool
        snapshot.accounts[1].fullName = hostileTeacher
        try AppDatabase.open(path: path, create: true).load(snapshot, options: LoadOptions(source: "test"))
        return path
    }

    static func isHarmless(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F..<0xA0).contains($0.value) }
    }

    @Test func dataThatCommandsATerminalIsPrintedHarmlessly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try Self.hostileDatabase(dir)

        let exported = try ZhurnalBinary.run(["export", dir.path("bundle"), "--db", path])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(Self.isHarmless(exported.stdout))
        #expect(exported.stdout.contains("школа «Школа \u{FFFD}]0;взломано\u{FFFD} и \u{FFFD}]52;c;cm0gLXJmIH4=\u{FFFD}»"))
        // The files keep the data exactly: they are data, not terminal output.
        let users = try String(contentsOfFile: dir.path("bundle/users.csv"), encoding: .utf8)
        #expect(users.contains(Self.hostileTeacher))

        let listed = try ZhurnalBinary.run(["user", "list", "--db", path])
        #expect(listed.status == 0)
        #expect(Self.isHarmless(listed.stdout))
        #expect(listed.stdout.contains("Иванова \u{FFFD}[31mАнна\u{FFFD}2J Петровна"))

        let refused = try ZhurnalBinary.run(["user", "disable", "x\u{1B}]0;взлом\u{07}", "--db", path])
        #expect(refused.status == 1)
        #expect(Self.isHarmless(refused.stderr))
        #expect(refused.stderr.contains("учётная запись «x\u{FFFD}]0;взлом\u{FFFD}»"))

        let unknownOption = try ZhurnalBinary.run(["report", "readiness", "--\u{1B}]52;c;eA==\u{07}", "--db", path])
        #expect(unknownOption.status == 64)
        #expect(Self.isHarmless(unknownOption.stderr))
    }

    /// `user add` takes only logins of the alphabet, and not one that differs
    /// from an existing login only in case.
    @Test func userAddRefusesLoginsOutsideTheAlphabet() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try AppDatabase.open(path: path, create: true).load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let refusals = [
            ("ADMIN", "логин «ADMIN» уже занят: есть «admin», а заглавные и строчные буквы в логине не различаются"),
            ("\u{430}dmin", "недопустимый логин «\u{430}dmin»: содержит нелатинскую букву «а»"),
            ("ad\u{200B}min", "недопустимый логин «ad\u{200B}min»: содержит невидимый символ U+200B"),
            ("ad\u{202E}min", "недопустимый логин «ad\u{FFFD}min»: содержит невидимый символ U+202E"),
            ("x\u{1B}]0;t\u{07}", "недопустимый логин «x\u{FFFD}]0;t\u{FFFD}»: содержит управляющий символ U+001B"),
            (String(repeating: "a", count: 1_000), "слишком длинный (1000 символов)"),
        ]
        for (login, message) in refusals {
            let result = try ZhurnalBinary.run(["user", "add", login, "--name", "Новикова Нина", "--roles", "teacher", "--db", path])
            #expect(result.status == 1)
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try AppDatabase.open(path: path).accounts(by: .serverOperator).count == TinySchool.snapshot().accounts.count)
        #expect(try ZhurnalBinary.run(["user", "add", "novikova.nn", "--name", "Новикова Нина", "--roles", "teacher", "--db", path]).status == 0)
    }

    /// CSV and JSON piped to a file or a program keep every byte; the same CSV
    /// on a terminal shows the escape as a visible character.
    @Test(.requires(Tools.tmux))
    func reportDataIsExactInAPipeAndHarmlessOnATerminal() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try Self.hostileDatabase(dir)
        let arguments = ["report", "readiness", "--db", path, "--from", "2024-09-02", "--to", "2024-09-06",
                         "--as-of", "2024-09-06T18:00", "--by", "teacher", "--format", "csv"]
        let piped = try ZhurnalBinary.run(arguments)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains(Self.hostileTeacher))

        let tmux = try TmuxSession(command: ([ZhurnalBinary.url.path] + arguments).joined(separator: " ") + "; sleep 30",
                                   width: 200)
        defer { tmux.close() }
        #expect(tmux.waitFor("Иванова \u{FFFD}[31mАнна\u{FFFD}2J Петровна"), "\(tmux.screen())")
    }

    /// Help, a mistyped command and an unknown option, said in Russian: no
    /// "Error:", no "Show help information.", no "USAGE".
    @Test func theArgumentParserSpeaksRussian() throws {
        let help = try ZhurnalBinary.run(["--help"], environment: ["LANG": "C.UTF-8"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("ПАРАМЕТРЫ:"))
        #expect(help.stdout.contains("-h, --help              Показать эту справку."))
        let badCommand = try ZhurnalBinary.run(["badcommand"], environment: ["LANG": "C.UTF-8"])
        #expect(badCommand.status == 64)
        #expect(badCommand.stderr.hasPrefix("zhurnal: лишний аргумент «badcommand»"))
        let badOption = try ZhurnalBinary.run(["report", "readiness", "--bogus"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(badOption.status == 64)
        #expect(badOption.stderr.hasPrefix("zhurnal: неизвестный параметр «--bogus»"))
        #expect(badOption.stderr.contains("Подробнее: zhurnal report readiness --help"))
        for output in [help.stdout + help.stderr, badCommand.stdout + badCommand.stderr, badOption.stdout + badOption.stderr] {
            #expect(Self.englishWords(output).subtracting(["badcommand", "bogus"]).isEmpty, "\(output)")
        }
        let english = try ZhurnalBinary.run(["badcommand", "--lang", "en"])
        #expect(english.stderr.hasPrefix("Error: Unexpected argument 'badcommand'"))
    }

    /// Latin words that are not names of commands, options, values or files.
    static func englishWords(_ text: String) -> Set<String> {
        let names: Set<String> = ["zhurnal", "sqlite", "ZHURNAL_DB", "LANG", "en", "ru", "docs", "bundle", "md", "CSV", "N",
                                  "demo", "generate", "import", "export", "report", "calendar", "settings", "user", "audit", "help",
                                  "student", "group", "period", "lesson", "print", "journal", "summary", "PDF", "A",
                                  "readiness", "h", "en_", "transition", "pc", "region", "weekly", "zhw", "people", "slips", "plan", "year", "archive",
                                  "promote", "new", "confirm", "timetable", "curriculum", "marks", "accept"]
        let withoutOptions = text.replacing(/--?[a-z][a-z-]*/, with: " ")
        return Set(withoutOptions.matches(of: /[A-Za-z][A-Za-z_]*/).map { String($0.output) }).subtracting(names)
    }

    /// The journal's binary has no bench, no tmux driver and no key logger.
    @Test func theProductionBinaryCarriesNoMeasuringCode() throws {
        let bench = try ZhurnalBinary.run(["bench"])
        #expect(bench.status == 64)
        #expect(bench.stderr.hasPrefix("zhurnal: лишний аргумент «bench»"))
        let writer = try ZhurnalBinary.run(["bench-writer", "--lesson", "1", "--by", "admin"])
        #expect(writer.status == 64)
        let binary = try Data(contentsOf: ZhurnalBinary.url)
        for text in ["TmuxDriver", "ZHURNAL_KEY_TIMING", "BenchWriterCommand", "keyTimingObserver"] {
            #expect(binary.range(of: Data(text.utf8)) == nil, "\(text) is in \(ZhurnalBinary.url.path)")
        }
        let benchBinary = try Data(contentsOf: ZhurnalBinary.url(of: .bench))
        #expect(benchBinary.range(of: Data("TmuxDriver".utf8)) != nil)
    }
}
