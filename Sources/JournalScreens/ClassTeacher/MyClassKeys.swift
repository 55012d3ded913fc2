import JournalCore
import TerminalUI

/// What the keys of «Мой класс» do.
enum MyClassAction: Equatable {
    case move, section(MyClassSection), nextSection, previousSection, previousWeek, nextWeek, goToDate
    case choose, excuse, notify, edit, add, remove, back
}

extension MyClassAction {
    static func keyMap(_ context: AppContext) -> KeyMap<MyClassAction> {
        var bindings: [KeyBinding<MyClassAction>] = [
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("выбрать строку", "choose a line"), caption: "↑ ↓"),
        ]
        for section in MyClassSection.allCases {
            bindings.append(KeyBinding([], action: .section(section), help: context.t("показать: ", "show: ") + section.title(context).lowercased(),
                                       label: section.title(context), slot: section.slot))
        }
        bindings += [
            KeyBinding(.tab, action: .nextSection, help: context.t("следующий раздел", "next part")),
            KeyBinding(.backTab, action: .previousSection, help: context.t("предыдущий раздел", "previous part")),
            KeyBinding(Key.sameKey("["), action: .previousWeek, help: context.t("предыдущая неделя (и её месяц)", "previous week"), caption: "[ х"),
            KeyBinding(Key.sameKey("]"), action: .nextWeek, help: context.t("следующая неделя", "next week"), caption: "] ъ"),
            KeyBinding(.character(" "), action: .choose, help: context.t("выбрать ученика для уведомления", "choose a student for a notice"),
                       caption: context.t("Пробел", "Space")),
            KeyBinding([], action: .excuse, help: context.t("уважительная причина: «н» → «уп» за день или дни, со справкой",
                                                            "excuse absences («н» → «уп») for a day or days, with a note"),
                       label: context.t("Справка", "Excuse"), slot: 7),
            KeyBinding([], action: .notify, help: context.t("уведомить родителей выбранных учеников (покажет текст)",
                                                            "notify the chosen students' parents (shows the text first)"),
                       label: context.t("Уведом.", "Notify"), slot: 8),
            KeyBinding([], action: .goToDate, help: context.t("перейти к неделе даты", "go to a date's week"),
                       label: context.t("Дата", "Date"), slot: 9),
            KeyBinding(.enter, action: .edit, help: context.t("изменить контакты или событие", "edit contacts or an event")),
            KeyBinding([.insert], action: .add, help: context.t("добавить событие класса", "add a class event")),
            KeyBinding([.delete], action: .remove, help: context.t("удалить событие (спросит)", "delete an event (asks first)")),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ]
        return KeyMap(bindings)
    }
}
