import Foundation

/// A program in a real terminal: a private tmux server (`tmux -L`),
/// keys sent with send-keys, the screen read with capture-pane, and waiting by
/// polling the screen until a text appears or a deadline passes — never a bare
/// sleep. `close()` kills the private server.
public final class TmuxSession {
    public let socket: String
    private let session = "zh"

    /// Starts `command` (run by the shell) in a detached 80×24 session.
    public init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "zhurnal-tmux-\(UUID().uuidString.prefix(8))"
        var arguments = ["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
                         "-e", "LANG=C.UTF-8", "-e", "TERM=xterm-256color"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        try tmux(arguments + [command])
        try tmux(["set-option", "-t", session, "status", "off"])
        try tmux(["set-option", "-t", session, "remain-on-exit", "on"])
    }

    deinit { close() }

    /// The screen as plain text lines.
    public func screen() -> String {
        (try? tmuxOutput(["capture-pane", "-p", "-t", session])) ?? ""
    }

    /// Waits until `text` is on the screen; returns false at the deadline.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
        waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen's text.
    @discardableResult
    public func waitUntil(timeout: TimeInterval = 10, every interval: TimeInterval = 0.05,
                          _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(screen()) { return true }
            usleep(useconds_t(interval * 1_000_000))
        } while Date() < deadline
        return condition(screen())
    }

    /// Types text literally (Cyrillic arrives as wide characters).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    /// Copies everything the program writes to the terminal into `path`
    /// (`pipe-pane`), to count the bytes a keystroke costs over a slow link.
    public func recordOutput(to path: String) throws {
        try tmux(["pipe-pane", "-o", "-t", session, "cat >> '\(path)'"])
    }

    /// Presses named keys: `Enter`, `Tab`, `BTab`, `Escape`, `F1`…`F12`, `Up`, `DC` (Delete), `C-c`.
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// Whether the program in the pane has ended.
    public var programEnded: Bool {
        ((try? tmuxOutput(["display-message", "-p", "-t", session, "#{pane_dead}"])) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Waits for the program to end; false at the deadline.
    public func waitForExit(timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !programEnded, Date() < deadline { usleep(50_000) }
        return programEnded
    }

    /// The pane's process id, to send it signals.
    public var pid: Int32? {
        Int32((try? tmuxOutput(["display-message", "-p", "-t", session, "#{pane_pid}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
    }

    /// Appends everything the program sends to the terminal from now on to
    /// `path` (tmux `pipe-pane`): what a screen update costs on the wire.
    public func pipeOutput(to path: String) throws {
        try tmux(["pipe-pane", "-t", session, "-o", "cat >> '\(path)'"])
    }

    /// Stops `pipeOutput`.
    public func stopPipingOutput() throws {
        try tmux(["pipe-pane", "-t", session])
    }

    public func close() {
        _ = try? tmux(["kill-server"])
    }

    /// Runs tmux without reading its output (see `QuietSpawn` for why not
    /// through `Process`) and waits for it.
    private func tmux(_ arguments: [String]) throws {
        let pid: pid_t
        do {
            pid = try QuietSpawn.spawn(["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + arguments)
        } catch let failure as QuietSpawn.Failure {
            throw TmuxError.cannotStart(errno: failure.errno)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    private func tmuxOutput(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket, "-f", "/dev/null"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

enum TmuxError: Error {
    case cannotStart(errno: Int32)
}
