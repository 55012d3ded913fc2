import ArgumentParser
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// The audit log from the command line: check the chain, list changes.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Журнал аудита: проверка цепочки, история изменений.",
        subcommands: [AuditVerifyCommand.self, AuditShowCommand.self])
}

struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Проверить, что журнал аудита не изменяли в обход zhurnal.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global.language) {
            let ru = global.language == .ru
            switch try global.openDatabase().verifyAuditLog() {
            case .intact(let rows):
                Console.print(ru ? "Журнал аудита цел: проверено записей: \(rows)." : "The audit log is intact: \(rows) rows checked.")
            case .broken(let rowID, let checked):
                Console.error(ru ? "журнал аудита повреждён: первая нарушенная запись № \(rowID) (до неё цепочка цела: \(checked) записей). Запись изменена, удалена или переставлена в обход zhurnal."
                              : "the audit log is broken: first bad row \(rowID) (\(checked) rows before it are intact). A row was changed, removed or reordered outside zhurnal.")
                throw ExitCode(2)
            }
        }
    }
}

struct AuditShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "История изменений урока, ученика или учётной записи.")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Урок (его идентификатор в выгрузке).", valueName: "ID")) var lesson: String?
    @Option(help: ArgumentHelp("Ученик (идентификатор).", valueName: "ID")) var student: String?
    @Option(help: ArgumentHelp("Учётная запись (логин).", valueName: "ЛОГИН")) var account: String?

    func validate() throws {
        guard [lesson, student, account].compactMap({ $0 }).count == 1 else {
            throw ValidationError("укажите ровно одно: --lesson, --student или --account")
        }
    }

    func run() throws {
        try reportingErrors(global.language) {
            let subject: AuditSubject = if let lesson { .lesson(code: lesson) }
                else if let student { .student(code: student) } else { .account(login: account ?? "") }
            let records = try global.openDatabase().auditTrail(of: subject, by: .serverOperator)
            let ru = global.language == .ru
            let header = ru ? ["№", "когда", "кто", "что", "таблица", "было", "стало"] : ["#", "when", "who", "action", "table", "old", "new"]
            Console.print(TextTable(header: header, rows: records.map { r in
                [String(r.id), r.at.russian, r.actorLogin ?? (ru ? "система" : "system"), r.action, r.table,
                 r.oldValue ?? "", r.newValue ?? ""]
            }).text)
        }
    }
}
