import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// One writer of the concurrency benchmark and tests: saves marks into one
/// lesson as fast as it can. `zhurnal-bench` starts many of these at once
/// against one file.
///
/// Each mark the store acknowledged is written to `--latencies` at once, one
/// line each (`AcknowledgedMark`), before the next mark is tried: a writer
/// killed at any moment leaves the list of marks it was told were saved, and a
/// test can look for every one of them in the database. A refused attempt is
/// counted in `errors=` and never written as a latency.
struct BenchWriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "writer", abstract: "Служебная: сохраняет отметки и записывает каждую сохранённую.", shouldDisplay: false)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Урок (номер строки).", valueName: "N")) var lesson: Int64
    @Option(help: ArgumentHelp("Логин того, кто ставит отметки.", valueName: "ЛОГИН")) var by: String
    @Option(help: ArgumentHelp("Сколько отметок сохранить.", valueName: "N")) var count: Int = 200
    @Option(name: .customLong("start-at"), help: ArgumentHelp("Начать в этот момент (секунды Unix), чтобы все процессы начали вместе.", valueName: "СЕКУНДЫ"))
    var startAt: Double?
    @Option(name: .customLong("latencies"), help: ArgumentHelp("Файл: по строке на каждую сохранённую отметку, сразу после сохранения.", valueName: "ФАЙЛ"))
    var latenciesFile: String?

    func run() throws {
        try reportingErrors(global.language) {
            let db = try global.openDatabase()
            guard let user = try db.actingUser(login: by) else {
                throw JournalError.notFound(Phrase(ru: "учётная запись «\(by)»", en: "account \"\(by)\""))
            }
            let lessonID = LessonID(lesson)
            let students = try db.studentsEnrolled(in: lessonID)
            guard !students.isEmpty else { throw JournalError.notFound(Phrase(ru: "ученики урока", en: "students of the lesson")) }
            let log = try latenciesFile.map(AcknowledgementLog.init(path:))
            // As a teacher's process does when it opens the grid.
            try db.prepareJournalWrites()
            if let startAt {
                let wait = startAt - Date().timeIntervalSince1970
                if wait > 0 { usleep(useconds_t(min(wait, 60) * 1_000_000)) }
            }
            var latencies: [Double] = []
            var errors = 0
            for index in 0..<count {
                let student = students[index % students.count]
                let value = try MarkValue(index % 5 + 1)
                let start = DispatchTime.now().uptimeNanoseconds
                let mark: MarkID
                do {
                    mark = try db.addMark(lesson: lessonID, student: student, value: value, by: user)
                } catch {
                    errors += 1
                    continue
                }
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
                latencies.append(milliseconds)
                try log?.append(AcknowledgedMark(mark: mark.rawValue, student: student.rawValue, value: value.value,
                                                 milliseconds: milliseconds))
            }
            Console.print(WriterReport(latencies: latencies, errors: errors).line)
        }
    }
}

/// One line of a writer's `--latencies` file: `mark=12 student=3 value=4 ms=1.234`.
struct AcknowledgedMark: Equatable {
    var mark: Int64
    var student: Int64
    var value: Int
    var milliseconds: Double

    var line: String {
        "mark=\(mark) student=\(student) value=\(value) " + String(format: "ms=%.3f", milliseconds)
    }

    init(mark: Int64, student: Int64, value: Int, milliseconds: Double) {
        self.mark = mark
        self.student = student
        self.value = value
        self.milliseconds = milliseconds
    }

    init?(line: Substring) {
        var fields: [Substring: Substring] = [:]
        for pair in line.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        guard let mark = fields["mark"].flatMap({ Int64($0) }), let student = fields["student"].flatMap({ Int64($0) }),
              let value = fields["value"].flatMap({ Int($0) }), let milliseconds = fields["ms"].flatMap({ Double($0) })
        else { return nil }
        self.init(mark: mark, student: student, value: value, milliseconds: milliseconds)
    }

    /// Every complete line of a writer's file (a killed writer may leave half of one).
    static func read(_ path: String) -> [AcknowledgedMark] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap(AcknowledgedMark.init(line:))
    }
}

/// The writer's file, each line handed to the kernel by one `write` as soon as
/// the mark is saved (no buffer in the process that a kill would lose).
final class AcknowledgementLog {
    private let descriptor: Int32
    private let path: String

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0o600)
        guard descriptor >= 0 else {
            throw JournalError.other(Phrase(ru: "не удалось открыть «\(path)» для записи: \(String(cString: strerror(errno)))",
                                            en: "cannot open \"\(path)\" for writing: \(String(cString: strerror(errno)))"))
        }
    }

    deinit { close(descriptor) }

    func append(_ mark: AcknowledgedMark) throws {
        let bytes = Array((mark.line + "\n").utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw JournalError.other(Phrase(ru: "не удалось дописать «\(path)»", en: "cannot append to \"\(path)\""))
        }
    }
}

/// `saved=200 errors=0 p50=1.23 p99=4.56 max=7.89` (milliseconds, of the saved marks only).
struct WriterReport {
    var latencies: [Double]
    var errors: Int

    var line: String {
        let timing = JournalBench.Timing(milliseconds: latencies)
        return String(format: "saved=%d errors=%d p50=%.2f p99=%.2f max=%.2f",
                      latencies.count, errors, timing.quantile(0.5), timing.quantile(0.99), timing.max)
    }
}
