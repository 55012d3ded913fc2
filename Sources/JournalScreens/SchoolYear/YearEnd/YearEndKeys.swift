import JournalCore
import TerminalUI

/// What the keys of «Закрытие года» do.
enum YearEndAction: Equatable {
    case move, open, close, reopen, startYear, clearFilter, back
}

extension YearEndAction {
    static func keyMap(_ context: AppContext, mayReopen: Bool, mayClose: Bool, mayStartYear: Bool = false) -> KeyMap<YearEndAction> {
        var bindings = [
            KeyBinding<YearEndAction>([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                                      help: context.t("выбрать строку", "choose a line"), caption: "↑ ↓ PgUp PgDn"),
            KeyBinding(.enter, action: .open, help: context.t("открыть место, где это исправляется: журнал класса и итоговые, календарь и периоды, учебный план и КТП",
                                                              "open the place where it is fixed: the class grid and final marks, the calendar and periods, the plans")),
        ]
        if mayClose {
            bindings.append(KeyBinding([], action: .close,
                                       help: context.t("закрыть учебный год (пока список не пуст — только администратор, с подтверждением)",
                                                       "close the year (while the list has lines: the administrator only, confirmed)"),
                                       label: context.t("Закрыть", "Close"), slot: 2))
        }
        if mayReopen {
            bindings.append(KeyBinding([], action: .reopen, help: context.t("снова открыть закрытый год (администратор)",
                                                                            "reopen the closed year (administrator)"),
                                       label: context.t("Открыть", "Reopen"), slot: 3))
        }
        if mayStartYear {
            bindings.append(KeyBinding([], action: .startYear,
                                       help: context.t("начать следующий учебный год, когда этот закрыт (секретарь, администратор; с подтверждением)",
                                                       "start the next academic year once this one is closed (secretary, administrator; confirmed)"),
                                       label: context.t("Нов.год", "NewYear"), slot: 5))
        }
        bindings += [
            KeyBinding([.escape], action: .clearFilter, help: context.t("очистить поиск; без поиска — назад", "clear the search; then back")),
            KeyBinding([], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ]
        return KeyMap(bindings)
    }
}
