import ArgumentParser
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal year marks accept`: the deputy's (or a teacher's) bulk confirmation
/// of the proposed year marks, line by line of the closing checklist — the
/// command-line twin of the bulk key in «Годовые отметки» (docs/year-end.md).
struct YearMarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marks", abstract: "Годовые отметки: подтвердить предложенные разом.",
        subcommands: [YearMarksAcceptCommand.self])
}

struct YearMarksAcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept", abstract: "Подтвердить предложенные годовые отметки учеников, у которых годовой ещё нет.",
        discussion: """
            Берутся строки «нет годовой отметки» списка закрытия года: все или одного класса (группы) \
            по одному предмету (--class или --group вместе с --subject). Предложение считается по правилу \
            годовой отметки из итоговых за периоды; отметки, уже поставленные учителем, не меняются. \
            Подтверждает пользователь --as со своими правами: учитель — по своим предметам в своих \
            классах, завуч и администратор — везде. Каждая отметка пишется в журнал аудита. Ученик без \
            предложения (нет итоговых) остаётся в списке: ему ставят отметку, н/а или осв на экране \
            «Годовые отметки».
            """)
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("as"), help: ArgumentHelp("Логин того, кто подтверждает (завуч, администратор, учитель).",
                                                        valueName: "ЛОГИН")) var login: String
    @Option(name: .customLong("class"), help: ArgumentHelp("Класс (код из выгрузки, например 5a).", valueName: "КОД")) var classCode: String?
    @Option(name: .customLong("group"), help: ArgumentHelp("Группа (код из выгрузки).", valueName: "КОД")) var groupCode: String?
    @Option(name: .customLong("subject"), help: ArgumentHelp("Предмет (код из выгрузки).", valueName: "КОД")) var subjectCode: String?

    func run() throws {
        try reportingErrors(global.language) {
            let db = try global.openDatabase()
            guard let user = try db.actingUser(login: login) else {
                throw JournalError.notFound(Phrase(ru: "учётная запись «\(login)»", en: "account \"\(login)\""))
            }
            let only = try unit(db)
            guard let yearPeriod = try db.periodLocks().first(where: { $0.info.period.kind == .year })?.info.id else {
                throw JournalError.other(Phrase(ru: "в школе нет периода «Учебный год»", en: "the school has no year period"))
            }
            var accepted = 0
            var left = 0
            for item in try db.yearEndChecklist(by: .serverOperator).items where item.kind == .yearMarks {
                guard case .grid(let owner, let subject, _, _) = item.place, only.map({ $0 == PlanUnit(owner, subject: subject) }) ?? true
                else { continue }
                let count = try db.acceptYearMarkProposals(owner, subject: subject, yearPeriod: yearPeriod, column: .year, by: user)
                accepted += count
                left += item.count - count
                let what = [item.ownerName, item.subjectName].compactMap { $0 }.joined(separator: " · ")
                Console.print(global.t("\(what): подтверждено годовых — \(count) из \(item.count).",
                                       "\(what): year marks confirmed — \(count) of \(item.count)."))
            }
            Console.print(global.t("Подтверждено годовых отметок: \(accepted); без предложения осталось учеников: \(left).",
                                   "Year marks confirmed: \(accepted); students left without a proposal: \(left)."))
        }
    }

    /// The one class (group) × subject asked for, or nil for every line.
    private func unit(_ db: AppDatabase) throws -> PlanUnit? {
        guard classCode != nil || groupCode != nil || subjectCode != nil else { return nil }
        guard let subjectCode, (classCode == nil) != (groupCode == nil) else {
            throw JournalError.other(Phrase(ru: "укажите класс (--class) или группу (--group) вместе с предметом (--subject)",
                                            en: "give a class (--class) or a group (--group) together with a subject (--subject)"))
        }
        return try db.planUnit(classCode: classCode, groupCode: groupCode, subjectCode: subjectCode)
    }
}
