import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics

/// Timings of the readiness report on a school database, for docs/performance.md.
/// `zhurnal bench` (a later issue) calls `ReadinessBench.run`; until then the
/// hidden `bench-readiness` command runs it alone.
enum ReadinessBench {
    struct Figure {
        var name: String
        var milliseconds: [Double]
        var detail: String

        var median: Double { milliseconds.sorted()[milliseconds.count / 2] }
        var line: String {
            let runs = milliseconds.map { String(format: "%.1f", $0) }.joined(separator: " ")
            return String(format: "%-46@ median %7.1f ms  (runs: %@)  %@", name as NSString, median, runs as NSString,
                          detail as NSString)
        }
    }

    /// Runs each case once cold, then `runs` times warm; reports the warm runs.
    static func run(database: AppDatabase, asOf: SchoolTime, runs: Int = 5) throws -> [Figure] {
        let calculator = ReadinessCalculator(database: database)
        let periods = try database.periods()
        let year = try WindowChoice(periodCode: WindowChoice.wholeYearCode).resolve(periods: periods, asOf: asOf)
        let lastWeek = ReadinessWindow.lastWeeks(1, asOf: asOf)
        let quarter = try ReadinessWindow(from: year.from, to: min(year.to, year.from.adding(days: 62)), asOf: asOf)
        let midYear = SchoolTime(date: year.from.adding(days: 100), time: TimeOfDay(minutes: 11 * 60 + 30))
        let historical = try ReadinessWindow(from: year.from, to: year.to, asOf: midYear)
        let kchr = try ReadinessProfile.builtIn(named: "kchr")
        let crimea = try ReadinessProfile.builtIn(named: "crimea")
        var custom = kchr
        custom.deadline = .nextDayAt(secondOfDay: 18 * 3600)
        let all = IndicatorKey.allCases
        let cases: [(String, () throws -> String)] = [
            ("year, all indicators, weekly (kchr)", {
                let r = try calculator.report(profile: kchr, window: year, verdictWeeks: 4, indicators: all)
                return "\(r.weeks.count) weeks, lessons \(r.indicator(.planning)?.ratio.denominator ?? 0)"
            }),
            ("year, all indicators, weekly (crimea)", {
                let r = try calculator.report(profile: crimea, window: year, verdictWeeks: 4, indicators: all)
                return "entries \(r.indicator(.onTime)?.ratio.denominator ?? 0)"
            }),
            ("one week, all indicators", {
                let r = try calculator.report(profile: kchr, window: lastWeek, verdictWeeks: 4, indicators: all)
                return "lessons \(r.indicator(.planning)?.ratio.denominator ?? 0)"
            }),
            ("quarter, drill-down by teacher", {
                let rows = try calculator.breakdowns(of: all, profile: kchr, window: quarter, by: .teacher)
                return "\(rows[.planning]?.count ?? 0) teachers"
            }),
            ("year as of mid-year 11:30 (unsettled path)", {
                let r = try calculator.report(profile: crimea, window: historical, verdictWeeks: 4, indicators: all)
                return "entries \(r.indicator(.onTime)?.ratio.denominator ?? 0)"
            }),
            ("year, custom deadline 18:00 (entry path)", {
                let r = try calculator.report(profile: custom, window: year, verdictWeeks: 4, indicators: all)
                return "entries \(r.indicator(.onTime)?.ratio.denominator ?? 0)"
            }),
            ("quarter, late entries of one teacher", {
                let teacher = try calculator.breakdown(of: .onTime, profile: kchr, window: quarter, by: .teacher).first
                guard let group = teacher?.group else { return "no teachers" }
                return "\(try calculator.shortfall(of: .onTime, profile: kchr, window: quarter, slice: group.slice).count) items"
            }),
        ]
        return try cases.map { name, body in
            var detail = try body()
            var times: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                detail = try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            return Figure(name: name, milliseconds: times, detail: detail)
        }
    }

    /// The process's peak resident memory, in megabytes.
    static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// `zhurnal bench-readiness --db FILE`: hidden; see `ReadinessBench`.
struct BenchReadinessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-readiness", abstract: "Замер скорости отчёта о готовности.", shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("as-of"), help: "Момент отчёта (по умолчанию конец последнего периода).")
    var asOf: String?

    @Flag(help: "Создать синтетическую огромную школу в --db, если файла нет (пока нет zhurnal generate).")
    var makeSynthetic = false

    @Option(help: "Сколько тёплых прогонов.")
    var runs = 5

    func run() throws {
        try reportingErrors(global.language) {
            if makeSynthetic && !FileManager.default.fileExists(atPath: global.databasePath) {
                let start = Date()
                let database = try global.openDatabase(create: true)
                try database.load(SyntheticSchool.huge(), options: LoadOptions(source: "bench-readiness synthetic"))
                Console.print(String(format: "synthetic school written in %.0f s", Date().timeIntervalSince(start)))
            }
            let database = try global.openDatabase()
            let timeZone = try database.school().timeZone
            let moment: SchoolTime
            if let asOf {
                moment = try ReportMoment.asOf(asOf, timeZone: timeZone)
            } else {
                let end = try database.periods().map(\.end).max() ?? database.clock.now(in: timeZone).date
                moment = SchoolTime(date: end.adding(days: 1), time: TimeOfDay(minutes: 9 * 60))
            }
            Console.print("as of \(moment.iso), \(runs) warm runs each")
            for figure in try ReadinessBench.run(database: database, asOf: moment, runs: runs) {
                Console.print(figure.line)
            }
            Console.print(String(format: "peak memory %.1f MB", ReadinessBench.peakMemoryMegabytes()))
        }
    }
}
