import ArgumentParser
import Foundation
import JournalCore
import JournalScreens
import JournalStore
import ReadinessMetrics
import SchoolGenerator

/// `zhurnal bench`: the timings docs/performance.md reports, measured in a
/// temporary directory. Meaningful only from a release build
/// (`swift run -c release zhurnal bench`).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Замерить скорость (запускать из release-сборки).",
        discussion: """
            --part generate (по умолчанию): создание школы размера --size и запись базы. \
            --part dashboard: панель готовности в терминале 80×24 — вход, разбивки, обновление после чужой записи, \
            отчёт F6; на копии базы --db ФАЙЛ или на созданной школе размера --size.
            """)

    enum Part: String, ExpressibleByArgument, CaseIterable {
        case generate, dashboard
    }

    @Option(help: ArgumentHelp("Что замерять: generate или dashboard.", valueName: "ЧАСТЬ"))
    var part: Part = .generate

    /// `--db ФАЙЛ` (for `--part dashboard`: the school to measure a copy of) and `--lang`.
    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Сколько тёплых прогонов каждого замера панели.", valueName: "N"))
    var runs: Int = 5

    @Option(help: ArgumentHelp("Размер школы: small, medium, large или huge.", valueName: "РАЗМЕР"))
    var size: SchoolSize = .large

    @Option(help: ArgumentHelp("Зерно генератора.", valueName: "N"))
    var seed: UInt64 = 1

    func run() throws {
        #if DEBUG
        Console.error("внимание: это отладочная сборка, замеры в несколько раз хуже; запустите swift run -c release zhurnal bench")
        #endif
        try reportingErrors(global.language) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-bench-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("bench.sqlite").path
            if part == .dashboard, let db = global.db {
                try Self.copyDatabase(db, to: path)
                return try benchDashboard(path, folder: folder)
            }
            let generator = SchoolGenerator(size: size, seed: seed, start: SchoolGenerator.defaultStart(today: SchoolNow.now.date))
            let school = try GeneratedSchool.make(generator, into: path, replace: false)
            if part == .dashboard { return try benchDashboard(path, folder: folder) }
            let bytes = Self.fileSize(path) + Self.fileSize(path + "-wal")
            printTable(school, databaseBytes: bytes)
        }
    }

    /// The dashboard's figures on the school in `path` (a copy: the bench writes to it).
    private func benchDashboard(_ path: String, folder: URL) throws {
        let database = try AppDatabase.open(path: path)
        guard let admin = try database.actingUser(login: "admin") else { throw DashboardBench.BenchError.noAdministrator }
        let now = database.clock.now(in: try database.school().timeZone)
        let year = try DashboardWindow.academicYear.resolve(periods: database.periods().map(\.period), asOf: now)
        let lessons = try ReadinessCalculator(database: database)
            .report(profile: ReadinessSettings.defaultProfile(database), window: year, verdictWeeks: 4).indicator(.planning)
        Console.print("Панель готовности: \(try database.school().name), учебный год \(year.from.russian) – \(year.to.russian), "
            + "на \(now.russian), уроков в окне: \(lessons?.ratio.denominator ?? 0); терминал 80×24; \(runs) тёплых прогонов")
        let bench = DashboardBench(database: database, admin: admin, reports: folder.appendingPathComponent("отчёты"), runs: max(1, runs))
        for figure in try bench.run() { Console.print(figure.line) }
        Console.print(String(format: "peak memory %.1f MB", ReadinessBench.peakMemoryMegabytes()))
    }

    /// The database file and its write-ahead log, copied as they are.
    static func copyDatabase(_ source: String, to target: String) throws {
        guard FileManager.default.fileExists(atPath: source) else { throw StoreError.databaseMissing(path: source) }
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: target + suffix)
        }
    }

    private func printTable(_ school: GeneratedSchool, databaseBytes: Int) {
        let s = school.snapshot
        let weeks = Figures.plural(school.generator.range.weeks, "неделя", "недели", "недель")
        Console.print("Замеры: школа \(size.rawValue), зерно \(seed), \(weeks)")
        let rows: [(String, String)] = [
            ("Уроков", Figures.count(s.lessons.count)),
            ("Отметок", Figures.count(s.marks.count)),
            ("Записей посещаемости", Figures.count(s.attendance.count)),
            ("Итоговых отметок", Figures.count(s.finalMarks.count)),
            ("Входов в систему", Figures.count(s.signIns.count)),
            ("Генерация школы", Figures.seconds(school.generation)),
            ("Запись в базу", Figures.seconds(school.writing)),
            ("generate всего", Figures.seconds(school.generation + school.writing)),
            ("Размер базы", Figures.megabytes(databaseBytes)),
            // Место для замеров SchoolBundle (модуль делается параллельно):
            // экспорт базы в пакет CSV и импорт пакета в пустую базу.
            ("Экспорт в пакет CSV", "— (появится с модулем SchoolBundle)"),
            ("Импорт пакета CSV", "— (появится с модулем SchoolBundle)"),
            ("Пик памяти процесса", Figures.megabytes(Self.peakMemoryBytes())),
        ]
        let width = rows.map(\.0.count).max()! + 2
        for (name, value) in rows {
            Console.print("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + value)
        }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Largest resident set so far (Linux reports kilobytes, macOS bytes).
    static func peakMemoryBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1_024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
        #endif
    }
}
