import ArgumentParser
import Foundation
import JournalCore
import JournalStore

/// Options every command shares: which database, which language.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Файл базы данных (иначе $ZHURNAL_DB, иначе zhurnal.sqlite).", valueName: "ФАЙЛ"))
    public var db: String?

    @Option(name: .long, help: ArgumentHelp("Язык сообщений: ru или en.", valueName: "ЯЗЫК"))
    public var lang: String?

    public init() {}

    public var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["ZHURNAL_DB"] ?? "zhurnal.sqlite"
    }

    public var language: Language {
        if let lang, let chosen = Language(rawValue: lang.lowercased()) { return chosen }
        return Language.from(environment: ProcessInfo.processInfo.environment)
    }

    public func openDatabase(create: Bool = false, clock: any SchoolClock = SystemClock()) throws -> AppDatabase {
        try AppDatabase.open(path: databasePath, create: create, clock: clock)
    }
}

/// Runs a command body and turns the journal's errors into a line on stderr in
/// the user's language and a non-zero exit status, instead of a Swift trace.
public func reportingErrors(_ language: Language, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as LocalizedMessage {
        Console.error(error.text(in: language))
        throw ExitCode.failure
    }
}
