import ArgumentParser
import CursesBackend
import JournalCore
import JournalScreens
import JournalStore

/// Starts the terminal interface on a database: the composition root of the
/// screens, the real terminal and the store.
enum InterfaceLauncher {
    static func run(database: AppDatabase, language: Language) throws {
        let configuration = CursesConfiguration(language: language == .ru ? .russian : .english)
        let backend = CursesBackend(configuration: configuration)
        let context = try AppContext(db: database, language: language)
        let app = App(backend: backend, context: context,
                      login: { LoginScreen(context: $0) },
                      home: { Homes.make(context: $0, user: $1) })
        do {
            try app.run()
        } catch let error as TerminalStartError {
            Console.error(error.message(in: configuration.language))
            throw ExitCode.failure
        }
    }
}
