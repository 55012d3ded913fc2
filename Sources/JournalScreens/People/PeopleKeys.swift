import TerminalUI

/// What the keys of «Ученики и сотрудники» do.
enum PeopleAction: Equatable {
    case nextTab, previousTab, add, edit, move, history, link, unlink, slips, password, leave
}

extension PeopleAction {
    /// One table for the function bar and F1. As the secretary's home, F9
    /// changes the password and F10/Esc sign out; opened from «Разделы», F10
    /// and Esc go back.
    static func keyMap(_ context: AppContext, asHome: Bool) -> KeyMap<PeopleAction> {
        var bindings: [KeyBinding<PeopleAction>] = [
            KeyBinding([.tab, .right], action: .nextTab, help: context.t("следующий список: Классы → Ученики → Сотрудники → Родители",
                                                                          "next list: classes, students, staff, parents"), caption: "Tab →"),
            KeyBinding([.backTab, .left], action: .previousTab, help: context.t("предыдущий список", "previous list"), caption: "Shift+Tab ←"),
            KeyBinding([.insert], action: .add, help: context.t("новый класс, ученик (по приказу), учитель (с учётной записью) или родитель",
                                                                "new class, student, teacher (with an account) or parent"),
                       label: context.t("Новый", "New"), slot: 2),
            KeyBinding([.enter], action: .edit, help: context.t("изменить: класс — название, параллель, классный руководитель; ученик, учитель, родитель — ФИО",
                                                                "edit: a class's name, grade, homeroom teacher; a student's name"),
                       label: context.t("Правка", "Edit"), slot: 3),
            KeyBinding([], action: .move, help: context.t("ученик: перевод в другой класс или выбытие с даты, по приказу",
                                                          "student: transfer or departure from a date, by an order"),
                       label: context.t("Движ.", "Move"), slot: 4),
            KeyBinding([], action: .history, help: context.t("ученик: история классов с датами и приказами", "student: class history"),
                       label: context.t("Истор.", "Hist."), slot: 5),
            KeyBinding([], action: .link, help: context.t("связать родителя и ребёнка; для ученика — новый или существующий родитель",
                                                          "link a parent and a child"),
                       label: context.t("Связь", "Link"), slot: 6),
            KeyBinding([], action: .unlink, help: context.t("родитель: отвязать ребёнка (спросит)", "parent: unlink a child (asks first)"),
                       label: context.t("Отвяз.", "Unlink"), slot: 7),
            KeyBinding([], action: .slips, help: context.t("реквизиты доступа класса (PDF: логины и новые одноразовые коды); можно сразу создать учётки родителям",
                                                           "access slips of a class (PDF with new one-time codes); parents' accounts too"),
                       label: context.t("Листки", "Slips"), slot: 8),
        ]
        if asHome {
            bindings.append(KeyBinding([], action: .password, help: context.t("сменить свой пароль", "change your password"),
                                       label: context.t("Пароль", "Passwd"), slot: 9))
            bindings.append(SignOut.binding(.leave, context))
        } else {
            bindings.append(KeyBinding([.escape], action: .leave, help: context.t("очистить поиск; без поиска — назад", "clear the search; then back"),
                                       label: context.t("Назад", "Back"), slot: 10))
        }
        return KeyMap(bindings)
    }
}
