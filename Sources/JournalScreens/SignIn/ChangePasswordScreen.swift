import JournalCore
import JournalStore
import TerminalUI

/// Choosing one's own password: after a one-time code (the first sign-in, which
/// activates the account) or whenever the user wants.
public final class ChangePasswordScreen: Screen {
    enum Action { case next, submit, cancel }

    private let user: ActingUser
    private let firstSignIn: Bool
    private var first = TextFieldState(maxLength: PasswordPolicy.maximumLength)
    private var second = TextFieldState(maxLength: PasswordPolicy.maximumLength)
    private var focusOnSecond = false
    private let keyMap: KeyMap<Action>

    public init(user: ActingUser, firstSignIn: Bool, context: AppContext) {
        self.user = user
        self.firstSignIn = firstSignIn
        keyMap = KeyMap([
            KeyBinding(.enter, action: .submit, help: context.t("сохранить пароль", "save the password")),
            KeyBinding([.tab, .backTab, .up, .down], action: .next, help: context.t("другое поле", "other field")),
            KeyBinding([.escape], action: .cancel, help: context.t("отказаться", "cancel"), label: context.t("Отмена", "Cancel"), slot: 10),
        ])
    }

    public var title: String { firstSignIn ? "Первый вход: придумайте пароль" : "Смена пароля" }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .next?:
            focusOnSecond.toggle()
            return []
        case .cancel?:
            return firstSignIn ? [.signOut] : [.pop]
        case .submit?:
            if !focusOnSecond {
                focusOnSecond = true
                return []
            }
            return submit(context)
        case nil:
            _ = focusOnSecond ? second.handle(key) : first.handle(key)
            return []
        }
    }

    private func submit(_ context: AppContext) -> [ScreenEffect] {
        defer {
            first = TextFieldState(maxLength: PasswordPolicy.maximumLength)
            second = TextFieldState(maxLength: PasswordPolicy.maximumLength)
            focusOnSecond = false
        }
        guard first.text == second.text else {
            return [.status(.error(context.t("Пароли не совпадают, введите ещё раз.", "The passwords differ, type them again.")))]
        }
        do {
            try context.db.changeOwnPassword(user, to: first.text)
        } catch {
            return [.status(.error(context.describe(error)))]
        }
        let saved = StatusMessage.success(context.t("Пароль сохранён.", "Password saved."))
        return firstSignIn ? [.signedIn(user), .status(saved)] : [.pop, .status(saved)]
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let x = area.x + max(0, (area.width - 56) / 2), width = min(56, area.width)
        let lines = [
            context.t("Не меньше \(PasswordPolicy.minimumLength) символов, не совпадает с логином.",
                      "At least \(PasswordPolicy.minimumLength) characters, not the login."),
            context.t("Можно русские буквы и пробелы: «весна в школе 24».", "Cyrillic and spaces are welcome."),
        ]
        for (index, line) in lines.enumerated() {
            _ = buffer.write(line, at: Point(x: x, y: area.y + 1 + index), style: .dim, clip: area)
        }
        _ = buffer.write(context.t("Новый пароль:", "New password:"), at: Point(x: x, y: area.y + 4), clip: area)
        _ = buffer.write(context.t("Ещё раз:", "Again:"), at: Point(x: x, y: area.y + 6), clip: area)
        TextField(isPassword: true, isFocused: !focusOnSecond)
            .render(in: Rect(x: x + 15, y: area.y + 4, width: width - 15, height: 1), buffer: &buffer, state: &first)
        TextField(isPassword: true, isFocused: focusOnSecond)
            .render(in: Rect(x: x + 15, y: area.y + 6, width: width - 15, height: 1), buffer: &buffer, state: &second)
    }
}
