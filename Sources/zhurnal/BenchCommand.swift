import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import SchoolGenerator

/// Which figures `zhurnal bench` measures.
enum BenchPart: String, CaseIterable, ExpressibleByArgument {
    /// Generating a school and writing its database.
    case school
    /// The class grid: opening it, saving marks alone and twenty at once, bytes to the terminal.
    case journal
    case all
}

/// `zhurnal bench`: the timings docs/performance.md reports, measured in a
/// temporary directory. Meaningful only from a release build
/// (`swift run -c release zhurnal bench`).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Замерить время создания школы, записи базы и работы журнала (запускать из release-сборки).",
        discussion: """
            --part school (по умолчанию): создание школы и запись базы; --part journal: открытие журнала класса,             сохранение отметки, 20 процессов одновременно, байты на терминал за одну отметку; --part all: всё.             Журнал замеряется на созданной школе размера --size или на копии базы --db (сама база не меняется).
            """)

    @Option(help: ArgumentHelp("Что замерять: school, journal или all.", valueName: "ЧАСТЬ"))
    var part: BenchPart = .school

    @Option(help: ArgumentHelp("Замерить журнал на копии этой базы, а не на созданной школе.", valueName: "ФАЙЛ"))
    var db: String?

    @Option(help: ArgumentHelp("Размер школы: small, medium, large или huge.", valueName: "РАЗМЕР"))
    var size: SchoolSize = .large

    @Option(help: ArgumentHelp("Зерно генератора.", valueName: "N"))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Язык сообщений: ru или en.", valueName: "ЯЗЫК"))
    var lang: String?

    func run() throws {
        #if DEBUG
        Console.error("внимание: это отладочная сборка, замеры в несколько раз хуже; запустите swift run -c release zhurnal bench")
        #endif
        let language = lang.flatMap { Language(rawValue: $0) } ?? Language.from(environment: ProcessInfo.processInfo.environment)
        try reportingErrors(language) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-bench-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("bench.sqlite").path
            if let db, part == .journal {
                try Self.copyDatabase(db, to: path)
            } else {
                let generator = SchoolGenerator(size: size, seed: seed, start: SchoolGenerator.defaultStart(today: SchoolNow.now.date))
                let school = try GeneratedSchool.make(generator, into: path, replace: false)
                let bytes = Self.fileSize(path) + Self.fileSize(path + "-wal")
                if part != .journal { printTable(school, databaseBytes: bytes) }
            }
            if part != .school {
                for line in try JournalBench.run(path: path, executable: Self.executablePath) { Console.print(line) }
            }
        }
    }

    /// The database and its write-ahead log, so that the copy holds every commit.
    static func copyDatabase(_ source: String, to target: String) throws {
        guard FileManager.default.fileExists(atPath: source) else { throw StoreError.databaseMissing(path: source) }
        try FileManager.default.copyItem(atPath: source, toPath: target)
        if FileManager.default.fileExists(atPath: source + "-wal") {
            try FileManager.default.copyItem(atPath: source + "-wal", toPath: target + "-wal")
        }
    }

    /// This very binary, for the `bench-writer` processes.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
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
