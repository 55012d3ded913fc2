import JournalCore
import TerminalUI

/// The administrator's way from their home to account administration: F8
/// «Учётки». Kept here, not in any home, so that whichever screen is the
/// administrator's home (the placeholder now, the readiness dashboard later)
/// gets it with one line in `Homes`:
///
///     AdministrationEntry.adding(to: home, user: user, context: context)
///
/// A home that binds F8 itself loses that key to this entry.
public enum AdministrationEntry {
    public static let key = Key.function(8)

    /// `home` with F8 opening the accounts, for a user who holds the admin role;
    /// `home` itself for anyone else. The store checks the role again on every
    /// read and change, so this only spares others a key that would be refused.
    public static func adding(to home: any Screen, user: ActingUser, context: AppContext) -> any Screen {
        guard user.has(.admin) else { return home }
        return ShortcutScreen(home, shortcuts: [
            Shortcut(key: key, label: context.t("Учётки", "Accounts"),
                     help: context.t("учётные записи: создать, отключить, сбросить пароль", "accounts: create, disable, reset a password"),
                     open: { AccountsScreen(user: user, context: $0) }),
        ])
    }
}
