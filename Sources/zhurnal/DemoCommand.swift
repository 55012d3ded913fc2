import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import SchoolGenerator
import ZhurnalCommandLine

/// `zhurnal demo`: a ready school to try the journal with, made once in the
/// current directory, then straight into the interface; its login screen lists
/// the accounts to try.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Демо-школа: создать (если её ещё нет) и открыть журнал.",
        discussion: """
            Демо-база — файл zhurnal-demo.sqlite в текущем каталоге (или --db ФАЙЛ): школа среднего размера \
            (500 учеников) с журналом с 1 сентября по сегодняшний день. Пароль каждой учётной записи совпадает с логином; \
            экран входа их перечисляет.
            """)

    static let defaultFile = "zhurnal-demo.sqlite"

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global.language) {
            let path = global.db ?? Self.defaultFile
            if !FileManager.default.fileExists(atPath: path) {
                Console.print("Создаю демо-школу в \(path)…")
                let now = SchoolNow.now
                let start = SchoolGenerator.defaultStart(today: now.date)
                let generator = SchoolGenerator(size: .medium, start: start,
                                                weeks: SchoolGenerator.weeksBegun(from: start, through: now.date), asOf: now)
                let school = try GeneratedSchool.make(generator, into: path, replace: false)
                school.summary.forEach(Console.print)
            }
            try InterfaceLauncher.run(database: try AppDatabase.open(path: path), language: global.language)
        }
    }
}
