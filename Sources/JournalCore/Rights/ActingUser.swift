/// The signed-in person on whose behalf a write is made. The store re-reads the
/// account inside every write transaction, so a role taken away or an account
/// disabled meanwhile takes effect at once; this value is what the screens show.
public struct ActingUser: Hashable, Sendable {
    public let accountID: AccountID
    public let login: String
    public let fullName: String
    public let roles: [Role]

    public init(accountID: AccountID, login: String, fullName: String, roles: [Role]) {
        self.accountID = accountID
        self.login = login
        self.fullName = fullName
        self.roles = Set(roles).sorted()
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// The role shown in the title bar: the most powerful one.
    public var mainRole: Role? { roles.first }
}
