import ArgumentParser
import ZhurnalCommandLine

@main
struct Zhurnal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhurnal",
        abstract: "Электронный классный журнал для школ, переходящих на безбумажный журнал (ББЖ).",
        discussion: """
            База данных выбирается так: --db ФАЙЛ, иначе переменная ZHURNAL_DB, иначе zhurnal.sqlite \
            в текущем каталоге. Язык сообщений: русский; --lang en или LANG=en_* выбирает английский.
            """,
        subcommands: [DemoCommand.self, GenerateCommand.self, ImportCommand.self, ExportCommand.self, ReportCommand.self, PrintCommand.self, CalendarCommand.self, TransitionCommand.self, SettingsCommand.self, UserCommand.self, StudentCommand.self, YearCommand.self, PeopleCommand.self, GroupCommand.self, PeriodCommand.self, PlanCommand.self, LessonCommand.self, AuditCommand.self, RegionCommand.self])

    @OptionGroup var global: GlobalOptions

    static func main() {
        CommandLineMain.run(Zhurnal.self)
    }

    /// Without a subcommand: the journal itself, on the chosen database.
    func run() throws {
        try reportingErrors(global.language) {
            try InterfaceLauncher.run(database: try global.openDatabase(), language: global.language)
        }
    }
}
