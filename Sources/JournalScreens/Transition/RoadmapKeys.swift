import JournalCore
import TerminalUI

/// What the roadmap's keys do.
enum RoadmapAction: Equatable {
    case move, edit, add, remove, toggleDone, computers, template, back
}

extension RoadmapAction {
    /// The roadmap's bindings; who only reads (the director) gets no key that writes.
    static func keyMap(_ context: AppContext, mayManage: Bool) -> KeyMap<RoadmapAction> {
        var bindings: [KeyBinding<RoadmapAction>] = [
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("выбрать пункт", "choose an item"), caption: "↑ ↓"),
            KeyBinding([], action: .computers, help: context.t("ПК для журнала, норма «1 ПК на 3–4 учителя», график доступа к ПК",
                                                               "journal PCs, the 1-per-3–4-teachers norm, the staff-PC schedule"),
                       label: context.t("ПК", "PCs"), slot: 3),
        ]
        if mayManage {
            bindings += [
                KeyBinding(.enter, action: .edit, help: context.t("изменить пункт: срок, ответственный, документ, комментарий",
                                                                  "edit the item: deadline, responsible, document, comment")),
                KeyBinding([.insert], action: .add, help: context.t("добавить своё мероприятие после выбранного",
                                                                    "add a measure of your own after the chosen one"),
                           label: context.t("Добавить", "Add"), slot: 2),
                KeyBinding([.delete], action: .remove, help: context.t("убрать выбранный пункт (спросит)", "remove the chosen item (asks first)"),
                           label: context.t("Убрать", "Remove"), slot: 8),
                KeyBinding([], action: .template, help: context.t("начать дорожную карту по шаблону: КЧР, Московская область, Крым",
                                                                  "start the roadmap from a template: kchr, mo, crimea"),
                           label: context.t("Шаблон", "Templ."), slot: 4),
                KeyBinding([], action: .toggleDone, help: context.t("отметить выполненным или вернуть в работу",
                                                                    "mark done, or open again"),
                           label: context.t("Выполн.", "Done"), slot: 5),
            ]
        }
        bindings.append(KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10))
        return KeyMap(bindings)
    }
}
