import ArgumentParser
import Foundation
import CursesBackend
import JournalCore
import JournalScreens
import JournalStore
import TerminalUI
import ZhurnalCommandLine

/// Starts the terminal interface on a database: the composition root of the
/// screens, the real terminal and the store.
enum InterfaceLauncher {
    /// `ZHURNAL_IDLE_LOCK_SECONDS`: a shorter idle lock than the school's
    /// setting, for tests that cannot wait a minute. It can only shorten the
    /// wait (`IdleLockPolicy`), so setting it never weakens the lock.
    static var idleCapSeconds: Int? {
        ProcessInfo.processInfo.environment["ZHURNAL_IDLE_LOCK_SECONDS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    static func run(database: AppDatabase, language: Language) throws {
        let configuration = CursesConfiguration(language: language == .ru ? .russian : .english)
        let backend = CursesBackend(configuration: configuration)
        let context = try AppContext(db: database, language: language)
        context.accessSlipDesk = PaperSlipDesk(database: database)
        let app = App(backend: backend, context: context,
                      login: { LoginScreen(context: $0) },
                      home: { Homes.make(context: $0, user: $1) },
                      idleCapSeconds: idleCapSeconds)
        do {
            try app.run()
        } catch let error as TerminalStartError {
            Console.error(error.message(in: configuration.language))
            throw ExitCode.failure
        }
    }
}
