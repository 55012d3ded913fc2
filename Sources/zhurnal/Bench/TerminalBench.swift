import Foundation
import TmuxDriver

/// The `terminal` part of `zhurnal bench`: this very binary in tmux at 80×24,
/// as a user meets it. Measures the time from start to a drawn login screen,
/// the bytes one keystroke in a text field sends to the terminal, and how long
/// a key takes to handle and draw (`ZHURNAL_KEY_TIMING`). Needs tmux.
struct TerminalBench {
    let databasePath: String
    let folder: URL

    func run(into table: inout BenchTable) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            table.add("Терминал", "не замерено: нет tmux (apt-get install tmux)")
            return
        }
        let baseline = try median((0..<5).map { _ in try startup(command: "echo 'Логин:'; sleep 5") })
        let startups = try (0..<5).map { _ in try startup(command: "\(BenchCommand.executablePath) --db '\(databasePath)'") }
        table.add("Запуск до экрана входа", String(format: "%.0f мс (медиана из 5; сам tmux с echo — %.0f мс)",
                                                   try median(startups), baseline))
        let (bytes, timings) = try typeIntoLogin()
        table.add("Байт на нажатие в поле ввода", String(format: "%.1f (среднее из %d)", bytes, Self.typedText.count))
        table.add("Нажатие: обработка и отрисовка", String(format: "медиана %.2f мс, наибольшее %.2f мс",
                                                           try median(timings), timings.max() ?? 0))
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

    /// Types into the login field one key at a time, each waited for, and returns
    /// the average bytes per key and each key's handling time in milliseconds.
    private func typeIntoLogin() throws -> (Double, [Double]) {
        let output = folder.appendingPathComponent("terminal-output").path
        let timing = folder.appendingPathComponent("key-timing").path
        let tmux = try TmuxSession(command: "\(BenchCommand.executablePath) --db '\(databasePath)'", environment: ["ZHURNAL_KEY_TIMING": timing])
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
        let bytes = Double(BenchCommand.fileSize(output)) / Double(Self.typedText.count)
        let lines = (try? String(contentsOfFile: timing, encoding: .utf8)) ?? ""
        let timings = lines.split(separator: "\n").compactMap { Double($0.split(separator: " ").first ?? "") }.map { $0 / 1000 }
        return (bytes, timings)
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
