import JournalCore

/// Where each role lands after signing in.
public enum Homes {
    public static func make(context: AppContext, user: ActingUser) -> any Screen {
        PlaceholderHome(user: user, context: context)
    }
}
