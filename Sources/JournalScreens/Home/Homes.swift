import JournalCore

/// Where each role lands after signing in.
public enum Homes {
    public static func make(context: AppContext, user: ActingUser) -> any Screen {
        switch user.mainRole {
        case .teacher?: TodayScreen(user: user, context: context)
        default: PlaceholderHome(user: user, context: context)
        }
    }
}
