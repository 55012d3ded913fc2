import Foundation
import JournalStore

/// The built `zhurnal` running in tmux on a school file of its own: the setup
/// every end-to-end scenario shares. `close()` stops tmux and removes the file.
public final class JournalInTmux {
    public let directory: TemporaryDirectory
    public let databasePath: String
    public let tmux: TmuxSession

    /// `prepare` fills the fresh database (a tiny school by default); `arguments`
    /// are added to `zhurnal --db FILE`.
    public init(arguments: [String] = [], environment: [String: String] = [:],
                prepare: (AppDatabase) throws -> Void = JournalInTmux.tinySchool) throws {
        directory = try TemporaryDirectory()
        databasePath = directory.path("school.sqlite")
        try prepare(try AppDatabase.open(path: databasePath, create: true))
        let command = ([ZhurnalBinary.url.path, "--db", databasePath] + arguments).joined(separator: " ")
        tmux = try TmuxSession(command: command, environment: environment)
    }

    /// TinySchool, with a password for Иванова.
    public static func tinySchool(_ db: AppDatabase) throws {
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "e2e"))
        try db.setPassword(login: "ivanova", to: "весна в школе", by: .serverOperator)
    }

    /// The database as the program left it.
    public func database() throws -> AppDatabase {
        try AppDatabase.open(path: databasePath)
    }

    public func close() {
        tmux.close()
        directory.remove()
    }
}
