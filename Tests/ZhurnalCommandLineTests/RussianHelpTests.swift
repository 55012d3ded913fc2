import Testing
@testable import ZhurnalCommandLine

/// The argument parser's English, put into Russian.
@Suite struct RussianHelpTests {
    @Test func everyRefusalOfTheParserBecomesARussianSentence() {
        let cases = [
            ("Unknown option '--bogus'", "неизвестный параметр «--bogus»"),
            ("Unknown option '--lmit'. Did you mean '--limit'?", "неизвестный параметр «--lmit»; может быть, «--limit»?"),
            ("Unexpected argument 'badcommand'", "лишний аргумент «badcommand»: такой команды или значения здесь нет"),
            ("2 unexpected arguments: 'a', 'b'", "лишние аргументы «a», «b»"),
            ("Missing expected argument '<КАТАЛОГ>'", "не указан обязательный аргумент <КАТАЛОГ>"),
            ("Missing expected argument '--size <РАЗМЕР>'", "не указан обязательный параметр --size <РАЗМЕР>"),
            ("Missing value for '--db <ФАЙЛ>'", "не указано значение --db <ФАЙЛ>"),
            ("The value 'foo' is invalid for '--size <РАЗМЕР>'. Please provide one of 'small', 'medium', 'large' or 'huge'.",
             "недопустимое значение «foo» для --size <РАЗМЕР>: допустимы small, medium, large, huge"),
            ("The value 'x' is invalid for '--limit <N>'", "недопустимое значение «x» для --limit <N>"),
            ("The option '--excel' does not take any value, but 'yes' was specified.", "параметр --excel пишется без значения, а указано «yes»"),
            ("Missing required subcommand.", "не указана команда"),
            ("укажите ровно одно: --lesson, --student или --account", "укажите ровно одно: --lesson, --student или --account"),
            ("Something the parser says that nobody has seen yet", "команда записана неверно"),
        ]
        for (english, russian) in cases {
            #expect(RussianHelp.sentence(english) == russian)
        }
    }

    @Test func helpHeadingsAndTheHelpFlagAreRussian() {
        let english = """
            OVERVIEW: Отчёты.

            USAGE: zhurnal report <subcommand>

            OPTIONS:
              --format <ФОРМАТ>       Формат. (default: text)
              -h, --help              Show help information.

            SUBCOMMANDS:
              readiness               Готовность.

              See 'zhurnal help report <subcommand>' for detailed help.
            """
        #expect(RussianHelp.help(english) == """
            ОПИСАНИЕ: Отчёты.

            ВЫЗОВ: zhurnal report <команда>

            ПАРАМЕТРЫ:
              --format <ФОРМАТ>       Формат. (по умолчанию: text)
              -h, --help              Показать эту справку.

            КОМАНДЫ:
              readiness               Готовность.

              Подробнее о каждой команде: zhurnal help report <команда>
            """)
    }

    @Test func aRefusalKeepsHowTheCommandIsCalledInRussian() {
        let full = """
            Error: Missing expected argument '<КАТАЛОГ>'
            Help:  <КАТАЛОГ>  Каталог, куда записать выгрузку.
            Usage: zhurnal export [--db <ФАЙЛ>] <КАТАЛОГ> [--excel]
              See 'zhurnal export --help' for more information.
            """
        #expect(RussianHelp.refusal(message: "Missing expected argument '<КАТАЛОГ>'", full: full) == """
            не указан обязательный аргумент <КАТАЛОГ>
            Справка: <КАТАЛОГ>  Каталог, куда записать выгрузку.
            Вызов: zhurnal export [--db <ФАЙЛ>] <КАТАЛОГ> [--excel]
            Подробнее: zhurnal export --help
            """)
    }

    @Test func theLanguageIsTakenFromTheCommandLineBeforeParsing() {
        #expect(CommandLineMain.requestedLanguage(["report", "--lang", "en", "--bogus"], environment: [:]) == .en)
        #expect(CommandLineMain.requestedLanguage(["--lang=EN"], environment: ["LANG": "ru_RU.UTF-8"]) == .en)
        #expect(CommandLineMain.requestedLanguage(["--bogus"], environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(CommandLineMain.requestedLanguage(["--", "--lang", "en"], environment: [:]) == .ru)
        #expect(CommandLineMain.requestedLanguage([], environment: ["LANG": "C.UTF-8"]) == .ru)
    }
}
