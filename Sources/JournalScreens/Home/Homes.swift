import JournalCore

/// Where each role lands after signing in.
public enum Homes {
    public static func make(context: AppContext, user: ActingUser) -> any Screen {
        switch user.mainRole {
        case .parent?, .student?:
            return FamilyHome(user: user, context: context)
        case .admin?, .deputy?:
            let dashboard = ReadinessDashboardScreen(context: context, openLesson: lessonOpener)
            return AdministrationEntry.adding(to: dashboard, user: user, context: context)
        default:
            return AdministrationEntry.adding(to: PlaceholderHome(user: user, context: context), user: user, context: context)
        }
    }

    /// How the readiness drill-down opens a lesson: the class grid on that
    /// lesson's column. The grid comes with the journal screens; until they are
    /// merged there is none, and the drill-down offers no Enter on lessons.
    /// Connect it here: `LessonOpener { try ClassGridScreen.forLesson($0, context: $1) }`.
    public static var lessonOpener: LessonOpener? { nil }
}
