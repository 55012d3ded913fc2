import ArgumentParser
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal year promote --order N --date D [--apply] [--change login=decision…]`:
/// the promotion by order (перевод). Without `--apply` it prints the
/// proposal and changes nothing.
struct YearPromoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promote", abstract: "Перевод учащихся в следующий класс по приказу (без --apply — только предложение).",
        discussion: """
            Каждый класс переходит в следующий (5А → 6А, недостающий класс создаётся); выпускники 9 и 11 классов выбывают; \
            ученики с академической задолженностью (годовая 2, н/а или незач) — условно переведены. Строки меняют через \
            --change «код или логин ученика=keep|conditional|leave|promote|КЛАСС». Перевод — одна транзакция, записывается \
            в историю классов каждого ученика с номером и датой приказа.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Номер приказа о переводе.", valueName: "НОМЕР")) var order: String = ""
    @Option(help: ArgumentHelp("Дата приказа, ГГГГ-ММ-ДД.", valueName: "ДАТА")) var date: String?
    @Flag(help: "Провести перевод (без флага — только показать предложение).") var apply = false
    @Flag(help: "Повторить перевод за год, уже проведённый (только администратор; отменяет прежний).") var force = false
    @Option(name: .customLong("change"), help: ArgumentHelp("Изменить строку: ученик=keep|conditional|leave|promote|КЛАСС.",
                                                            valueName: "УЧЕНИК=РЕШЕНИЕ")) var changes: [String] = []

    func run() throws {
        try reportingErrors(global.language) {
            let order = try PromotionOrder(number: self.order, date: try orderDate())
            let parsed = try changes.map(Self.parseChange)
            let database = try global.openDatabase()
            var proposal = try database.promotionProposal(by: .serverOperator)
            for change in parsed { try proposal.change(change.student, to: change.decision) }
            if apply {
                let result = try database.applyPromotion(order: order, changes: parsed, force: force, by: .serverOperator)
                Console.print(summary(result))
            } else {
                Console.print(PromotionListing(proposal: proposal, order: order, language: global.language).text)
            }
        }
    }

    private func orderDate() throws -> SchoolDate {
        guard let date, !date.trimmingSpaces.isEmpty else {
            throw JournalError.emptyValue(field: Phrase(ru: "дата приказа о переводе (--date)", en: "date of the promotion order (--date)"))
        }
        return try SchoolDate(parsing: date)
    }

    static func parseChange(_ text: String) throws -> (student: String, decision: PromotionDecision) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].trimmingSpaces.isEmpty else {
            throw JournalError.emptyValue(field: Phrase(ru: "изменение «\(text)»: нужно УЧЕНИК=keep|conditional|leave|promote|КЛАСС",
                                                        en: "change \"\(text)\": STUDENT=keep|conditional|leave|promote|CLASS is needed"))
        }
        return (parts[0].trimmingSpaces, try PromotionDecision(parsing: parts[1]))
    }

    private func summary(_ result: PromotionResult) -> String {
        let c = result.counts
        var lines = [global.t("Перевод проведён по приказу \(result.order); новые классы — с \(result.effectiveDay.russian).",
                              "Promotion made by order \(result.order); new classes from \(result.effectiveDay.iso).")]
        lines.append(global.t(
            "Переведено: \((c["promote"] ?? 0) + (c["move"] ?? 0)), условно: \(c["conditional"] ?? 0), оставлено: \(c["keep"] ?? 0), выбыло: \(c["leave"] ?? 0).",
            "Promoted: \((c["promote"] ?? 0) + (c["move"] ?? 0)), conditionally: \(c["conditional"] ?? 0), kept: \(c["keep"] ?? 0), left: \(c["leave"] ?? 0)."))
        if !result.createdClasses.isEmpty {
            lines.append(global.t("Созданы классы: ", "Classes created: ") + result.createdClasses.joined(separator: ", "))
        }
        if result.forced { lines.append(global.t("Прежний перевод за этот год отменён (повтор администратора).", "The earlier promotion was undone (forced).")) }
        return lines.joined(separator: "\n")
    }
}

/// The proposal as a table: one line a student.
struct PromotionListing {
    let proposal: PromotionProposal
    let order: PromotionOrder
    let language: Language

    private func t(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    var text: String {
        var out = [t("Предложение перевода по приказу \(order.text) (не проведён; --apply — провести).",
                     "Promotion proposal by order \(order.text) (not applied; --apply to apply).")]
        if let earlier = proposal.earlierOrder {
            out.append(t("Внимание: перевод за этот год уже проведён по приказу \(earlier).", "Note: this year was promoted by order \(earlier)."))
        }
        let rows = proposal.lines.map { line in
            [line.className, line.fullName, line.login ?? line.studentCode, language == .ru ? line.decisionWords.ru : line.decisionWords.en,
             line.debts.joined(separator: ", ")]
        }
        out.append(TextTable(header: [t("класс", "class"), t("ученик", "student"), t("логин", "login"), t("решение", "decision"),
                                      t("задолженность", "debts")], rows: rows).text)
        return out.joined(separator: "\n")
    }
}
