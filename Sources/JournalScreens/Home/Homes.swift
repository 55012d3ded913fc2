import JournalCore

/// Where each role lands after signing in.
public enum Homes {
    public static func make(context: AppContext, user: ActingUser) -> any Screen {
        switch user.mainRole {
        case .parent?, .student?:
            return FamilyHome(user: user, context: context)
        default:
            return AdministrationEntry.adding(to: PlaceholderHome(user: user, context: context), user: user, context: context)
        }
    }
}
