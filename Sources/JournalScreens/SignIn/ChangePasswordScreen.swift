import JournalCore
import JournalStore
import TerminalUI

/// Choosing one's own password: after a one-time code (the first sign-in, which
/// activates the account) or whenever the user wants. A later change asks for the
/// current password first, so that a session left open for a minute does not let
/// a passer-by take the account over; the store checks it and counts a wrong one
/// towards the lock.
public final class ChangePasswordScreen: Screen {
    enum Action { case next, previous, submit, cancel }
    enum Field { case current, new, again }

    private let user: ActingUser
    /// The code just typed at the login screen, at a first sign-in.
    private let oneTimeCode: String?
    private var texts: [Field: TextFieldState] = [:]
    private var focus: Field
    let keyMap: KeyMap<Action>

    /// A change the signed-in user asks for: current password, new one twice.
    public convenience init(user: ActingUser, context: AppContext) {
        self.init(user: user, oneTimeCode: nil, context: context)
    }

    /// The first sign-in (or the first after a reset) with a one-time code.
    public convenience init(firstSignInOf user: ActingUser, code: String, context: AppContext) {
        self.init(user: user, oneTimeCode: code, context: context)
    }

    private init(user: ActingUser, oneTimeCode: String?, context: AppContext) {
        self.user = user
        self.oneTimeCode = oneTimeCode
        focus = oneTimeCode == nil ? .current : .new
        keyMap = KeyMap([
            KeyBinding(.enter, action: .submit, help: context.t("следующее поле; в последнем — сохранить пароль",
                                                                 "next field; in the last one, save the password")),
            KeyBinding([.tab, .down], action: .next, help: context.t("следующее поле", "next field")),
            KeyBinding([.backTab, .up], action: .previous, help: context.t("предыдущее поле", "previous field")),
            KeyBinding([.escape], action: .cancel, help: context.t("отказаться", "cancel"), label: context.t("Отмена", "Cancel"), slot: 10),
        ])
        clearFields()
    }

    private var isFirstSignIn: Bool { oneTimeCode != nil }
    private var fields: [Field] { isFirstSignIn ? [.new, .again] : [.current, .new, .again] }

    public func title(in context: AppContext) -> String {
        isFirstSignIn ? context.t("Первый вход: придумайте пароль", "First sign-in: choose a password")
            : context.t("Смена пароля", "Change of password")
    }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .next?:
            moveFocus(by: 1)
        case .previous?:
            moveFocus(by: -1)
        case .cancel?:
            return isFirstSignIn ? [.signOut] : [.pop]
        case .submit?:
            if focus != fields.last { moveFocus(by: 1) } else { return submit(context) }
        case nil:
            _ = texts[focus]?.handle(key)
        }
        return []
    }

    private func moveFocus(by step: Int) {
        let index = fields.firstIndex(of: focus) ?? 0
        focus = fields[(index + step + fields.count) % fields.count]
    }

    private func clearFields() {
        for field in [Field.current, .new, .again] { texts[field] = TextFieldState(maxLength: PasswordPolicy.maximumLength) }
        focus = fields[0]
    }

    private func text(_ field: Field) -> String { texts[field]?.text ?? "" }

    private func submit(_ context: AppContext) -> [ScreenEffect] {
        defer { clearFields() }
        guard text(.new) == text(.again) else {
            return [.status(.error(context.t("Пароли не совпадают, введите ещё раз.", "The passwords differ, type them again.")))]
        }
        do {
            try context.db.changeOwnPassword(user, current: oneTimeCode ?? text(.current), to: text(.new))
        } catch {
            return [.status(.error(context.describe(error)))]
        }
        let saved = StatusMessage.success(context.t("Пароль сохранён.", "Password saved."))
        return isFirstSignIn ? [.signedIn(user), .status(saved)] : [.pop, .status(saved)]
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let x = area.x + max(0, (area.width - 60) / 2), width = min(60, area.width)
        let rules = [
            context.t("Не меньше \(PasswordPolicy.minimumLength) символов, не совпадает с логином.",
                      "At least \(PasswordPolicy.minimumLength) characters, not the login."),
            context.t("Можно русские буквы и пробелы: «весна в школе 24».", "Cyrillic and spaces are welcome."),
        ]
        for (index, line) in rules.enumerated() {
            _ = buffer.write(line, at: Point(x: x, y: area.y + 1 + index), style: .dim, clip: area)
        }
        for (index, field) in fields.enumerated() {
            let y = area.y + 4 + index * 2
            _ = buffer.write(label(field, context), at: Point(x: x, y: y), clip: area)
            var state = texts[field] ?? TextFieldState()
            TextField(isPassword: true, isFocused: focus == field)
                .render(in: Rect(x: x + 18, y: y, width: width - 18, height: 1), buffer: &buffer, state: &state)
            texts[field] = state
        }
    }

    private func label(_ field: Field, _ context: AppContext) -> String {
        switch field {
        case .current: context.t("Текущий пароль:", "Current password:")
        case .new: context.t("Новый пароль:", "New password:")
        case .again: context.t("Ещё раз:", "Again:")
        }
    }
}
