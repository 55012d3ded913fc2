import JournalCore
import TerminalUI

/// A part of the school's work that a home reaches through the menu «Разделы»
/// rather than a key of its own: the staff homes have no function key left,
/// and a list on one screen asks nothing of the user's memory. Each feature
/// adds its section to `SchoolSections.all`; the menu shows those that the
/// user's roles may open, in that order.
public struct SchoolSection {
    /// The Russian letter that opens it from the menu (its Latin twin works too).
    public var letter: Character
    public var title: (AppContext) -> String
    public var summary: (AppContext) -> String
    public var isShown: (ActingUser) -> Bool
    public var open: (ActingUser, AppContext) throws -> any Screen

    public init(letter: Character, title: @escaping (AppContext) -> String, summary: @escaping (AppContext) -> String,
                isShown: @escaping (ActingUser) -> Bool, open: @escaping (ActingUser, AppContext) throws -> any Screen) {
        self.letter = letter
        self.title = title
        self.summary = summary
        self.isShown = isShown
        self.open = open
    }
}

public enum SchoolSections {
    /// Every section, in the menu's order. A feature adds its line here.
    static var all: [SchoolSection] { [
        SchoolSection(letter: "п", title: { $0.t("Переход на ББЖ", "Transition") },
                      summary: { $0.t("дорожная карта, ПК для журнала, график доступа к ПК",
                                      "roadmap, journal PCs, staff-PC schedule") },
                      isShown: { Permissions.mayReadSchoolReports($0.roles) },
                      open: { user, context in RoadmapScreen(user: user, context: context) }),
        SchoolSection(letter: "с", title: { $0.t("Сообщения и объявления", "Messages") },
                      summary: { $0.t("переписка с учителями и семьями, объявления школы", "threads with teachers and families, announcements") },
                      isShown: { _ in true },
                      open: { user, context in MessagesScreen(user: user, context: context) }),
    ] }

    /// The sections `user` may open.
    public static func available(to user: ActingUser) -> [SchoolSection] {
        all.filter { $0.isShown(user) }
    }

    /// The key that opens the menu from a home: М (V on the Latin layout).
    public static let menuKeys = Key.sameKey("м")

    /// `home` with the menu one key away, when the user has any section.
    public static func adding(to home: any Screen, user: ActingUser, context: AppContext) -> any Screen {
        guard !available(to: user).isEmpty else { return home }
        return ShortcutScreen(home, shortcuts: [
            Shortcut(key: menuKeys[0], otherKeys: Array(menuKeys.dropFirst()), label: context.t("Разделы", "Sections"),
                     help: context.t("все разделы: расписание, отчёты, администрирование…", "every section of the school"),
                     hint: context.t("[М] Разделы", "[V] Sections"),
                     open: { SchoolSectionsScreen(user: user, context: $0) }),
        ])
    }
}
