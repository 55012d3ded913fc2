import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import SchoolGenerator

/// `zhurnal demo`: a ready school to try the journal with, made once in the
/// current directory. (A later version opens the interface here.)
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Создать демо-школу (если её ещё нет) и показать учётные записи для входа.",
        discussion: """
            Демо-база — файл zhurnal-demo.sqlite в текущем каталоге (или --db ФАЙЛ): школа среднего размера \
            (500 учеников) с журналом с 1 сентября по сегодняшний день. Пароль каждой учётной записи совпадает с логином.
            """)

    static let defaultFile = "zhurnal-demo.sqlite"

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global.language) {
            let path = global.db ?? Self.defaultFile
            let snapshot: SchoolSnapshot
            if FileManager.default.fileExists(atPath: path) {
                Console.print("Демо-база уже есть: \(path) (чтобы создать заново, удалите файл).")
                snapshot = try AppDatabase.open(path: path).snapshot()
            } else {
                Console.print("Создаю демо-школу в \(path)…")
                let now = SchoolNow.now
                let start = SchoolGenerator.defaultStart(today: now.date)
                let generator = SchoolGenerator(size: .medium, start: start,
                                                weeks: SchoolGenerator.weeksBegun(from: start, through: now.date), asOf: now)
                let school = try GeneratedSchool.make(generator, into: path, replace: false)
                school.summary.forEach(Console.print)
                snapshot = school.snapshot
            }
            Console.print("")
            Self.printAccounts(SchoolGenerator.demoAccounts(in: snapshot))
        }
    }

    static func printAccounts(_ accounts: [DemoAccount]) {
        guard !accounts.isEmpty else {
            Console.print("В этой базе нет демо-учётных записей: она создана не командой demo или generate.")
            return
        }
        Console.print("Учётные записи для входа (пароль совпадает с логином):")
        let width = (accounts.map(\.login.count).max() ?? 0) + 2
        for account in accounts {
            let login = account.login.padding(toLength: width, withPad: " ", startingAt: 0)
            Console.print("  \(login)\(account.role.title.ru): \(account.fullName) — \(account.about)")
        }
    }
}
