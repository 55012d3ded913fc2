import JournalCore
import TerminalUI

/// The home of an account with no role at all (every role has its own home
/// now; the secretary's is «Ученики и сотрудники»): it greets and offers the
/// password and the way out.
public final class PlaceholderHome: Screen {
    enum Action { case signOut, changePassword }

    private let role: Role?
    let keyMap: KeyMap<Action>

    public init(user: ActingUser, context: AppContext) {
        role = user.mainRole
        keyMap = KeyMap([
            KeyBinding([], action: .changePassword, help: context.t("сменить свой пароль", "change your password"),
                       label: context.t("Пароль", "Passwd"), slot: 9),
            SignOut.binding(.signOut, context),
        ])
    }

    public func title(in context: AppContext) -> String { context.t("Главная", "Home") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .signOut?: return [.confirm(SignOut.confirmation(context))]
        case .changePassword?:
            guard let user = context.user else { return [] }
            return [.push(ChangePasswordScreen(user: user, context: context))]
        case nil: return []
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        var lines = [Line(context.t("Здравствуйте, \(context.user?.fullName ?? "")!", "Hello, \(context.user?.fullName ?? "")!"), style: .emphasis), Line("")]
        lines += nextScreens(context).map { Line("  • " + $0) }
        Paragraph(lines).render(in: area.inset(by: 1), buffer: &buffer)
    }

    /// Kept for a secretary's account reaching this screen some other way.
    private func nextScreens(_ context: AppContext) -> [String] {
        guard role == .secretary else { return [] }
        return [context.t("Списки учеников и сотрудников, движение учеников", "Student and staff lists")]
    }
}
