import JournalCore
import TerminalUI

/// The way from the administrator's, the deputy's and the director's home to
/// «Переход на ББЖ»: the letter П (G on the Latin layout), since every function
/// key of the dashboard is taken; the home shows the key at its top right.
/// Kept out of the homes, as `AdministrationEntry` is.
public enum TransitionEntry {
    public static let keys = Key.sameKey("п")

    public static func adding(to home: any Screen, user: ActingUser, context: AppContext) -> any Screen {
        guard Permissions.mayReadSchoolReports(user.roles) else { return home }
        return ShortcutScreen(home, shortcuts: [
            Shortcut(key: keys[0], otherKeys: Array(keys.dropFirst()), label: context.t("Переход", "Transition"),
                     help: context.t("переход на ББЖ: дорожная карта, ПК для журнала, график доступа к ПК",
                                     "the transition: roadmap, journal PCs, staff-PC schedule"),
                     hint: context.t("[П] Переход на ББЖ", "[G] Transition"),
                     open: { RoadmapScreen(user: user, context: $0) }),
        ])
    }
}
