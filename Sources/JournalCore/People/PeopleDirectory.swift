/// What the secretary's screen «Ученики и сотрудники» lists: the school's
/// classes, students, staff and parents as they are on a day, read by the
/// store with the rights of whoever keeps the people (`Permissions.mayKeepPeople`).
public struct PeopleDirectory: Sendable, Equatable {
    public var classes: [ClassListing]
    public var students: [StudentListing]
    public var staff: [StaffListing]
    public var parents: [ParentListing]

    public init(classes: [ClassListing] = [], students: [StudentListing] = [], staff: [StaffListing] = [],
                parents: [ParentListing] = []) {
        self.classes = classes
        self.students = students
        self.staff = staff
        self.parents = parents
    }
}

/// A class with its homeroom teacher and how many students it has on the day.
public struct ClassListing: Sendable, Equatable {
    public var code: String
    public var name: String
    public var grade: Int
    public var homeroomLogin: String?
    public var homeroomName: String?
    public var studentCount: Int

    public init(code: String, name: String, grade: Int, homeroomLogin: String?, homeroomName: String?, studentCount: Int) {
        self.code = code
        self.name = name
        self.grade = grade
        self.homeroomLogin = homeroomLogin
        self.homeroomName = homeroomName
        self.studentCount = studentCount
    }
}

/// A student with the class they are in on the day (or were in last, with
/// the day they left), their login and their parents' logins.
public struct StudentListing: Sendable, Equatable {
    public var code: String
    public var fullName: String
    public var classCode: String?
    public var className: String?
    /// The first day of the current (or latest) stay.
    public var since: SchoolDate?
    /// The last day of the latest stay, when it is over: the student left.
    public var leftAfter: SchoolDate?
    public var login: String?
    public var parentLogins: [String]
    /// A transfer ordered from a later day: the class and its first day.
    public var next: (className: String, from: SchoolDate)?

    public static func == (a: StudentListing, b: StudentListing) -> Bool {
        a.code == b.code && a.fullName == b.fullName && a.classCode == b.classCode && a.className == b.className && a.since == b.since
            && a.leftAfter == b.leftAfter && a.login == b.login && a.parentLogins == b.parentLogins
            && a.next?.className == b.next?.className && a.next?.from == b.next?.from
    }

    public init(code: String, fullName: String, classCode: String?, className: String?, since: SchoolDate?,
                leftAfter: SchoolDate?, login: String?, parentLogins: [String], next: (className: String, from: SchoolDate)? = nil) {
        self.code = code
        self.fullName = fullName
        self.classCode = classCode
        self.className = className
        self.since = since
        self.leftAfter = leftAfter
        self.login = login
        self.parentLogins = parentLogins
        self.next = next
    }
}

/// An account with a staff role.
public struct StaffListing: Sendable, Equatable {
    public var login: String
    public var fullName: String
    public var roles: [Role]
    public var disabled: Bool
    public var activated: Bool

    public init(login: String, fullName: String, roles: [Role], disabled: Bool, activated: Bool) {
        self.login = login
        self.fullName = fullName
        self.roles = roles
        self.disabled = disabled
        self.activated = activated
    }
}

/// A parent's account with the children linked to it.
public struct ParentListing: Sendable, Equatable {
    public var login: String
    public var fullName: String
    public var children: [ParentChild]
    public var activated: Bool

    public init(login: String, fullName: String, children: [ParentChild], activated: Bool) {
        self.login = login
        self.fullName = fullName
        self.children = children
        self.activated = activated
    }
}

public struct ParentChild: Sendable, Equatable {
    public var studentCode: String
    public var fullName: String

    public init(studentCode: String, fullName: String) {
        self.studentCode = studentCode
        self.fullName = fullName
    }
}

/// A one-time code just issued, for the dialog that shows it once or for an
/// access slip. It exists only in memory: the store keeps its hash.
public struct IssuedCode: Sendable, Equatable {
    public enum Holder: Sendable, Equatable {
        case student
        /// A parent, with the children it is linked to («Иванов Иван, 7А»).
        case parent(children: String)
        case staff
    }

    public var login: String
    public var fullName: String
    public var code: String
    public var holder: Holder

    public init(login: String, fullName: String, code: String, holder: Holder) {
        self.login = login
        self.fullName = fullName
        self.code = code
        self.holder = holder
    }
}

/// The access slips of a class: one per student and parent, each with a
/// fresh one-time code.
public struct AccessSlipSheet: Sendable, Equatable {
    public var schoolName: String
    public var className: String
    public var slips: [IssuedCode]

    public init(schoolName: String, className: String, slips: [IssuedCode]) {
        self.schoolName = schoolName
        self.className = className
        self.slips = slips
    }
}
