import TerminalUI

/// Signing out from a home screen. F10 and Esc ask first with «Нет» chosen, as
/// leaving the program does: Esc is the key pressed most often, and a stray one
/// must not end a teacher's session in the middle of a lesson. The homes share
/// the binding and the question so that they all answer the same way.
enum SignOut {
    static func binding<Action>(_ action: Action, _ context: AppContext) -> KeyBinding<Action> {
        KeyBinding([.escape], action: action,
                   help: context.t("выйти из журнала к экрану входа (спросит подтверждение)", "sign out to the login screen (asks first)"),
                   label: context.t("Выход", "SignOut"), slot: 10)
    }

    static func confirmation(_ context: AppContext) -> Confirmation {
        Confirmation(title: context.t("Выход из журнала", "Sign out"),
                     message: context.t("Выйти из журнала к экрану входа?", "Sign out to the login screen?"),
                     buttons: [context.t("Нет", "No"), context.t("Да, выйти", "Yes, sign out")]) { choice in
            choice == 1 ? [.signOut] : []
        }
    }
}
