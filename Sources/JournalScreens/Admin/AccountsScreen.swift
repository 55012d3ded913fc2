import JournalCore
import JournalStore
import TerminalUI

/// «Учётные записи»: every account with its roles and state, for the
/// administrator. From here: a new account, disable or enable, a password reset
/// and opening a login locked after wrong passwords, each asked first; F3 the
/// journal of changes of the selected login. One-time
/// codes are shown once, in a dialog, to be copied onto paper; they are never
/// kept on the screen or in the status line.
///
/// Typing filters the list by login or name, so a school of thousands of
/// parents' and students' accounts stays usable.
public final class AccountsScreen: Screen {
    enum Action { case create, auditTrail, toggleDisabled, resetPassword, unlock, back, clearFilter }

    private let user: ActingUser
    private var all: [AccountOverview] = []
    private var problem: String?
    private var filter = TextFieldState(maxLength: 40)
    private var tableState = TableState()
    /// The table's width as last drawn, for the keys that page through it.
    private var tableWidth = 78
    let keyMap: KeyMap<Action>
    public let helpEntries: [HelpEntry]

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        keyMap = KeyMap([
            KeyBinding([.insert], action: .create, help: context.t("новая учётная запись (выдаётся одноразовый код)",
                                                                    "new account (gets a one-time code)"),
                       label: context.t("Новая", "New"), slot: 2),
            KeyBinding([], action: .auditTrail, help: context.t("журнал изменений этого логина: что он делал и что делали с ним",
                                                                "journal of changes of this login: by it and to it"),
                       label: AuditTrailEntry.label(context), slot: 3),
            KeyBinding([], action: .toggleDisabled, help: context.t("отключить или снова включить (спросит)", "disable or enable (asks first)"),
                       label: context.t("Откл/Вкл", "Off/On"), slot: 4),
            KeyBinding([], action: .resetPassword, help: context.t("сбросить пароль: новый одноразовый код (спросит)",
                                                                   "reset the password: a new one-time code (asks first)"),
                       label: context.t("Сброс", "Reset"), slot: 5),
            KeyBinding([], action: .unlock, help: context.t("открыть вход, закрытый после неверных паролей (спросит)",
                                                            "open a login locked after wrong passwords (asks first)"),
                       label: context.t("Открыть", "Unlock"), slot: 6),
            KeyBinding([.escape], action: .clearFilter, help: context.t("очистить поиск; без поиска — назад", "clear the search; then back")),
            KeyBinding([], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        helpEntries = keyMap.helpEntries + [
            HelpEntry(keys: context.t("буквы, цифры", "letters, digits"), text: context.t("поиск по логину или ФИО", "search by login or name")),
            HelpEntry(keys: "↑ ↓ PgUp PgDn", text: context.t("выбрать учётную запись", "choose an account")),
        ]
        load(context)
    }

    public func title(in context: AppContext) -> String { context.t("Учётные записи", "Accounts") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }

    public func reload(context: AppContext) {
        load(context)
    }

    private func load(_ context: AppContext) {
        do {
            all = try context.db.accounts(by: .user(user))
            problem = nil
        } catch {
            all = []
            problem = context.describe(error)
        }
    }

    /// The accounts the search leaves.
    private var shown: [AccountOverview] {
        let needle = filter.text.trimmingSpaces.lowercased()
        guard !needle.isEmpty else { return all }
        return all.filter { $0.login.lowercased().contains(needle) || $0.account.fullName.lowercased().contains(needle) }
    }

    private var selected: AccountOverview? {
        let list = shown
        return tableState.selectedRow < list.count ? list[tableState.selectedRow] : nil
    }

    // MARK: Keys

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .create?: return [.push(NewAccountScreen(user: user, context: context))]
        case .auditTrail?:
            return [.push(AuditTrailScreen(user: user, filter: selected.map { .account(login: $0.login) } ?? .none, context: context))]
        case .back?: return [.pop]
        case .clearFilter?:
            if filter.isEmpty { return [.pop] }
            filter = TextFieldState(maxLength: 40)
            tableState = TableState()
            return []
        case .toggleDisabled?: return selected.map { [.confirm(AccountDialogs.toggle($0, by: user, context: context) { self.load(context) })] } ?? []
        case .resetPassword?: return selected.map { [.confirm(AccountDialogs.reset($0, by: user, context: context) { self.load(context) })] } ?? []
        case .unlock?: return selected.map { unlock($0, context) } ?? []
        case nil:
            return handleOther(key)
        }
    }

    private func unlock(_ account: AccountOverview, _ context: AppContext) -> [ScreenEffect] {
        guard account.lockedUntil != nil else {
            return [.status(StatusMessage(context.t("Вход с логином \(account.login) не закрыт.", "\(account.login) is not locked.")))]
        }
        return [.confirm(AccountDialogs.unlock(account, by: user, context: context) { self.load(context) })]
    }

    private func handleOther(_ key: Key) -> [ScreenEffect] {
        if tableState.handle(key, for: table(width: tableWidth)) == .handled { return [] }
        if filter.handle(key) == .changed { tableState = TableState() }
        return []
    }

    // MARK: Drawing

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let list = shown
        let searchLabel = context.t(" Поиск: ", " Search: ")
        let afterLabel = buffer.write(searchLabel, at: area.origin, style: .dim, clip: area)
        TextField(isFocused: false, placeholder: context.t("логин или фамилия", "login or surname"))
            .render(in: Rect(x: afterLabel, y: area.y, width: 30, height: 1), buffer: &buffer, state: &filter)
        let count = context.t("записей: \(list.count) из \(all.count)", "\(list.count) of \(all.count)")
        _ = buffer.write(count, at: Point(x: area.maxX - DisplayWidth.of(count) - 1, y: area.y), style: .dim, clip: area)
        let body = area.removingTop(2)
        if let problem {
            Paragraph(wrapping: problem, width: body.width - 2, style: .error).render(in: body.inset(horizontal: 1, vertical: 0), buffer: &buffer)
            return
        }
        tableWidth = body.width
        table(width: body.width, rows: list).render(in: body, buffer: &buffer, state: &tableState)
    }

    /// Login, name, roles, activated, state. The name takes what a wider
    /// terminal adds: full names run to forty letters and more.
    static func columnWidths(for width: Int) -> [Int] {
        let login = 15, roles = 13, activated = 10, state = 15, gaps = 4
        let name = max(20, width - login - roles - activated - state - gaps)
        return [login, name, roles, activated, max(8, width - login - name - roles - activated - gaps)]
    }

    private func table(width: Int, rows: [AccountOverview]? = nil) -> Table {
        let rows = rows ?? shown
        return Table(columns: Self.columnWidths(for: width).map { TableColumn(width: $0) },
                     headerRows: [["Логин", "ФИО", "Роли", "Активна с", "Состояние"]],
                     rowCount: rows.count, selectionMode: .row) { row, column in
            AccountRowText.cell(rows[row], column: column)
        }
    }
}

/// How one account reads in the list.
enum AccountRowText {
    static func cell(_ overview: AccountOverview, column: Int) -> TableCell {
        let account = overview.account
        switch column {
        case 0: return TableCell(account.login)
        case 1: return TableCell(account.fullName)
        case 2: return TableCell(account.roles.map { $0.title.ru }.joined(separator: ", "))
        case 3: return TableCell(account.activatedAt?.date.russian ?? "—")
        default: return state(overview)
        }
    }

    /// The one word that matters most: off, locked, waiting for its password.
    static func state(_ overview: AccountOverview) -> TableCell {
        if overview.account.disabled { return TableCell("отключена", style: .dim) }
        if let until = overview.lockedUntil { return TableCell("закрыт до \(until.timeOfDay.text)", style: .warning) }
        if overview.mustChangePassword { return TableCell("ждёт пароля", style: .warning) }
        return TableCell("работает")
    }
}
