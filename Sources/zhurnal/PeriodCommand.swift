import ArgumentParser
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal period list|lock|unlock`: closing a period (закрытие периода), so
/// that nothing dated inside it changes any more.
struct PeriodCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "period", abstract: "Учебные периоды: список, закрытие и открытие.",
        subcommands: [PeriodListCommand.self, PeriodLockCommand.self, PeriodUnlockCommand.self])
}

struct PeriodListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Периоды школы и кто их закрыл.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global.language) {
            let ru = global.language == .ru
            let rows = try global.openDatabase().periodLocks().map { state -> [String] in
                let p = state.info.period
                let lock = p.locked
                    ? (ru ? "закрыт" : "closed") + (state.lockedAt.map { " \($0.date.russian)" } ?? "")
                        + (state.lockedBy.map { ", \(PersonName.short($0))" } ?? "")
                    : (ru ? "открыт" : "open")
                return [p.code, p.name, "\(p.start.russian)–\(p.end.russian)", lock]
            }
            Console.print(TextTable(header: ru ? ["код", "период", "даты", "состояние"] : ["code", "period", "dates", "state"],
                                    rows: rows).text)
        }
    }
}

struct PeriodLockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock", abstract: "Закрыть период: отметки, посещаемость, темы и итоги в нём больше не меняются.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Код периода из выгрузки (q1, q2, ..., year).", valueName: "КОД")) var code: String

    func run() throws {
        try PeriodSwitch.set(code, locked: true, global: global)
    }
}

struct PeriodUnlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlock", abstract: "Снова открыть закрытый период.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Код периода из выгрузки (q1, q2, ..., year).", valueName: "КОД")) var code: String

    func run() throws {
        try PeriodSwitch.set(code, locked: false, global: global)
    }
}

/// What `period lock` and `period unlock` share.
enum PeriodSwitch {
    static func set(_ code: String, locked: Bool, global: GlobalOptions) throws {
        try reportingErrors(global.language) {
            let changed = try global.openDatabase().setPeriodLocked(code, locked, by: .serverOperator)
            let state = locked ? global.t("закрыт", "closed") : global.t("открыт", "open")
            Console.print(global.t("Период «\(code)» \(changed ? "" : "уже ")\(state).", "Period \"\(code)\" \(changed ? "" : "already ")\(state)."))
        }
    }
}
