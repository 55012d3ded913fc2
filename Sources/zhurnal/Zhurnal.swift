import ArgumentParser

@main
struct Zhurnal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhurnal",
        abstract: "Электронный классный журнал для школ, переходящих на безбумажный журнал (ББЖ).",
        discussion: """
            База данных выбирается так: --db ФАЙЛ, иначе переменная ZHURNAL_DB, иначе zhurnal.sqlite \
            в текущем каталоге. Язык сообщений: русский; --lang en или LANG=en_* выбирает английский.
            """,
        subcommands: [ReportCommand.self, SettingsCommand.self, BenchReadinessCommand.self])
}
