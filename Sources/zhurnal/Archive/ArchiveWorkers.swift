import Documents
import Foundation
import JournalCore

/// The helper processes that print an archive's PDFs beside the archiving
/// process, one per further processor core: the same binary
/// (`zhurnal archive documents`, not shown in the help) over the same sealed
/// snapshot, read-only, taking documents from the same `ArchiveWorkQueue`.
/// Processes rather than threads: each has its own pango and fontconfig state
/// and its own database reader, and its memory is its own.
struct ArchiveWorkers {
    private var running: [(process: Process, errors: Pipe)] = []

    /// Starts `count` helpers; none when `count` is 0.
    static func start(count: Int, folder: URL, snapshot: String, queue: String, footer: DocumentFooter,
                      language: Language) throws -> ArchiveWorkers {
        var workers = ArchiveWorkers()
        for _ in 0..<max(0, count) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executablePath)
            process.arguments = ["archive", "documents", folder.path, "--snapshot", snapshot, "--queue", queue,
                                 "--printed-at", footer.printedAt, "--printed-by", footer.printedBy, "--lang", language.rawValue]
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            do {
                try process.run()
            } catch {
                workers.stop()
                throw CommandLineError.conflict(Phrase(ru: "не удалось запустить печать PDF в помощь (\(executablePath)): \(error.localizedDescription)",
                                                       en: "cannot start a helper printing PDFs (\(executablePath)): \(error.localizedDescription)"))
            }
            workers.running.append((process, errors))
        }
        return workers
    }

    /// This very binary (Linux), else the path it was started by.
    private static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Waits for every helper; the first that failed is named with what it said.
    func wait() throws {
        var failure: String?
        for (process, errors) in running {
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if failure == nil, process.terminationReason != .exit || process.terminationStatus != 0 {
                failure = said.trimmingCharacters(in: .whitespacesAndNewlines)
                if failure?.isEmpty ?? true { failure = "код \(process.terminationStatus)" }
            }
        }
        if let failure {
            throw CommandLineError.conflict(Phrase(ru: "печать PDF в помощь не удалась: \(failure)",
                                                   en: "a helper printing PDFs failed: \(failure)"))
        }
    }

    /// Stops the helpers of an archive that failed (its folder is removed next).
    func stop() {
        for (process, errors) in running {
            if process.isRunning { process.terminate() }
            _ = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
        }
    }
}
