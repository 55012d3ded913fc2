import JournalCore
import JournalStore
import ReadinessMetrics
import TerminalUI

/// What the roadmap screen shows: the measured roadmap (nil before it is
/// started), the cursor and the open edit form.
struct RoadmapState {
    var progress: RoadmapProgress?
    var loadError: String?
    var list = ListState()
    var form: RoadmapItemForm?

    var selectedLine: RoadmapLine? {
        guard let lines = progress?.lines, let index = list.selected, lines.indices.contains(index) else { return nil }
        return lines[index]
    }
}

/// «Переход на ББЖ»: the school's roadmap with deadlines, people responsible,
/// result documents and statuses; overdue items red, indicator items closed by
/// the readiness report. The administrator and the deputy edit it; the
/// director reads it.
public final class RoadmapScreen: Screen {
    let user: ActingUser
    let mayManage: Bool
    let keyMap: KeyMap<RoadmapAction>
    private(set) var state = RoadmapState()

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        mayManage = Permissions.mayManageTransition(user.roles)
        keyMap = RoadmapAction.keyMap(context, mayManage: mayManage)
        helpEntries = keyMap.helpEntries + (mayManage ? RoadmapItemForm.helpEntries(context) : [])
        load(context)
    }

    public func title(in context: AppContext) -> String { context.t("Переход на ББЖ", "Transition to the paperless journal") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public let helpEntries: [HelpEntry]

    public func reload(context: AppContext) {
        load(context)
    }

    func load(_ context: AppContext) {
        do {
            state.progress = try context.db.transitionPlan(by: .user(user)).map {
                try RoadmapProgress(plan: $0, database: context.db, asOf: context.now)
            }
            state.loadError = nil
        } catch {
            state.progress = nil
            state.loadError = context.describe(error)
        }
        state.list.clamp(itemCount: state.progress?.lines.count ?? 0)
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if state.form != nil { return handleForm(key, context: context) }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move: _ = state.list.handle(key, itemCount: state.progress?.lines.count ?? 0)
        case .edit:
            if let line = state.selectedLine { state.form = RoadmapItemForm(item: line.item) }
        case .add:
            guard state.progress != nil else { return [.status(.warning(context.t("Сначала начните карту по шаблону: F4.",
                                                                                   "Start the roadmap from a template first: F4.")))] }
            state.form = RoadmapItemForm.new(after: state.selectedLine?.item, stage: context.t("Свои мероприятия", "Own measures"))
        case .remove:
            guard let line = state.selectedLine else { return [] }
            return [.confirm(removal(line.item, context: context))]
        case .toggleDone:
            guard let line = state.selectedLine else { return [] }
            return save(line.item, RoadmapItemEdit(status: line.item.status == .done ? .open : .done), context: context)
        case .computers: return [.push(ComputersScreen(user: user, context: context))]
        case .template: return [.confirm(TemplateChoice.confirmation(screen: self, context: context))]
        case .back: return [.pop]
        }
        return []
    }

    private func handleForm(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var form = state.form else { return [] }
        switch form.handle(key, language: context.language) {
        case .editing: state.form = form
        case .cancelled: state.form = nil
        case .submitted(let edit):
            state.form = form
            return form.isNew ? add(form.item, edit, context: context) : save(form.item, edit, context: context)
        }
        return []
    }

    /// Saves an edit; the form closes only when the store took it.
    private func save(_ item: RoadmapItem, _ edit: RoadmapItemEdit, context: AppContext) -> [ScreenEffect] {
        do {
            let saved = try context.db.editRoadmapItem(item.id, edit, by: .user(user))
            state.form = nil
            load(context)
            return [.status(.success(context.t("Пункт \(saved.position) сохранён: \(saved.status.title.ru).",
                                               "Item \(saved.position) saved: \(saved.status.title.en).")))]
        } catch {
            return [.status(.error(context.t("Не сохранено: ", "Not saved: ") + context.describe(error)))]
        }
    }

    /// Adds the new item the form describes, after the item it was opened on.
    private func add(_ draft: RoadmapItem, _ edit: RoadmapItemEdit, context: AppContext) -> [ScreenEffect] {
        do {
            let item = try context.db.addRoadmapItem(title: edit.title ?? "", stage: draft.stage, deadline: edit.deadline ?? nil,
                                                     responsible: edit.responsible ?? "", result: edit.result ?? "",
                                                     after: draft.position - 1, by: .user(user))
            state.form = nil
            load(context)
            state.list.selected = item.position - 1
            return [.status(.success(context.t("Пункт \(item.position) добавлен.", "Item \(item.position) added.")))]
        } catch {
            return [.status(.error(context.t("Не добавлен: ", "Not added: ") + context.describe(error)))]
        }
    }

    private func removal(_ item: RoadmapItem, context: AppContext) -> Confirmation {
        Confirmation(title: context.t("Убрать пункт \(item.position)?", "Remove item \(item.position)?"),
                     message: item.title + context.t("\nПункт останется только в журнале изменений.", "\nIt stays only in the audit trail."),
                     buttons: [context.t("Нет", "No"), context.t("Убрать", "Remove")]) { [weak self] choice in
            guard let self, choice == 1 else { return [] }
            do {
                try context.db.removeRoadmapItem(item.id, by: .user(self.user))
                self.load(context)
                return [.status(.success(context.t("Пункт \(item.position) убран.", "Item \(item.position) removed.")))]
            } catch {
                return [.status(.error(context.t("Не убран: ", "Not removed: ") + context.describe(error)))]
            }
        }
    }

    /// Starts (or restarts) the roadmap from a built-in template.
    func start(_ template: RoadmapTemplate, replacing: Bool, context: AppContext) -> [ScreenEffect] {
        do {
            let plan = try context.db.startTransition(from: template, replacing: replacing, by: .user(user))
            state.list = ListState()
            load(context)
            return [.status(.success(context.t("Дорожная карта начата («\(template.shortName.ru)»), пунктов \(plan.items.count).",
                                               "Roadmap started (\(template.shortName.en)): \(plan.items.count) items.")))]
        } catch {
            return [.status(.error(context.t("Не начата: ", "Not started: ") + context.describe(error)))]
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        var list = state.list
        RoadmapView(state: state, mayManage: mayManage, context: context).render(in: area, buffer: &buffer, list: &list)
        state.list = list
        state.form?.render(in: area, buffer: &buffer, language: context.language)
    }
}

/// The choice of a template, and the question before a started roadmap is replaced.
enum TemplateChoice {
    static func confirmation(screen: RoadmapScreen, context: AppContext) -> Confirmation {
        let templates = RoadmapTemplate.builtIn
        let names = [context.t("КЧР", "KChR"), context.t("Моск. обл.", "Moscow reg."), context.t("Крым", "Crimea")]
        let listed = templates.map { "• " + $0.name.text(in: context.language) }.joined(separator: "\n")
        return Confirmation(title: context.t("Начать дорожную карту", "Start the roadmap"),
                            message: context.t("По какому шаблону?\n", "Which template?\n") + listed,
                            buttons: names + [context.t("Отмена", "Cancel")]) { [weak screen] choice in
            guard let screen, let choice, templates.indices.contains(choice) else { return [] }
            let template = templates[choice]
            guard screen.state.progress != nil else { return screen.start(template, replacing: false, context: context) }
            return [.confirm(Confirmation(
                title: context.t("Заменить дорожную карту?", "Replace the roadmap?"),
                message: context.t("Начатая карта со сроками, документами и комментариями будет заменена шаблоном «\(template.name.ru)». "
                                   + "Прежние пункты останутся только в журнале изменений.",
                                   "The started roadmap with its deadlines, documents and comments is replaced by \"\(template.name.en)\". "
                                   + "The old items stay only in the audit trail."),
                buttons: [context.t("Нет", "No"), context.t("Заменить", "Replace")]) { [weak screen] answer in
                    guard let screen, answer == 1 else { return [] }
                    return screen.start(template, replacing: true, context: context)
                })]
        }
    }
}
