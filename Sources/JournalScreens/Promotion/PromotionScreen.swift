import JournalCore
import JournalStore
import TerminalUI

/// «Перевод учащихся» (menu «Разделы», letter «н»): the secretary's (and the
/// admin's) promotion by order. The list is zhurnal's proposal — each class up
/// a grade, 9th and 11th graders leaving, debtors conditional — one student a
/// line; typing finds, Enter (or F3) cycles the chosen line's decision, F2
/// asks for the order and applies the whole move in one transaction.
final class PromotionScreen: Screen {
    enum Action: Equatable { case move, cycle, apply, reset, back }

    private let user: ActingUser
    var state = PromotionState()
    private var form: PeopleForm?
    private var problem: String?
    let keyMap: KeyMap<Action>
    let helpEntries: [HelpEntry]

    init(user: ActingUser, context: AppContext) {
        self.user = user
        keyMap = Self.keys(context)
        helpEntries = keyMap.helpEntries + [
            HelpEntry(keys: context.t("буквы, цифры", "letters, digits"),
                      text: context.t("поиск по ФИО, классу, логину, решению; Esc — очистить", "search by name, class, login, decision; Esc clears")),
        ]
        load(context)
    }

    static func keys(_ context: AppContext) -> KeyMap<Action> {
        let t = context.t
        return KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown], action: .move, help: t("выбрать ученика", "choose a student"),
                       caption: "↑ ↓"),
            KeyBinding([.enter, .function(3)], action: .cycle,
                       help: t("сменить решение строки: переведён → условно → оставлен → выбывает",
                               "change the line's decision: promoted, conditional, kept, leaves"),
                       label: t("Решение", "Decide"), slot: 3),
            KeyBinding([.function(2)], action: .apply, help: t("провести перевод: номер и дата приказа, одна транзакция",
                                                              "apply the promotion: the order's number and date, one transaction"),
                       label: t("Провест", "Apply"), slot: 2),
            KeyBinding([.function(4)], action: .reset, help: t("вернуть предложение (отменить свои изменения)", "back to the proposal"),
                       label: t("Сброс", "Reset"), slot: 4),
            KeyBinding([.escape], action: .back, help: t("очистить поиск; без поиска — назад", "clear the search; then back"),
                       label: t("Назад", "Back"), slot: 10),
        ])
    }

    func title(in context: AppContext) -> String { context.t("Перевод учащихся", "Promotion") }
    var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }

    func reload(context: AppContext) {
        // the secretary's changes are kept until applied; a reload only refreshes an empty screen
        if state.proposal == nil { load(context) }
    }

    private func load(_ context: AppContext) {
        do {
            state = PromotionState(proposal: try context.db.promotionProposal(by: .user(user)))
            problem = nil
        } catch {
            state = PromotionState()
            problem = context.describe(error)
        }
    }

    // MARK: Keys

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if form != nil { return handleForm(key, context) }
        if key == .escape, state.clearSearch() { return [] }
        switch keyMap.action(for: key) {
        case .move?:
            _ = state.table.handle(key, for: table(width: 78, context))
        case .cycle?:
            guard let line = state.cycleSelected() else { return [] }
            let words = line.decisionWords
            return [.status(StatusMessage("\(PersonName.short(line.fullName)): \(context.t(words.ru, words.en))"))]
        case .apply?: openOrderForm(context)
        case .reset?:
            load(context)
            return [.status(StatusMessage(context.t("Предложение восстановлено.", "The proposal is back.")))]
        case .back?: return [.pop]
        case nil: _ = state.type(key)
        }
        return []
    }

    private func openOrderForm(_ context: AppContext) {
        var hints = [context.t("Год кончается \(state.proposal?.yearEnd.russian ?? "—"), новые классы — с \(state.proposal?.effectiveDay.russian ?? "—").",
                               "The year ends \(state.proposal?.yearEnd.iso ?? "—"), new classes from \(state.proposal?.effectiveDay.iso ?? "—")."),
                     state.summary(context.language)]
        if let earlier = state.proposal?.earlierOrder {
            hints.append(user.roles.contains(.admin)
                ? context.t("Перевод уже проведён (\(earlier)): сохранение отменит его и проведёт заново.",
                            "Already promoted (\(earlier)): saving undoes it and promotes again.")
                : context.t("Перевод за год уже проведён (\(earlier)).", "This year was promoted already (\(earlier))."))
        }
        form = PeopleForm.typedDown(title: context.t("Приказ о переводе", "Promotion order"),
                          fields: [(context.t("Номер приказа", "Order number"), ""),
                                   (context.t("Дата приказа", "Order date"), context.today.russian)],
                          hints: hints)
    }

    private func handleForm(_ key: Key, _ context: AppContext) -> [ScreenEffect] {
        guard var open = form else { return [] }
        switch open.handle(key) {
        case .editing:
            form = open
            return []
        case .cancelled:
            form = nil
            return []
        case .submitted(let values):
            do {
                let result = try apply(values, context)
                form = nil
                load(context)
                let c = result.counts
                return [.status(.success(context.t(
                    "Перевод проведён (№ \(result.orderNumber)): переведено \((c["promote"] ?? 0) + (c["move"] ?? 0)), условно \(c["conditional"] ?? 0), оставлено \(c["keep"] ?? 0), выбыло \(c["leave"] ?? 0).",
                    "Promotion made by order \(result.order).")))]
            } catch {
                open.problem = context.describe(error)
                form = open
                return [.status(.error(context.describe(error)))]
            }
        }
    }

    private func apply(_ values: [String], _ context: AppContext) throws -> PromotionResult {
        let date = try TypedDate.required(values[1])
        let order = try PromotionOrder(number: values[0], date: date)
        let force = state.proposal?.earlierOrder != nil && user.roles.contains(.admin)
        return try context.db.applyPromotion(order: order, lines: state.proposal?.lines ?? [], force: force, by: .user(user))
    }

    // MARK: Drawing

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        if let proposal = state.proposal {
            let head = context.t("С \(proposal.effectiveDay.russian): ", "From \(proposal.effectiveDay.iso): ") + state.summary(context.language)
            buffer.write(head, at: Point(x: area.x + 1, y: area.y), style: .normal, clip: area)
            if let earlier = proposal.earlierOrder {
                buffer.write(context.t("Перевод уже проведён: \(earlier)", "Already promoted: \(earlier)"),
                             at: Point(x: area.x + 1, y: area.y + 2), style: .warning, clip: area)
            }
        }
        let afterLabel = buffer.write(context.t(" Поиск: ", " Search: "), at: Point(x: area.x, y: area.y + 1), style: .dim, clip: area)
        TextField(isFocused: false, placeholder: context.t("ФИО, класс, логин или решение", "name, class, login or decision"))
            .render(in: Rect(x: afterLabel, y: area.y + 1, width: 30, height: 1), buffer: &buffer, state: &state.search)
        var count = context.t("строк: \(state.visible.count) из \(state.proposal?.lines.count ?? 0)",
                              "\(state.visible.count) of \(state.proposal?.lines.count ?? 0)")
        if state.changedCount > 0 { count += context.t(" · изменено \(state.changedCount)", " · changed \(state.changedCount)") }
        _ = buffer.write(count, at: Point(x: area.maxX - DisplayWidth.of(count) - 1, y: area.y + 1), style: .dim, clip: area)
        let body = area.removingTop(state.proposal?.earlierOrder == nil ? 2 : 3)
        if let problem {
            Paragraph(wrapping: problem, width: body.width - 2, style: .error).render(in: body.inset(horizontal: 1, vertical: 0), buffer: &buffer)
        } else {
            table(width: body.width, context).render(in: body, buffer: &buffer, state: &state.table)
        }
        form?.render(in: area, buffer: &buffer, language: context.language)
    }

    func table(width: Int, _ context: AppContext) -> Table {
        let name = max(16, min(34, width - 5 - 24 - 14 - 4))
        let columns = [TableColumn(width: 5), TableColumn(width: name), TableColumn(width: 24), TableColumn(width: max(8, width - name - 5 - 24 - 4))]
        let header: [TableCell] = [TableCell(context.t("Класс", "Class")), TableCell(context.t("Ученик", "Student")),
                                   TableCell(context.t("Решение", "Decision")), TableCell(context.t("Задолженность", "Debts"))]
        let rows = state.visible
        let lines = state.proposal?.lines ?? []
        return Table(columns: columns, headerRows: [header], rowCount: rows.count, selectionMode: .row) { row, column in
            let line = lines[rows[row]]
            switch column {
            case 0: return TableCell(line.className)
            case 1: return TableCell(line.fullName)
            case 2:
                let words = context.t(line.decisionWords.ru, line.decisionWords.en) + (line.decision != line.proposed ? " *" : "")
                return TableCell(words, style: line.decision.styleRole)
            default: return TableCell(line.debts.joined(separator: ", "), style: .markFailing)
            }
        }
    }
}
