import JournalCore
import TerminalUI

/// Where each role lands after signing in.
public enum Homes {
    /// Every home gets the menu «Разделы» and the line about unread messages
    /// and current announcements (`InboxBanner`).
    public static func make(context: AppContext, user: ActingUser) -> any Screen {
        let lettersSearch = user.mainRole == .secretary
        return InboxBanner(SchoolSections.adding(to: roleHome(context: context, user: user), user: user, context: context,
                                                 lettersSearch: lettersSearch),
                           user: user, menuKey: SchoolSections.menuKeyName(lettersSearch: lettersSearch, context), context: context)
    }

    private static func roleHome(context: AppContext, user: ActingUser) -> any Screen {
        switch user.mainRole {
        case .parent?, .student?:
            return FamilyHome(user: user, context: context)
        case .admin?, .deputy?:
            let dashboard = ReadinessDashboardScreen(context: context, openLesson: lessonOpener)
            let withLessons = ownLessonsEntry(to: dashboard, user: user, context: context)
            let withTransition = TransitionEntry.adding(to: withLessons, user: user, context: context)
            return AdministrationEntry.adding(to: AuditTrailEntry.adding(to: withTransition, user: user, context: context),
                                              user: user, context: context)
        case .director?:
            // the director reads: no lesson opens from the drill-down (the
            // class grid is the supervisors' and the teachers')
            let dashboard = ReadinessDashboardScreen(context: context, openLesson: nil)
            return TransitionEntry.adding(to: ownLessonsEntry(to: dashboard, user: user, context: context), user: user, context: context)
        case .teacher?:
            return TodayScreen(user: user, context: context)
        case .secretary?:
            return PeopleScreen(user: user, context: context, asHome: true)
        default:
            return PlaceholderHome(user: user, context: context)
        }
    }

    /// A deputy or an administrator who also teaches (a завуч usually does)
    /// keeps their own lessons one key away from the dashboard: F7 «Уроки».
    static let ownLessonsKey = Key.function(7)

    private static func ownLessonsEntry(to home: any Screen, user: ActingUser, context: AppContext) -> any Screen {
        guard user.has(.teacher) else { return home }
        return ShortcutScreen(home, shortcuts: [
            Shortcut(key: ownLessonsKey, label: context.t("Уроки", "Lessons"),
                     help: context.t("мои уроки сегодня и мои классы: журнал, тема, посещаемость",
                                     "my lessons today and my classes: grid, topic, attendance"),
                     open: { TodayScreen(user: user, context: $0, asHome: false) }),
        ])
    }

    /// How the readiness drill-down opens a lesson: the class grid on that
    /// lesson's column.
    public static var lessonOpener: LessonOpener? {
        LessonOpener { try ClassGridScreen.forLesson($0, context: $1) }
    }
}
