import JournalCore
import JournalStore
import TerminalUI

/// What a shared PC shows once a signed-in session has gone without a key for
/// the school's idle time: none of the journal — the school, whose session it
/// is, and a password field for that person. Someone else may sign in instead
/// (F2): the first user is signed out, and since every action was saved when it
/// was made, nothing of theirs is lost.
///
/// The shell keeps the locked user's screens under this one and puts them back
/// as they were when the password is right. The password goes through the same
/// counting as the login screen's, so the lock is no easier to guess at.
public final class IdleLockScreen: Screen {
    enum Action { case submit, otherUser, quit }

    private let user: ActingUser
    private let waited: String
    private var password = TextFieldState(maxLength: PasswordPolicy.maximumLength)
    let keyMap: KeyMap<Action>

    public init(user: ActingUser, policy: IdleLockPolicy, context: AppContext) {
        self.user = user
        waited = policy.text(russian: context.language == .ru)
        keyMap = KeyMap([
            KeyBinding(.enter, action: .submit, help: context.t("продолжить работу (нужен пароль)", "resume (needs the password)")),
            KeyBinding([], action: .otherUser,
                       help: context.t("войти другим пользователем (этот сеанс будет завершён, всё сделанное в нём сохранено)",
                                       "sign in as someone else (this session ends; all its work is saved)"),
                       label: context.t("Другой", "Other"), slot: 2),
            KeyBinding([], action: .quit, help: context.t("выход из программы (спросит подтверждение)", "leave the program (asks first)"),
                       label: context.t("Выход", "Quit"), slot: 10),
        ])
    }

    public func title(in context: AppContext) -> String { context.t("Сеанс заблокирован", "Session locked") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .submit?: return submit(context)
        case .otherUser?: return [.signOut]
        case .quit?: return [.confirm(QuitConfirmation.make(context))]
        case nil:
            _ = password.handle(key)
            return []
        }
    }

    private func submit(_ context: AppContext) -> [ScreenEffect] {
        let typed = password.text
        password = TextFieldState(maxLength: PasswordPolicy.maximumLength)
        let check: PasswordCheck
        do {
            check = try context.db.confirmPassword(of: user, typed)
        } catch {
            return [.status(.error(context.describe(error)))]
        }
        switch check {
        case .confirmed:
            return [.unlock]
        case .refused:
            return [.status(.error(context.t("Неверный пароль.", "Wrong password.")))]
        case .locked(let until):
            return [.status(.error(context.t(
                "Слишком много неудачных попыток. Вход с этим логином закрыт до \(until.timeOfDay.text); F2 — войти другим пользователем.",
                "Too many failed attempts. This login is locked until \(until.timeOfDay.text); F2 signs in someone else.")))]
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let form = Rect(x: area.x + max(0, (area.width - 64) / 2), y: area.y + 1, width: min(64, area.width), height: area.height - 1)
        let lines: [(String, StyleRole)] = [
            (context.school.name, .emphasis),
            ("", .normal),
            (context.t("Журнал заблокирован: \(waited) без нажатий клавиш.", "The journal is locked: \(waited) without a key."), .warning),
            (context.t("Сеанс пользователя: \(PersonName.short(user.fullName))", "Session of: \(PersonName.short(user.fullName))"), .normal),
        ]
        for (index, (text, style)) in lines.enumerated() {
            _ = buffer.write(text, at: Point(x: form.x, y: form.y + index), style: style, clip: form)
        }
        _ = buffer.write(context.t("Пароль:", "Password:"), at: Point(x: form.x, y: form.y + 5), clip: form)
        TextField(isPassword: true, isFocused: true)
            .render(in: Rect(x: form.x + 10, y: form.y + 5, width: form.width - 10, height: 1), buffer: &buffer, state: &password)
        let hints = [
            context.t("Enter — продолжить работу · F2 — войти другим пользователем", "Enter — resume · F2 — someone else signs in"),
            context.t("Всё, что было сделано до блокировки, уже сохранено.", "Everything done before the lock is saved."),
        ]
        for (index, hint) in hints.enumerated() {
            _ = buffer.write(hint, at: Point(x: form.x, y: form.y + 7 + index), style: .dim, clip: form)
        }
    }
}
