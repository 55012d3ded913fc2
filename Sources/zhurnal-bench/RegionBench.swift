import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics
import RegionRollup
import RegionScreens
import TerminalUI
import ZhurnalCommandLine

/// The `region` part of `zhurnal-bench`: a school's signed weekly file from
/// the bench's school, then a region on paper made from it (1,000 schools ×
/// 40 weeks by default, `SampleRegion`) and the time and memory of
/// `zhurnal region` to its first screen, measured in a process of its own
/// (`zhurnal-bench region-first-screen`) so that the school's figures do not
/// count in its memory.
struct RegionBench {
    let databasePath: String
    let folder: URL
    let asOf: SchoolTime?
    let schools: Int
    let weeks: Int
    let runs: Int

    func run(into table: inout BenchTable) throws {
        let database = try AppDatabase.open(path: databasePath)
        let moment = try asOf ?? database.latestActivity() ?? database.clock.now(in: database.school().timeZone)
        let key = SampleRegion.key(0)
        var template = ""
        let times = try (0..<max(1, runs)).map { _ in
            try Self.timed {
                let made = try WeeklyReportJSON.make(database: database, schoolCode: "0901-007", asOf: moment)
                template = try WeeklyFile.signed(body: made.body, with: key)
            }
        }
        table.add("Недельный отчёт школы (report weekly)", String(format: "%.0f мс (медиана из %d; %d байт)",
                                                                  Self.medianMilliseconds(times), times.count, template.utf8.count))
        let region = folder.appendingPathComponent("region").path
        let body = String(template[..<template.range(of: "-----BEGIN SSH SIGNATURE-----")!.lowerBound])
        var files: [String] = []
        let making = try Self.timed {
            files = try SampleRegion(template: body, schools: schools, weeks: weeks).write(to: region)
        }
        table.add("Папка района: \(schools) школ × \(weeks) недель", String(format: "%d файлов, создана за %.1f с", files.count, making))
        let firsts = try (0..<3).map { _ in try firstScreen(region) }
        let best = firsts.min { $0.seconds < $1.seconds }!
        table.add("zhurnal region: до первого экрана", String(format: "%.2f с (лучший из 3: %@; процессор %.2f с)",
                                                             best.seconds, firsts.map { String(format: "%.2f", $0.seconds) }.joined(separator: ", "),
                                                             best.processorSeconds))
        table.add("  затем проверены все подписи", String(format: "ещё %.2f с (процессор %.2f с), пик памяти %@",
                                                         best.fullSeconds, best.fullProcessorSeconds, Figures.megabytes(best.peakBytes)))
    }

    struct FirstScreen {
        var seconds: Double
        var processorSeconds: Double
        var fullSeconds: Double
        var fullProcessorSeconds: Double
        var peakBytes: Int
    }

    /// Runs `region-first-screen` in a fresh process and reads its figures.
    private func firstScreen(_ region: String) throws -> FirstScreen {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BenchCommand.executablePath)
        process.arguments = ["region-first-screen", region]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard process.terminationStatus == 0, fields.count == 5 else {
            throw JournalError.other(Phrase(ru: "замер района не удался: \(output)", en: "the region measurement failed: \(output)"))
        }
        return FirstScreen(seconds: fields[0], processorSeconds: fields[1], fullSeconds: fields[2], fullProcessorSeconds: fields[3],
                           peakBytes: Int(fields[4]))
    }

    static func timed(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    static func medianMilliseconds(_ seconds: [Double]) -> Double {
        let sorted = seconds.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2] * 1000
    }
}

/// What `zhurnal region DIR` does before its first screen, in a process of its
/// own: the first look at the folder, ranked and drawn at 80×24; then the
/// whole check that replaces it. Prints the seconds and processor seconds of
/// each, and the peak resident memory in bytes.
struct RegionFirstScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region-first-screen", abstract: "Служебная: время и память до первого экрана zhurnal region.", shouldDisplay: false)

    @Argument var folder: String

    func run() throws {
        let start = Date(), startProcessor = Self.processorSeconds()
        let signers = try AllowedSigners.load(path: folder + "/allowed_signers")
        let rollup = try RegionRollup.read(folder: folder, signers: signers, firstLook: true)
        var state = RegionState(rollup: rollup, language: .ru)
        let frame = RegionView.frame(&state, size: RegionView.minimumSize)
        let seconds = Date().timeIntervalSince(start), processor = Self.processorSeconds() - startProcessor
        guard frame.lines().joined().contains("Школы по недобору") else { throw ExitCode.failure }
        let full = try RegionRollup.read(folder: folder, signers: signers)
        state.replace(with: full)
        let fullSeconds = Date().timeIntervalSince(start) - seconds, fullProcessor = Self.processorSeconds() - startProcessor - processor
        print(String(format: "%.3f %.3f %.3f %.3f", seconds, processor, fullSeconds, fullProcessor), BenchCommand.peakMemoryBytes())
    }

    /// User and system time of this process so far.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
