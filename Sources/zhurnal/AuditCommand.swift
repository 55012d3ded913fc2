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
        commandName: "verify", abstract: "Проверить, что журнал аудита не изменяли в обход zhurnal.",
        discussion: """
            Печатает голову цепочки — число записей и хэш последней (ЧИСЛО:ХЭШ). Запишите её (она есть и \
            в отчётах F6); позже --expect ЧИСЛО:ХЭШ проверит, что журнал по-прежнему доходит до неё: так \
            видно и удаление последних записей. Код выхода 2 — журнал повреждён, укорочен или переписан.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Записанная ранее голова цепочки.", valueName: "ЧИСЛО:ХЭШ"))
    var expect: String?

    func run() throws {
        try reportingErrors(global.language) {
            let expected = try expect.map { text in
                guard let head = AuditHead(parsing: text) else { throw CommandLineError.invalidAuditHead(text) }
                return head
            }
            let verification = try global.openDatabase().verifyAuditLog(expecting: expected)
            let words = AuditVerificationWords(verification: verification, expected: expected)
            guard words.isIntact else {
                Console.error(words.text(in: global.language))
                throw ExitCode(2)
            }
            Console.print(words.text(in: global.language))
        }
    }
}

/// What `audit verify` says about the chain.
struct AuditVerificationWords: LocalizedMessage {
    let verification: AuditVerification
    let expected: AuditHead?

    var isIntact: Bool {
        if case .intact = verification { return true }
        return false
    }

    func text(in language: Language) -> String {
        let ru = language == .ru
        switch verification {
        case .intact(let head):
            var lines = [ru ? "Журнал аудита цел: проверено записей: \(head.rows)." : "The audit log is intact: \(head.rows) rows checked.",
                         (ru ? "Голова цепочки: " : "Chain head: ") + head.description]
            if let expected {
                lines.append(ru ? "Журнал доходит до записанной головы \(expected.rows) и продолжается ещё \(head.rows - expected.rows) записями."
                             : "The log reaches the recorded head \(expected.rows) and goes on for \(head.rows - expected.rows) more rows.")
            }
            return lines.joined(separator: "\n")
        case .broken(let rowID, let checked):
            return ru ? "журнал аудита повреждён: первая нарушенная запись № \(rowID) (до неё цепочка цела: \(checked) записей). Запись изменена, удалена или переставлена в обход zhurnal."
                : "the audit log is broken: first bad row \(rowID) (\(checked) rows before it are intact). A row was changed, removed or reordered outside zhurnal."
        case .truncated(let head, let expected):
            return ru ? "журнал аудита укорочен: в нём \(head.rows) записей, а записанная голова — № \(expected.rows). Последние \(expected.rows - head.rows) записей удалены в обход zhurnal, или это более старая копия базы."
                : "the audit log is truncated: it has \(head.rows) rows, the recorded head is row \(expected.rows). The last \(expected.rows - head.rows) rows were removed outside zhurnal, or this is an older copy of the database."
        case .diverged(_, let expected):
            return ru ? "журнал аудита переписан: запись № \(expected.rows) не та, что была в записанной голове. Цепочку пересчитали в обход zhurnal, или это база другой школы."
                : "the audit log was rewritten: row \(expected.rows) is not the one of the recorded head. The chain was recomputed outside zhurnal, or this is another school's database."
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
