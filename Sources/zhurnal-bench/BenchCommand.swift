import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import SchoolGenerator
import ZhurnalCommandLine

/// `zhurnal-bench`: the figures docs/performance.md reports. It generates a
/// school of the chosen size in a temporary folder (or uses `--db`), then
/// measures each part. Meaningful only from a release build
/// (`swift build -c release`, then `zhurnal-bench`). A program of its own, so
/// that the journal's binary carries no measuring code and no tmux driver.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhurnal-bench",
        abstract: "Замеры скорости zhurnal на созданной школе (запускать из release-сборки).",
        discussion: """
            Части: school — создание школы, размер базы, выгрузка, загрузка выгрузки и проверка, что \
            повторная выгрузка совпадает байт в байт; readiness — отчёт о готовности; terminal — запуск \
            до экрана входа, байты и время одного нажатия (в tmux); dashboard — панель готовности \
            в терминале 80×24: вход, разбивки, обновление после чужой записи, отчёт F6 (на копии базы); \
            journal — журнал класса: открытие, сохранение отметки, 20 процессов одновременно, байты на терминал \
            за одну отметку (на копии базы); region — подписанный недельный отчёт школы и сводка района \
            (--region-schools × --region-weeks файлов) до первого экрана; reports — каждый контрольный отчёт \
            процессом zhurnal report за 2-ю четверть; paper — сводная ведомость класса и все журналы четверти в PDF \
            (zhurnal print); yearend — список закрытия года и архив года со всеми PDF (zhurnal archive create, \
            на копии базы). По умолчанию — все части. Часть terminal запускает zhurnal, \
            собранный рядом с zhurnal-bench.
            """,
        subcommands: [BenchWriterCommand.self, RegionFirstScreenCommand.self])

    static func main() {
        CommandLineMain.run(BenchCommand.self)
    }

    @Option(help: ArgumentHelp("Размер школы: small, medium, large или huge.", valueName: "РАЗМЕР"))
    var size: SchoolSize = .large

    @Option(help: ArgumentHelp("Зерно генератора.", valueName: "N"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Какие части замерить, через запятую: school, readiness, terminal, dashboard, journal, region, timetable, plans, reports, paper, myclass, diary, messages, yearend, promotion.", valueName: "ЧАСТИ"))
    var part: String = BenchPart.allCases.map(\.rawValue).joined(separator: ",")

    /// `--db FILE`: a ready database instead of a generated one (then `school`
    /// only exports and imports); `--lang`.
    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Тёплых прогонов на каждый замер отчёта.", valueName: "N"))
    var runs = 5

    @Option(name: .customLong("region-schools"), help: ArgumentHelp("Школ в папке района.", valueName: "N"))
    var regionSchools = 1_000

    @Option(name: .customLong("region-weeks"), help: ArgumentHelp("Недель (файлов) каждой школы в папке района.", valueName: "N"))
    var regionWeeks = 40

    @Flag(help: "Сверить быстрый подсчёт отчёта с подсчётом по каждой записи (долго).")
    var verify = false

    func run() throws {
        #if DEBUG
        Console.error("внимание: это отладочная сборка, замеры в несколько раз хуже; соберите swift build -c release и запустите zhurnal-bench оттуда")
        #endif
        try reportingErrors(global.language) {
            let parts = try BenchPart.parse(part)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-bench-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var table = BenchTable(title: "Замеры: \(global.db ?? "школа \(size.rawValue), зерно \(seed)")")
            let (path, lastSchoolDay) = try prepareDatabase(in: folder, table: &table)
            if parts.contains(.school) { try SchoolBench(databasePath: path, folder: folder).run(into: &table) }
            if parts.contains(.readiness) { try runReadiness(path: path, lastSchoolDay: lastSchoolDay, table: &table) }
            if parts.contains(.terminal) { try TerminalBench(databasePath: path, folder: folder).run(into: &table) }
            if parts.contains(.dashboard) { try runDashboard(path: path, folder: folder, table: &table) }
            if parts.contains(.journal) { try runJournal(path: path, folder: folder, table: &table) }
            if parts.contains(.reports) || parts.contains(.paper) {
                let bench = ReportsBench(databasePath: path, folder: folder, runs: max(1, runs))
                if parts.contains(.reports) { try bench.runReports(into: &table) }
                if parts.contains(.paper) { try bench.runPaper(into: &table) }
            }
            if parts.contains(.myclass) {
                for line in try MyClassBench.run(path: path) { table.addLine(line) }
            }
            if parts.contains(.diary) {
                let copy = folder.appendingPathComponent("diary.sqlite").path
                try Self.copyDatabase(path, to: copy)
                for line in try DiaryBench.run(path: copy, runs: max(5, runs * 4)) { table.addLine(line) }
            }
            if parts.contains(.messages) { try runMessages(path: path, folder: folder, table: &table) }
            if parts.contains(.region) {
                let asOf = lastSchoolDay.map { SchoolTime(date: $0.adding(days: 1), time: TimeOfDay(minutes: 9 * 60)) }
                try RegionBench(databasePath: path, folder: folder, asOf: asOf, schools: regionSchools, weeks: regionWeeks, runs: max(1, runs))
                    .run(into: &table)
            }
            if parts.contains(.timetable) { try runTimetable(path: path, folder: folder, lastSchoolDay: lastSchoolDay, table: &table) }
            if parts.contains(.plans) { try PlansBench(databasePath: path, runs: max(1, runs)).run(into: &table) }
            if parts.contains(.yearend) {
                let copy = folder.appendingPathComponent("yearend.sqlite").path
                try Self.copyDatabase(path, to: copy)
                try YearEndBench(databasePath: copy, folder: folder, runs: max(1, runs)).run(into: &table)
            }
            if parts.contains(.promotion) { try PromotionBench(databasePath: path, folder: folder).run(into: &table) }
            table.add("Пик памяти процесса", Figures.megabytes(BenchCommand.peakMemoryBytes()))
            table.print()
        }
    }

    /// The database to measure: `--db`, or a school generated now (timed), with
    /// its last school day.
    private func prepareDatabase(in folder: URL, table: inout BenchTable) throws -> (String, SchoolDate?) {
        if let db = global.db { return (db, nil) }
        let path = folder.appendingPathComponent("bench.sqlite").path
        let generator = SchoolGenerator(size: size, seed: seed, start: SchoolGenerator.defaultStart(today: SchoolNow.now.date))
        let school = try GeneratedSchool.make(generator, into: path, replace: false)
        let s = school.snapshot
        table.add("Уроков / отметок / посещаемость",
                  "\(Figures.count(s.lessons.count)) / \(Figures.count(s.marks.count)) / \(Figures.count(s.attendance.count))")
        table.add("Генерация школы", Figures.seconds(school.generation))
        table.add("Запись в базу", Figures.seconds(school.writing))
        table.add("generate всего", Figures.seconds(school.generation + school.writing))
        return (path, generator.range.last)
    }

    /// The report as of 14:00 of the generated school's last day (a week in
    /// progress, as on a real Friday), or of the latest entry of a given file.
    private func runReadiness(path: String, lastSchoolDay: SchoolDate?, table: inout BenchTable) throws {
        let database = try AppDatabase.open(path: path)
        let timeZone = try database.school().timeZone
        let asOf = try lastSchoolDay.map { SchoolTime(date: $0, time: TimeOfDay(minutes: 14 * 60)) }
            ?? database.latestActivity() ?? database.clock.now(in: timeZone)
        if verify {
            for line in try ReadinessBench.verify(database: database, asOf: asOf) { table.add("сверка отчёта", line) }
        }
        table.add("Отчёт о готовности, на момент", asOf.russian + " (тёплых прогонов: \(max(1, runs)), медиана)")
        for figure in try ReadinessBench.run(database: database, asOf: asOf, runs: max(1, runs)) {
            table.add("  " + figure.name, String(format: "%.1f мс", figure.median) + (figure.detail.isEmpty ? "" : "  (\(figure.detail))"))
        }
    }

    /// The dashboard's figures on a copy of the school (the bench commits to it).
    private func runDashboard(path: String, folder: URL, table: inout BenchTable) throws {
        let copy = folder.appendingPathComponent("dashboard.sqlite").path
        try Self.copyDatabase(path, to: copy)
        let database = try AppDatabase.open(path: copy)
        guard let admin = try database.actingUser(login: "admin") else { throw DashboardBench.BenchError.noAdministrator }
        table.add("Панель готовности (80×24, тёплых прогонов: \(max(1, runs)))", "")
        let bench = DashboardBench(database: database, admin: admin, reports: folder.appendingPathComponent("отчёты"), runs: max(1, runs))
        for figure in try bench.run() {
            table.add("  " + figure.name, String(format: "%.1f мс", figure.median) + (figure.detail.isEmpty ? "" : "  (\(figure.detail))"))
        }
    }

    /// The messages' figures on a copy of the school (the bench publishes and sends).
    private func runMessages(path: String, folder: URL, table: inout BenchTable) throws {
        let copy = folder.appendingPathComponent("messages.sqlite").path
        try Self.copyDatabase(path, to: copy)
        table.add("Сообщения и объявления (тёплых прогонов: \(max(1, runs)), медиана)", "")
        for figure in try MessagesBench(database: try AppDatabase.open(path: copy), runs: max(1, runs)).run() {
            table.add("  " + figure.name, String(format: "%.2f мс", figure.median) + (figure.detail.isEmpty ? "" : "  (\(figure.detail))"))
        }
    }

    /// The class grid's figures on a copy of the school (the bench saves marks).
    private func runJournal(path: String, folder: URL, table: inout BenchTable) throws {
        let copy = folder.appendingPathComponent("journal.sqlite").path
        try Self.copyDatabase(path, to: copy)
        for line in try JournalBench.run(path: copy, executable: Self.executablePath) { table.addLine(line) }
    }

    /// «Расписание» and «Замены на день» on a copy (opening a day makes its
    /// lessons), as of the school's last day, or of the file's today.
    private func runTimetable(path: String, folder: URL, lastSchoolDay: SchoolDate?, table: inout BenchTable) throws {
        let copy = folder.appendingPathComponent("timetable.sqlite").path
        try Self.copyDatabase(path, to: copy)
        let database = try AppDatabase.open(path: copy)
        let day = try lastSchoolDay ?? database.clock.now(in: database.school().timeZone).date
        table.add("Расписание и замены на \(day.russian) (тёплых прогонов: \(max(1, runs)), медиана)", "")
        for figure in try TimetableBench(database: database, runs: max(1, runs), day: day).run() {
            table.add("  " + figure.name, String(format: "%.1f мс", figure.median) + (figure.detail.isEmpty ? "" : "  (\(figure.detail))"))
        }
    }

    /// This very binary, to start again as `writer` processes.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// The `zhurnal` built beside this binary: what the terminal part starts in tmux.
    static var journalPath: String {
        URL(fileURLWithPath: executablePath).deletingLastPathComponent().appendingPathComponent("zhurnal").path
    }

    /// The database file and its write-ahead log, copied as they are.
    static func copyDatabase(_ source: String, to target: String) throws {
        guard FileManager.default.fileExists(atPath: source) else { throw StoreError.databaseMissing(path: source) }
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: target + suffix)
        }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Largest resident set so far (Linux reports kilobytes).
    static func peakMemoryBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1_024
    }
}

/// The parts `zhurnal-bench --part` can measure.
enum BenchPart: String, CaseIterable {
    case school, readiness, terminal, dashboard, journal, region, timetable, plans, reports, paper, myclass, diary, messages, yearend, promotion

    static func parse(_ text: String) throws -> Set<BenchPart> {
        var parts: Set<BenchPart> = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let part = BenchPart(rawValue: name) else {
                throw JournalError.other(Phrase(ru: "неизвестная часть замеров «\(name)»: есть \(allCases.map(\.rawValue).joined(separator: ", "))",
                                                en: "unknown bench part \"\(name)\": there are \(allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            parts.insert(part)
        }
        return parts
    }
}

/// Rows of figures printed as one aligned table.
struct BenchTable {
    var title: String
    /// A nil value: a line printed as it is, outside the columns.
    private var rows: [(String, String?)] = []

    init(title: String) {
        self.title = title
    }

    mutating func add(_ name: String, _ value: String) {
        rows.append((name, value))
    }

    /// A line already laid out (the journal part's figures).
    mutating func addLine(_ line: String) {
        rows.append((line, nil))
    }

    func print() {
        Console.print(title)
        let width = (rows.filter { $0.1 != nil }.map(\.0.count).max() ?? 0) + 2
        for (name, value) in rows {
            guard let value else {
                Console.print("  " + name)
                continue
            }
            Console.print("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + value)
        }
    }
}
