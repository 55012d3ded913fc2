import ArgumentParser
import Foundation
import JournalCore
import JournalStore

/// One writer of the concurrency benchmark and tests: saves marks into one
/// lesson as fast as it can and prints its latencies. `zhurnal bench` starts
/// many of these at once against one file.
struct BenchWriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-writer", abstract: "Служебная: сохраняет отметки и печатает задержки.", shouldDisplay: false)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Урок (номер строки).") var lesson: Int64
    @Option(help: "Логин того, кто ставит отметки.") var by: String
    @Option(help: "Сколько отметок сохранить.") var count: Int = 200
    @Option(name: .customLong("start-at"), help: "Начать в этот момент (секунды Unix), чтобы все процессы начали вместе.")
    var startAt: Double?
    @Option(name: .customLong("latencies"), help: "Записать в этот файл задержку каждой отметки (мс, по строке).")
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
            // As a teacher's process does when it opens the grid.
            try db.prepareJournalWrites()
            if let startAt {
                let wait = startAt - Date().timeIntervalSince1970
                if wait > 0 { usleep(useconds_t(min(wait, 60) * 1_000_000)) }
            }
            var latencies: [Double] = []
            var errors = 0
            for index in 0..<count {
                let value = try MarkValue(index % 5 + 1)
                let start = DispatchTime.now().uptimeNanoseconds
                do {
                    try db.addMark(lesson: lessonID, student: students[index % students.count], value: value, by: user)
                } catch {
                    errors += 1
                }
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)

            }
            if let latenciesFile {
                let text = latencies.map { String(format: "%.3f", $0) }.joined(separator: "\n") + "\n"
                try Data(text.utf8).write(to: URL(fileURLWithPath: latenciesFile))
            }
            Console.print(WriterReport(latencies: latencies, errors: errors).line)
        }
    }
}

/// `saved=200 errors=0 p50=1.23 p99=4.56 max=7.89` (milliseconds).
struct WriterReport {
    var latencies: [Double]
    var errors: Int

    var line: String {
        let timing = JournalBench.Timing(milliseconds: latencies)
        return String(format: "saved=%d errors=%d p50=%.2f p99=%.2f max=%.2f",
                      latencies.count - errors, errors, timing.quantile(0.5), timing.quantile(0.99), timing.max)
    }
}
