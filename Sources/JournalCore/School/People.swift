/// A sign-in account. Passwords never travel in a bundle; the store keeps hashes.
public struct Account: Hashable, Sendable {
    public var login: String
    public var fullName: String
    public var roles: [Role]
    public var createdAt: SchoolTime
    public var activatedAt: SchoolTime?
    public var disabled: Bool
    /// When it was disabled, if known: a report as of an earlier moment counts
    /// the account as it was then. A disabled account without it (a bundle
    /// carries none) counts as disabled at every moment.
    public var disabledAt: SchoolTime?

    public init(login: String, fullName: String, roles: [Role], createdAt: SchoolTime,
                activatedAt: SchoolTime? = nil, disabled: Bool = false, disabledAt: SchoolTime? = nil) {
        self.login = login
        self.fullName = fullName
        self.roles = Set(roles).sorted()
        self.createdAt = createdAt
        self.activatedAt = activatedAt
        self.disabled = disabled
        self.disabledAt = disabled ? disabledAt : nil
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }
}

/// A class (5А): its grade and its homeroom teacher (классный руководитель).
public struct SchoolClass: Hashable, Sendable {
    public var code: String
    public var name: String
    public var grade: Int
    public var homeroomLogin: String?

    public init(code: String, name: String, grade: Int, homeroomLogin: String?) {
        self.code = code
        self.name = name
        self.grade = grade
        self.homeroomLogin = homeroomLogin
    }
}

/// A student. Which class they are in, and when, is their class history
/// (`Enrollment`), not a property of the student.
public struct Student: Hashable, Sendable {
    public var code: String
    public var fullName: String
    public var login: String?

    public init(code: String, fullName: String, login: String?) {
        self.code = code
        self.fullName = fullName
        self.login = login
    }
}

/// A parent account's link to a child.
public struct Guardian: Hashable, Sendable {
    public var parentLogin: String
    public var studentCode: String

    public init(parentLogin: String, studentCode: String) {
        self.parentLogin = parentLogin
        self.studentCode = studentCode
    }
}

/// One successful sign-in; feeds the unique-logins indicator.
public struct SignIn: Hashable, Sendable {
    public var login: String
    public var at: SchoolTime

    public init(login: String, at: SchoolTime) {
        self.login = login
        self.at = at
    }
}
