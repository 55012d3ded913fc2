import Foundation

/// Runs a program to its end and collects what it printed.
public enum Program {
    public static func run(_ path: String, _ arguments: [String]) throws -> ZhurnalBinary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ZhurnalBinary.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                    stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// The `sqlite3` program, as an administrator (or someone behind zhurnal's
/// back) would use it on a database file.
public enum SQLiteShell {
    public static let path = "/usr/bin/sqlite3"

    /// Runs `sql` on `file` and returns what it printed; throws when it failed.
    @discardableResult
    public static func run(_ file: String, _ sql: String) throws -> String {
        let result = try Program.run(path, [file, sql])
        guard result.status == 0 else { throw SQLiteShellError.failed(result.stderr) }
        return result.stdout
    }
}

public enum SQLiteShellError: Error {
    case failed(String)
}

/// The bytes of a file, to show it was left exactly as it was.
public func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}
