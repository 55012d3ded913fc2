import TerminalUI

/// What the keys of a breakdown do.
enum BreakdownAction: Equatable {
    case move, open, nextDimension, refresh, back
}

extension BreakdownAction {
    static func keyMap(_ context: AppContext) -> KeyMap<BreakdownAction> {
        KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("выбрать строку (худшие сверху)", "choose a row (worst first)"), caption: "↑ ↓"),
            KeyBinding(.enter, action: .open, help: context.t("что стоит за недобором: уроки, записи, ученики",
                                                              "what is behind the shortfall: lessons, entries, students")),
            KeyBinding([.tab], action: .nextDimension, help: context.t("разрез: по классам → по учителям → по предметам",
                                                                       "split: by class → by teacher → by subject"),
                       label: context.t("Разрез", "Split"), slot: 4),
            KeyBinding([], action: .refresh, help: context.t("пересчитать сейчас", "compute again now"),
                       label: context.t("Обновить", "Refresh"), slot: 2),
            KeyBinding([.escape], action: .back, help: context.t("назад к показателям", "back to the indicators"),
                       label: context.t("Назад", "Back"), slot: 10),
        ])
    }
}
