import JournalCore
import TerminalUI

/// The ways to «Журнал изменений». The deputy has F8 «Аудит» on the home; the
/// administrator's F8 is the accounts, where F3 «Аудит» opens it for the
/// selected login (what it did and what was done to it). Kept out of the
/// homes, as `AdministrationEntry` is. The store checks the right again on
/// every read.
enum AuditTrailEntry {
    static let key = Key.function(8)
    static let accountsKey = Key.function(3)

    static func label(_ context: AppContext) -> String { context.t("Аудит", "Audit") }

    /// `home` with F8 opening the journal of changes, for a deputy who is not
    /// also the administrator (whose F8 is taken by the accounts).
    static func adding(to home: any Screen, user: ActingUser, context: AppContext) -> any Screen {
        guard user.has(.deputy), !user.has(.admin) else { return home }
        return ShortcutScreen(home, shortcuts: [
            Shortcut(key: key, label: label(context),
                     help: context.t("журнал изменений: кто, когда и что менял в журнале (урок, ученик, логин)",
                                     "journal of changes: who changed what and when (lesson, student, login)"),
                     open: { AuditTrailScreen(user: user, context: $0) }),
        ])
    }
}
