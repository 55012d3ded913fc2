import Foundation
import JournalCore

/// One `zhurnal` process run as a user runs it, timed from its start to the
/// moment it exits. Not Foundation's `Process`: its `waitUntilExit` wakes on
/// a 50 ms run-loop timer here, which added up to 50 ms to each timing of a
/// report that takes 0.1–0.3 s. `wait4` returns when the child exits, with
/// the child's own processor time and peak memory.
enum ChildProcess {
    struct Outcome {
        /// The exit code, or 128 + the signal that ended it.
        var status: Int32
        var seconds: Double
        var processorSeconds: Double
        var peakBytes: Int
        /// What it wrote to standard error (standard output is thrown away).
        var errors: String
    }

    static func run(_ path: String, _ arguments: [String]) throws -> Outcome {
        let errorsPath = FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-bench-\(getpid())-stderr").path
        defer { unlink(errorsPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let failure = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard failure == 0 else {
            let reason = String(cString: strerror(failure))
            throw JournalError.other(Phrase(ru: "не удалось запустить \(path): \(reason)", en: "could not start \(path): \(reason)"))
        }
        var status: Int32 = 0, usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let elapsed = start.duration(to: .now)
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return Outcome(status: status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F,
                       seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                       processorSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakBytes: usage.ru_maxrss * 1_024,
                       errors: (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "")
    }
}
