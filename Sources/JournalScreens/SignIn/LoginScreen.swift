import JournalCore
import JournalStore
import TerminalUI

/// «Вход»: login and password. A wrong pair gets one message that does not say
/// which was wrong. In a demo school it lists accounts to try.
public final class LoginScreen: Screen {
    enum Field { case login, password }
    enum Action { case next, previous, submit, quit }

    private var login = TextFieldState(maxLength: LoginRules.maximumLength)
    private var password = TextFieldState(maxLength: PasswordPolicy.maximumLength)
    private var focus = Field.login
    private let demoAccounts: [DemoAccount]
    let keyMap: KeyMap<Action>

    public init(context: AppContext) {
        demoAccounts = (try? context.db.demoAccounts()) ?? []
        keyMap = KeyMap([
            KeyBinding(.enter, action: .submit, help: context.t("войти (из поля логина — перейти к паролю)",
                                                                 "sign in (from the login field: go to the password)")),
            KeyBinding([.tab, .down], action: .next, help: context.t("следующее поле", "next field")),
            KeyBinding([.backTab, .up], action: .previous, help: context.t("предыдущее поле", "previous field")),
            KeyBinding([], action: .quit, help: context.t("выход из программы (спросит подтверждение)", "leave the program (asks first)"),
                       label: context.t("Выход", "Quit"), slot: 10),
        ])
    }

    public func title(in context: AppContext) -> String { context.t("Вход в электронный журнал", "Sign in to the e-journal") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .next?, .previous?:
            focus = focus == .login ? .password : .login
            return []
        case .submit?:
            if focus == .login {
                focus = .password
                return []
            }
            return submit(context)
        case .quit?:
            return [.confirm(QuitConfirmation.make(context))]
        case nil:
            switch focus {
            case .login: _ = login.handle(key)
            case .password: _ = password.handle(key)
            }
            return []
        }
    }

    private func submit(_ context: AppContext) -> [ScreenEffect] {
        let typedLogin = login.text.trimmingSpaces
        guard !typedLogin.isEmpty else {
            focus = .login
            return [.status(.error(context.t("Введите логин.", "Enter your login.")))]
        }
        let outcome: SignInOutcome
        do {
            outcome = try context.db.signIn(login: typedLogin, password: password.text)
        } catch {
            return [.status(.error(context.describe(error)))]
        }
        let typedPassword = password.text
        password = TextFieldState(maxLength: PasswordPolicy.maximumLength)
        switch outcome {
        case .signedIn(let user, let mustChange):
            if mustChange { return [.push(ChangePasswordScreen(firstSignInOf: user, code: typedPassword, context: context))] }
            return [.signedIn(user)]
        case .refused:
            return [.status(.error(context.t("Неверный логин или пароль.", "Wrong login or password.")))]
        case .locked(let until):
            return [.status(.error(context.t(
                "Слишком много неудачных попыток. Вход с этим логином закрыт до \(until.timeOfDay.text).",
                "Too many failed attempts. This login is locked until \(until.timeOfDay.text).")))]
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let form = Rect(x: area.x + max(0, (area.width - 50) / 2), y: area.y + 1, width: min(50, area.width), height: 7)
        _ = buffer.write(context.school.name, at: Point(x: form.x, y: form.y), style: .emphasis, clip: form)
        _ = buffer.write(context.t("Логин:", "Login:"), at: Point(x: form.x, y: form.y + 2), clip: form)
        _ = buffer.write(context.t("Пароль:", "Password:"), at: Point(x: form.x, y: form.y + 4), clip: form)
        let fieldX = form.x + 10, fieldWidth = form.width - 10
        TextField(isFocused: focus == .login).render(in: Rect(x: fieldX, y: form.y + 2, width: fieldWidth, height: 1),
                                                     buffer: &buffer, state: &login)
        TextField(isPassword: true, isFocused: focus == .password)
            .render(in: Rect(x: fieldX, y: form.y + 4, width: fieldWidth, height: 1), buffer: &buffer, state: &password)
        _ = buffer.write(context.t("Enter — войти · Tab — другое поле · F1 — справка",
                                   "Enter — sign in · Tab — other field · F1 — help"),
                         at: Point(x: form.x, y: form.y + 6), style: .dim, clip: form)
        renderDemoAccounts(in: area.removingTop(9), buffer: &buffer, context: context)
    }

    private func renderDemoAccounts(in area: Rect, buffer: inout Buffer, context: AppContext) {
        guard !demoAccounts.isEmpty, area.height > 1 else { return }
        let x = area.x + max(0, (area.width - 64) / 2)
        _ = buffer.write(context.t("Демо-школа. Учётные записи для пробы (пароль = логин):",
                                   "Demo school. Accounts to try (password = login):"),
                         at: Point(x: x, y: area.y), style: .header, clip: area)
        for (index, account) in demoAccounts.enumerated() where index + 1 < area.height {
            let text = account.login.padding(toLength: 14, withPad: " ", startingAt: 0)
                + (account.role.title.text(in: context.language) + ",").padding(toLength: 16, withPad: " ", startingAt: 0)
                + PersonName.short(account.fullName)
            _ = buffer.write(text, at: Point(x: x + 2, y: area.y + 1 + index), clip: area)
        }
    }
}

/// «Выйти из программы?» — the only way out of the program, on purpose.
enum QuitConfirmation {
    static func make(_ context: AppContext) -> Confirmation {
        Confirmation(title: context.t("Выход из программы", "Leave the program"),
                     message: context.t("Закрыть электронный журнал?", "Close the journal?"),
                     buttons: [context.t("Нет", "No"), context.t("Да, выйти", "Yes, quit")]) { choice in
            choice == 1 ? [.quit] : []
        }
    }
}
