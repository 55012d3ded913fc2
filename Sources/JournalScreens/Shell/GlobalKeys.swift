import TerminalUI

/// Keys the shell answers on every screen, before the screen sees them. Data,
/// like a screen's bindings, so that the F1 help lists them from the same table.
enum GlobalAction: Equatable {
    case help, redraw, interrupt

    static func keyMap(_ context: AppContext) -> KeyMap<GlobalAction> {
        KeyMap([
            KeyBinding(.function(1), action: .help, help: context.t("эта справка (Esc — закрыть)", "this help (Esc closes)"),
                       label: context.t("Помощь", "Help"), slot: 1),
            KeyBinding(.control("l"), action: .redraw, help: context.t("перерисовать экран", "redraw the screen")),
            // In raw mode these arrive as keys; the backend also ignores the
            // signals, so nothing drops a pupil into the shell of a shared PC.
            KeyBinding([.control("c"), .control("z"), .control("\\")], action: .interrupt,
                       help: context.t("ничего не делают: на общем компьютере программа не выпускает в систему",
                                       "do nothing: on a shared PC the program does not drop to the shell")),
        ])
    }
}
