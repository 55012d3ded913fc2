import Foundation
import JournalStore
import TerminalUI
import TmuxDriver
import ZhurnalCommandLine

/// The `terminal` part of `zhurnal-bench`: the `zhurnal` built beside it, in
/// tmux at 80×24, as a user meets it — the time from start to a drawn login
/// screen and the bytes one keystroke in a text field sends to the terminal;
/// then how long a key takes to handle and draw, timed around the same
/// application drawing through curses for an xterm. Only durations are kept,
/// never which key was pressed. The tmux figures need tmux.
struct TerminalBench {
    let databasePath: String
    let folder: URL

    func run(into table: inout BenchTable) throws {
        let timings = try keyTimings()
        table.add("Нажатие: обработка и отрисовка", String(format: "медиана %.2f мс, наибольшее %.2f мс (%d нажатий)",
                                                           try median(timings), timings.max() ?? 0, timings.count))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            table.add("Терминал", "не замерено: нет tmux (apt-get install tmux)")
            return
        }
        guard FileManager.default.isExecutableFile(atPath: BenchCommand.journalPath) else {
            table.add("Терминал", "не замерено: рядом нет \(BenchCommand.journalPath) (swift build -c release)")
            return
        }
        let baseline = try median((0..<5).map { _ in try startup(command: "echo 'Логин:'; sleep 5") })
        let startups = try (0..<5).map { _ in try startup(command: "\(BenchCommand.journalPath) --db '\(databasePath)'") }
        table.add("Запуск до экрана входа", String(format: "%.0f мс (медиана из 5; сам tmux с echo — %.0f мс)",
                                                   try median(startups), baseline))
        table.add("Байт на нажатие в поле ввода", String(format: "%.1f (среднее из %d)", try bytesPerKey(), Self.typedText.count))
    }

    static let typedText = "ivanova.ap"

    /// Seconds from asking tmux to start `command` to "Логин:" on the screen.
    private func startup(command: String) throws -> Double {
        let start = Date()
        let tmux = try TmuxSession(command: command)
        defer { tmux.close() }
        guard tmux.waitUntil(timeout: 10, every: 0.002, { $0.contains("Логин:") }) else {
            throw BenchFailure.screenNotShown(tmux.screen())
        }
        return Date().timeIntervalSince(start) * 1000
    }

    /// Types into the login field one key at a time, each waited for, and
    /// returns the average bytes the terminal got per key.
    private func bytesPerKey() throws -> Double {
        let output = folder.appendingPathComponent("terminal-output").path
        let tmux = try TmuxSession(command: "\(BenchCommand.journalPath) --db '\(databasePath)'")
        defer { tmux.close() }
        guard tmux.waitFor("Логин:") else { throw BenchFailure.screenNotShown(tmux.screen()) }
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        try tmux.recordOutput(to: output)
        var typed = ""
        for character in Self.typedText {
            typed.append(character)
            try tmux.type(String(character))
            guard tmux.waitUntil(every: 0.005, { $0.contains("Логин:    " + typed) }) else {
                throw BenchFailure.screenNotShown(tmux.screen())
            }
        }
        usleep(200_000)
        return Double(BenchCommand.fileSize(output)) / Double(Self.typedText.count)
    }

    /// Milliseconds each key takes from arriving to its frame written out, in
    /// the login field of the journal's own application (as `zhurnal` composes
    /// it) drawing for an 80×24 xterm: `typedText` typed and erased again with
    /// Backspace, five times. The frames go to /dev/null: a regular file would
    /// add the file system's own waits (its journal commits for other programs'
    /// fsyncs), which a terminal does not have. Keys come 5 ms apart, as typed:
    /// the program waits for each, as `zhurnal` waits for the keyboard, instead
    /// of running a hundred keys on end and being preempted among them.
    private func keyTimings() throws -> [Double] {
        let backend = try JournalBench.xterm(output: "/dev/null")
        defer { backend.stop() }
        let (app, _) = try JournalBench.app(try AppDatabase.open(path: databasePath), backend: backend)
        app.draw()
        let round = Self.typedText.map { Key.character($0) } + Array(repeating: Key.backspace, count: Self.typedText.count)
        return (0..<5).flatMap { _ in round }.map { key in
            usleep(5_000)
            let start = DispatchTime.now().uptimeNanoseconds
            app.handle(key)
            app.draw()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        }
    }

    private func median(_ values: [Double]) throws -> Double {
        guard !values.isEmpty else { throw BenchFailure.noMeasurements }
        return values.sorted()[values.count / 2]
    }
}

enum BenchFailure: Error, CustomStringConvertible {
    case screenNotShown(String)
    case noMeasurements

    var description: String {
        switch self {
        case .screenNotShown(let screen): "экран не появился; на экране было:\n\(screen)"
        case .noMeasurements: "нет замеров"
        }
    }
}
