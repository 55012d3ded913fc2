import JournalCore
import JournalStore
import TerminalUI

/// The questions the accounts screen asks before it changes an account, and
/// what it does on "yes". "No" is the first button, so Enter alone changes nothing.
enum AccountDialogs {
    static func toggle(_ overview: AccountOverview, by user: ActingUser, context: AppContext,
                       reload: @escaping () -> Void) -> Confirmation {
        let account = overview.account, disabling = !account.disabled
        let message = disabling
            ? context.t("Отключить \(who(account))? Войти и что-либо записать с этой учётной записью будет нельзя; всё, что в ней сделано, останется в журнале.",
                        "Disable \(who(account))? It will not sign in or write; its work stays in the journal.")
            : context.t("Снова включить \(who(account))? Войти можно будет с прежним паролем.",
                        "Enable \(who(account)) again? It signs in with its old password.")
        return Confirmation(title: disabling ? context.t("Отключить учётную запись", "Disable the account")
                                             : context.t("Включить учётную запись", "Enable the account"),
                            message: message,
                            buttons: [context.t("Нет", "No"), disabling ? context.t("Да, отключить", "Yes, disable")
                                                                       : context.t("Да, включить", "Yes, enable")]) { choice in
            guard choice == 1 else { return [] }
            return perform(context, reload) {
                try context.db.setDisabled(login: account.login, disabling, by: .user(user))
                return [.status(.success(disabling ? context.t("Учётная запись \(account.login) отключена.", "\(account.login) disabled.")
                                                   : context.t("Учётная запись \(account.login) включена.", "\(account.login) enabled.")))]
            }
        }
    }

    static func reset(_ overview: AccountOverview, by user: ActingUser, context: AppContext,
                      reload: @escaping () -> Void) -> Confirmation {
        let account = overview.account
        return Confirmation(title: context.t("Сбросить пароль", "Reset the password"),
                            message: context.t("Сбросить пароль \(who(account))? Прежний пароль перестанет действовать, будет выдан новый одноразовый код; закрытый вход откроется.",
                                               "Reset the password of \(who(account))? The old one stops working; a new one-time code is given."),
                            buttons: [context.t("Нет", "No"), context.t("Да, сбросить", "Yes, reset")]) { choice in
            guard choice == 1 else { return [] }
            return perform(context, reload) {
                let code = try context.db.resetPassword(login: account.login, by: .user(user))
                return [.confirm(oneTimeCode(login: account.login, code: code, context: context))]
            }
        }
    }

    static func unlock(_ overview: AccountOverview, by user: ActingUser, context: AppContext,
                       reload: @escaping () -> Void) -> Confirmation {
        let account = overview.account
        let until = overview.lockedUntil?.timeOfDay.text ?? ""
        return Confirmation(title: context.t("Открыть вход", "Unlock the login"),
                            message: context.t("Вход для \(who(account)) закрыт до \(until) после неверных паролей. Открыть сейчас? Пароль останется прежним.",
                                               "\(who(account)) is locked until \(until) after wrong passwords. Unlock now? The password stays."),
                            buttons: [context.t("Нет", "No"), context.t("Да, открыть", "Yes, unlock")]) { choice in
            guard choice == 1 else { return [] }
            return perform(context, reload) {
                try context.db.unlockLogin(account.login, by: .user(user))
                return [.status(.success(context.t("Вход для \(account.login) открыт.", "\(account.login) unlocked.")))]
            }
        }
    }

    /// The one-time code, shown once: copied onto paper and handed over in person.
    static func oneTimeCode(login: String, code: String, context: AppContext) -> Confirmation {
        Confirmation(title: context.t("Одноразовый код", "One-time code"),
                     message: context.t("Логин: \(login)\nКод:   \(code)\n\nПерепишите код на бумагу и передайте владельцу лично. При первом входе журнал попросит придумать свой пароль. Больше этот код показан не будет.",
                                        "Login: \(login)\nCode:  \(code)\n\nCopy the code onto paper and hand it over in person. At the first sign-in the journal asks for a new password. The code is not shown again."),
                     buttons: [context.t("Готово", "Done")]) { _ in [] }
    }

    static func who(_ account: Account) -> String {
        "\(account.login) (\(PersonName.short(account.fullName)))"
    }

    /// Runs a change, reloads the list, and turns a refusal into the status line.
    private static func perform(_ context: AppContext, _ reload: () -> Void, _ change: () throws -> [ScreenEffect]) -> [ScreenEffect] {
        do {
            let effects = try change()
            reload()
            return effects
        } catch {
            reload()
            return [.status(.error(context.describe(error)))]
        }
    }
}
