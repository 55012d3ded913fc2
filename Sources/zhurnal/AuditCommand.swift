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

/// `audit show`: the changes of a lesson, a student or an account, or the
/// latest changes of the whole school, as a table a person reads: when, who,
/// what, the lesson (date and number, class, subject), the student, the values
/// before and after.
struct AuditShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "История изменений урока, ученика или учётной записи; без них — последние изменения школы.")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Урок (его идентификатор в выгрузке).", valueName: "ID")) var lesson: String?
    @Option(help: ArgumentHelp("Ученик (идентификатор).", valueName: "ID")) var student: String?
    @Option(help: ArgumentHelp("Учётная запись (логин).", valueName: "ЛОГИН")) var account: String?
    @Option(help: ArgumentHelp("Сколько последних изменений показать.", valueName: "N")) var limit: Int = 50

    func validate() throws {
        guard [lesson, student, account].compactMap({ $0 }).count <= 1 else {
            throw ValidationError(global.language == .ru ? "укажите что-то одно: --lesson, --student или --account"
                                  : "give one of --lesson, --student or --account")
        }
        guard limit > 0 else {
            throw ValidationError(global.language == .ru ? "--limit: нужно число больше 0" : "--limit: a number above 0 is needed")
        }
    }

    func run() throws {
        try reportingErrors(global.language) {
            let filter: AuditTrailFilter = if let lesson { .lesson(code: lesson) }
                else if let student { .student(code: student) } else if let account { .account(login: account) } else { .none }
            let rows = try global.openDatabase().auditTrail(filter: filter, limit: limit + 1, by: .serverOperator)
            Console.write(AuditTable(rows: Array(rows.suffix(limit)), more: rows.count > limit, language: global.language).text)
        }
    }
}

/// The rows of `audit show` as a text table, oldest first.
struct AuditTable {
    let rows: [AuditTrailRow]
    /// Earlier changes exist beyond the limit.
    let more: Bool
    let language: Language

    var text: String {
        let ru = language == .ru
        guard !rows.isEmpty else { return (ru ? "Изменений нет." : "No changes.") + "\n" }
        let header = ru ? ["когда", "кто", "что", "урок", "класс", "предмет", "ученик", "было", "стало"]
            : ["when", "who", "what", "lesson", "class", "subject", "student", "old", "new"]
        var text = TextTable(header: header, rows: rows.map { row in
            [row.at.russian, row.actorText(in: language), row.what(in: language), row.lessonText(in: language),
             row.className ?? "", row.subjectName ?? "", row.studentName ?? "", row.oldText(in: language), row.newText(in: language)]
        }).text + "\n"
        if more {
            text += ru ? "Показаны последние \(rows.count) изменений; более ранние — с --limit.\n"
                : "The latest \(rows.count) changes are shown; see earlier ones with --limit.\n"
        }
        return text
    }
}
