import TerminalUI

/// What the dashboard's keys do.
enum DashboardAction: Equatable {
    case move, open, refresh, nextWindow, customDates, nextProfile, export, changePassword, signOut
}

extension DashboardAction {
    /// The dashboard's bindings: the function bar and the F1 help come from here.
    static func keyMap(_ context: AppContext) -> KeyMap<DashboardAction> {
        KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("выбрать показатель", "choose an indicator"), caption: "↑ ↓"),
            KeyBinding(.enter, action: .open, help: context.t("показатель по классам, учителям, предметам — и до самих уроков",
                                                              "the indicator by class, teacher, subject, down to the lessons")),
            KeyBinding([], action: .refresh, help: context.t("пересчитать сейчас (сам пересчитывается, когда в журнал пишут)",
                                                             "compute again now (it does by itself when the journal changes)"),
                       label: context.t("Обновить", "Refresh"), slot: 2),
            KeyBinding([], action: .nextWindow, help: context.t("окно: эта неделя → прошлая → текущий период → учебный год",
                                                                "window: this week → last week → current period → academic year"),
                       label: context.t("Окно", "Window"), slot: 3),
            KeyBinding([], action: .customDates, help: context.t("свои даты окна: с … по …", "custom dates: from … to …"),
                       label: context.t("Даты", "Dates"), slot: 4),
            KeyBinding([], action: .nextProfile, help: context.t("другой профиль: kchr → mo → crimea", "next profile: kchr → mo → crimea"),
                       label: context.t("Профиль", "Profile"), slot: 5),
            KeyBinding([], action: .export, help: context.t("записать отчёт за окно в файлы (текст и CSV) для муниципального координатора",
                                                            "write the window's report to files (text and CSV)"),
                       label: context.t("Отчёт", "Report"), slot: 6),
            KeyBinding([], action: .changePassword, help: context.t("сменить свой пароль", "change your password"),
                       label: context.t("Пароль", "Passwd"), slot: 9),
            SignOut.binding(.signOut, context),
        ])
    }
}
