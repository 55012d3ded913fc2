import JournalCore
import JournalStore
import TerminalUI

/// The roles ticked on the new-account form, and the one the cursor is on.
struct RoleChoice: Equatable {
    var chosen: Set<Role> = []
    var cursor = 0

    mutating func toggle(_ role: Role) {
        if chosen.remove(role) == nil { chosen.insert(role) }
    }

    /// ← → move, Space ticks the role under the cursor, 1–7 tick a role directly.
    mutating func handle(_ key: Key) -> Bool {
        let roles = Role.allCases
        switch key {
        case .left: cursor = (cursor + roles.count - 1) % roles.count
        case .right: cursor = (cursor + 1) % roles.count
        case .character(" "): toggle(roles[cursor])
        case .character(let c) where c.wholeNumberValue.map({ (1...roles.count).contains($0) }) == true && c.isASCII:
            cursor = c.wholeNumberValue! - 1
            toggle(roles[cursor])
        default: return false
        }
        return true
    }
}

/// «Новая учётная запись»: login, full name and roles. Saving asks first, then
/// shows the one-time code once (`AccountDialogs.oneTimeCode`).
public final class NewAccountScreen: Screen {
    enum Action { case next, previous, submit, cancel }
    enum Field: CaseIterable { case login, name, roles }

    private let user: ActingUser
    private var login = TextFieldState(maxLength: LoginRules.maximumLength)
    private var name = TextFieldState(maxLength: 128)
    private var roles = RoleChoice()
    private var focus = Field.login
    let keyMap: KeyMap<Action>
    public let helpEntries: [HelpEntry]

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        keyMap = KeyMap([
            KeyBinding(.enter, action: .submit, help: context.t("следующее поле; в поле ролей — создать (спросит)",
                                                                 "next field; in the roles, create (asks first)")),
            KeyBinding([.tab, .down], action: .next, help: context.t("следующее поле", "next field")),
            KeyBinding([.backTab, .up], action: .previous, help: context.t("предыдущее поле", "previous field")),
            KeyBinding([.escape], action: .cancel, help: context.t("не создавать", "cancel"), label: context.t("Отмена", "Cancel"), slot: 10),
        ])
        helpEntries = keyMap.helpEntries + [HelpEntry(keys: context.t("← → Пробел, 1–7", "← → Space, 1–7"),
                                                      text: context.t("в поле ролей: выбрать и отметить роль", "in the roles: choose and tick a role"))]
    }

    public func title(in context: AppContext) -> String { context.t("Новая учётная запись", "New account") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .next?: move(by: 1)
        case .previous?: move(by: -1)
        case .cancel?: return [.pop]
        case .submit?:
            if focus != .roles { move(by: 1) } else { return [confirmation(context)] }
        case nil:
            switch focus {
            case .login: _ = login.handle(key)
            case .name: _ = name.handle(key)
            case .roles: _ = roles.handle(key)
            }
        }
        return []
    }

    private func move(by step: Int) {
        let all = Field.allCases
        focus = all[(all.firstIndex(of: focus)! + step + all.count) % all.count]
    }

    private func confirmation(_ context: AppContext) -> ScreenEffect {
        if let flaw = LoginRules.flaw(of: login.text.trimmingSpaces) {
            focus = .login
            return .status(.error(context.t("Логин ", "The login is ") + flaw.reason.text(in: context.language) + "."))
        }
        let chosen = roles.chosen.sorted()
        guard !chosen.isEmpty else {
            return .status(.error(context.t("Отметьте хотя бы одну роль (пробел или цифра 1–7).", "Tick at least one role.")))
        }
        let (typedLogin, typedName) = (login.text.trimmingSpaces, name.text.trimmingSpaces)
        let roleWords = chosen.map { $0.title.text(in: context.language) }.joined(separator: ", ")
        return .confirm(Confirmation(
            title: context.t("Создать учётную запись", "Create the account"),
            message: context.t("Создать \(typedLogin) (\(typedName)), роли: \(roleWords)?", "Create \(typedLogin) (\(typedName)), roles: \(roleWords)?"),
            buttons: [context.t("Нет", "No"), context.t("Да, создать", "Yes, create")]) { [user] choice in
            guard choice == 1 else { return [] }
            do {
                let code = try context.db.createAccount(login: typedLogin, fullName: typedName, roles: chosen, by: .user(user))
                return [.popAndReload, .status(.success(context.t("Учётная запись \(typedLogin) создана.", "\(typedLogin) created."))),
                        .confirm(AccountDialogs.oneTimeCode(login: typedLogin, code: code, context: context))]
            } catch {
                return [.status(.error(context.describe(error)))]
            }
        })
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let x = area.x + 2, fieldX = area.x + 14
        let labels = [context.t("Логин:", "Login:"), context.t("ФИО:", "Full name:"), context.t("Роли:", "Roles:")]
        for (index, label) in labels.enumerated() {
            _ = buffer.write(label, at: Point(x: x, y: area.y + 1 + index * 2), clip: area)
        }
        TextField(isFocused: focus == .login).render(in: Rect(x: fieldX, y: area.y + 1, width: 24, height: 1), buffer: &buffer, state: &login)
        TextField(isFocused: focus == .name).render(in: Rect(x: fieldX, y: area.y + 3, width: 50, height: 1), buffer: &buffer, state: &name)
        renderRoles(at: Point(x: fieldX, y: area.y + 5), clip: area, buffer: &buffer, context: context)
        let hints = [
            context.t("Логин — латинские буквы, цифры, . _ -, например ivanova.ap. ФИО — полностью.",
                      "Login: Latin letters, digits, . _ -, such as ivanova.ap. The full name in full."),
            context.t("Роли: ← → и пробел или цифры 1–7; Enter в поле ролей — создать.", "Roles: ← → and Space or 1–7; Enter creates."),
            context.t("После создания будет показан одноразовый код для первого входа.", "A one-time code for the first sign-in follows."),
        ]
        for (index, hint) in hints.enumerated() {
            _ = buffer.write(hint, at: Point(x: x, y: area.y + 10 + index), style: .dim, clip: area)
        }
    }

    private func renderRoles(at origin: Point, clip: Rect, buffer: inout Buffer, context: AppContext) {
        for (index, role) in Role.allCases.enumerated() {
            let text = "[\(roles.chosen.contains(role) ? "x" : " ")] \(index + 1) \(role.title.text(in: context.language))"
            let point = Point(x: origin.x + (index % 3) * 22, y: origin.y + index / 3)
            let style: StyleRole = focus == .roles && roles.cursor == index ? .inputFocused : .normal
            _ = buffer.write(text, at: point, style: style, clip: clip)
        }
    }
}
