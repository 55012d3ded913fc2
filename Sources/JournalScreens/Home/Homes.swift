import JournalCore

/// Where each role lands after signing in.
public enum Homes {
    public static func make(context: AppContext, user: ActingUser) -> any Screen {
        if user.has(.admin) || user.has(.deputy) {
            return ReadinessDashboardScreen(context: context, openLesson: lessonOpener)
        }
        return PlaceholderHome(user: user, context: context)
    }

    /// How the readiness drill-down opens a lesson: the class grid on that
    /// lesson's column. The grid comes with the journal screens; until they are
    /// merged there is none, and the drill-down offers no Enter on lessons.
    /// Connect it here: `LessonOpener { try ClassGridScreen.forLesson($0, context: $1) }`.
    public static var lessonOpener: LessonOpener? { nil }
}
