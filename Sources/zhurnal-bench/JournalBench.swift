import CursesBackend
import Foundation
import JournalCore
import JournalScreens
import JournalStore
import TerminalUI
import ZhurnalCommandLine

/// `zhurnal-bench --part journal`: the class grid's figures on a school
/// database, for docs/performance.md. Works on a copy: it writes marks.
///
/// - opening a grid: `ClassGridScreen.forLesson` and its first frame, for the
///   biggest class's lesson of the latest day with marks;
/// - one mark saved through the store, durable and audited;
/// - twenty `zhurnal-bench writer` processes saving 200 marks each into the
///   one file at once;
/// - the bytes curses sends to an xterm for one mark typed in the grid.
enum JournalBench {
    /// Latencies, sorted once; each `writer` reports its own through it too.
    struct Timing {
        let sorted: [Double]

        init(milliseconds: [Double]) {
            sorted = milliseconds.sorted()
        }

        func quantile(_ q: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
        }
        var max: Double { sorted.last ?? 0 }
        var line: String {
            String(format: "p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d runs)", quantile(0.5), quantile(0.99), max, sorted.count)
        }
    }

    static func run(path: String, executable: String, writers: Int = 20, marksPerWriter: Int = 200) throws -> [String] {
        let db = try AppDatabase.open(path: path)
        let lessons = try db.benchmarkLessons(count: writers)
        guard let target = lessons.first, let teacher = try db.actingUser(login: target.teacherLogin) else {
            throw JournalError.notFound(Phrase(ru: "урок с отметками для замера", en: "a marked lesson to measure on"))
        }
        var lines = ["Журнал: урок \(target.lesson), учитель \(target.teacherLogin), учеников в классе \(target.students)"]
        // A whole quarter's grid: the first quarter's last marked lesson.
        let quarterEnd = try db.periods().first { $0.period.kind == .quarter }?.period.end
        if let full = try db.benchmarkLessons(count: 1, through: quarterEnd).first,
           let owner = try db.actingUser(login: full.teacherLogin) {
            let (grid, columns) = try gridOpening(db, full.lesson, owner)
            lines.append("  Открытие журнала класса за всю четверть (\(full.students) учеников × \(columns) уроков): " + grid.line)
        }
        let (grid, columns) = try gridOpening(db, target.lesson, teacher)
        lines.append("  Открытие журнала класса сегодня (\(target.students) учеников × \(columns) уроков): " + grid.line)
        // Typed before the timings below add hundreds of marks to the lesson.
        lines += try bytesPerMark(db, target.lesson, teacher)
        lines.append("  Сохранение отметки: " + (try markSaving(db, target.lesson, teacher, count: 500)).line)
        lines += try concurrentWriters(path: path, executable: executable, lessons: lessons, count: marksPerWriter)
        return lines
    }

    // MARK: Opening a grid

    private static func gridOpening(_ db: AppDatabase, _ lesson: LessonID, _ user: ActingUser) throws -> (Timing, Int) {
        let (app, context) = try signedInApp(db, user, backend: TestBackend())
        var times: [Double] = []
        var columns = 0
        for run in 0..<21 {
            let start = DispatchTime.now().uptimeNanoseconds
            let grid = try ClassGridScreen.forLesson(lesson, context: context)
            app.apply(screenEffects: [.push(grid)])
            app.draw()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            if run > 0 { times.append(elapsed) }   // the first is cold: statements compiled, pages read
            columns = grid.lessonCount
            app.apply(screenEffects: [.pop])
        }
        return (Timing(milliseconds: times), columns)
    }

    /// The application as `zhurnal` composes it, on `backend`, at its login screen.
    static func app<Backend: TerminalBackend>(_ db: AppDatabase, backend: Backend) throws -> (App<Backend>, AppContext) {
        let context = try AppContext(db: db, language: .ru)
        let app = App(backend: backend, context: context, login: { LoginScreen(context: $0) },
                      home: { Homes.make(context: $0, user: $1) })
        return (app, context)
    }

    private static func signedInApp<Backend: TerminalBackend>(_ db: AppDatabase, _ user: ActingUser,
                                                              backend: Backend) throws -> (App<Backend>, AppContext) {
        let (app, context) = try app(db, backend: backend)
        app.apply(screenEffects: [.signedIn(user)])
        return (app, context)
    }

    // MARK: Saving marks

    private static func markSaving(_ db: AppDatabase, _ lesson: LessonID, _ user: ActingUser, count: Int) throws -> Timing {
        let students = try db.studentsEnrolled(in: lesson)
        var times: [Double] = []
        for index in 0..<count {
            let value = try MarkValue(index % 5 + 1)
            let start = DispatchTime.now().uptimeNanoseconds
            try db.addMark(lesson: lesson, student: students[index % students.count], value: value, by: user)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return Timing(milliseconds: times)
    }

    /// Each writer its own teacher's lesson. They start their first mark at one
    /// agreed moment, once all have started and opened the database (as a
    /// teacher's process has when the grid is open), so that what is measured
    /// is saving marks at once, not twenty programs starting on two cores.
    private static func concurrentWriters(path: String, executable: String, lessons: [BenchmarkLesson], count: Int) throws -> [String] {
        let startAt = Date().addingTimeInterval(2 + 0.1 * Double(lessons.count))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let files = lessons.indices.map { folder.appendingPathComponent("writer-\($0).txt").path }
        let processes = try zip(lessons, files).map { lesson, file -> (Process, Pipe) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["writer", "--db", path, "--lesson", String(lesson.lesson.rawValue),
                                 "--by", lesson.teacherLogin, "--count", String(count),
                                 "--start-at", String(startAt.timeIntervalSince1970), "--latencies", file]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            return (process, out)
        }
        let reports = processes.map { process, out -> String in
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let wall = Date().timeIntervalSince(startAt)
        let values = reports.map(WriterFigures.init)
        let saved = values.reduce(0) { $0 + $1.saved }, errors = values.reduce(0) { $0 + $1.errors }
        let all = Timing(milliseconds: files.flatMap { AcknowledgedMark.read($0).map(\.milliseconds) })
        let worst = values.map(\.p99).max() ?? 0
        return [String(format: "  %d процессов × %d отметок за %.1f с: сохранено %d, ошибок %d", lessons.count, count, wall, saved, errors),
                "    все отметки: " + all.line,
                String(format: "    худший процесс: p99 %.2f ms", worst)]
            + reports.map { "    " + $0 }
    }

    /// `saved=200 errors=0 p50=1.23 p99=4.56 max=7.89`
    struct WriterFigures {
        var saved = 0, errors = 0
        var p50 = 0.0, p99 = 0.0, max = 0.0

        init(_ line: String) {
            for pair in line.split(separator: " ") {
                let parts = pair.split(separator: "=")
                guard parts.count == 2 else { continue }
                switch parts[0] {
                case "saved": saved = Int(parts[1]) ?? 0
                case "errors": errors = Int(parts[1]) ?? 0
                case "p50": p50 = Double(parts[1]) ?? 0
                case "p99": p99 = Double(parts[1]) ?? 0
                case "max": max = Double(parts[1]) ?? 0
                default: break
                }
            }
            if line.isEmpty { errors = 1 }
        }
    }

    // MARK: Bytes to the terminal

    /// Marks typed down the lesson's column on an 80×24 xterm (colour), the
    /// bytes curses writes for each counted from its output file.
    private static func bytesPerMark(_ db: AppDatabase, _ lesson: LessonID, _ user: ActingUser) throws -> [String] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-bench-tty-\(getpid()).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let backend = try xterm(output: output)
        defer { backend.stop() }
        let (app, context) = try signedInApp(db, user, backend: backend)
        let grid = try ClassGridScreen.forLesson(lesson, context: context)
        app.apply(screenEffects: [.push(grid)])
        app.draw()
        var counts: [Int] = []
        for index in 0..<min(grid.studentCount, 40) {
            let before = BenchCommand.fileSize(output)
            app.handle(.character(Character(String(index % 4 + 2))))
            app.draw()
            counts.append(BenchCommand.fileSize(output) - before)
            if ProcessInfo.processInfo.environment["ZH_BYTES"] != nil, let data = FileManager.default.contents(atPath: output) {
                FileHandle.standardError.write(Data(String(reflecting: String(decoding: data.suffix(from: before), as: UTF8.self)).utf8) + Data("\n".utf8))
            }
        }
        let visible = grid.visibleStudentRows
        let steady = Array(counts.dropFirst().prefix(max(0, visible - 1)))
        let scrolling = Array(counts.dropFirst(visible))
        func median(_ values: [Int]) -> Int { values.isEmpty ? 0 : values.sorted()[values.count / 2] }
        return [
            "  Байт на терминал за одну отметку в журнале (xterm-256color, 80×24):",
            "    первая (строка состояния появляется): \(counts.first ?? 0)",
            "    следующие без прокрутки: медиана \(median(steady)), наибольшее \(steady.max() ?? 0) (\(steady.count) отметок)",
            "    с прокруткой на строку вниз: медиана \(median(scrolling)), наибольшее \(scrolling.max() ?? 0) (\(scrolling.count) отметок)",
        ]
    }

    /// Curses drawing for an 80×24 colour xterm into a file (or /dev/null),
    /// started: the bytes it writes are what a terminal would get.
    static func xterm(output: String) throws -> CursesBackend {
        setenv("LC_ALL", "C.UTF-8", 1)
        let backend = CursesBackend(configuration: CursesConfiguration(
            ignoresInterruptSignals: false, restoresTerminalOnSignals: false, terminalType: "xterm-256color",
            device: .paths(input: "/dev/null", output: output), environment: ["NO_COLOR": ""]))
        try backend.start()
        return backend
    }
}
