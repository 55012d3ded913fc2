import Foundation

/// Sends a finished file to the school's printer through CUPS `lp` (found on
/// PATH, so tests can stand one in).
public enum Printer {
    /// `lp -d PRINTER FILE`; the job's id line as `lp` printed it.
    public static func print(_ path: String, printer: String, title: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["lp", "-d", printer, "-t", title, "--", path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw DocumentError.printerFailed(status: -1, message: "lp не найден")
        }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw DocumentError.printerFailed(status: process.terminationStatus,
                                              message: errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
