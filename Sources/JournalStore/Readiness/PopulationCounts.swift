import JournalCore

/// One class's students enrolled on a day, and their parents' accounts.
public struct ClassEnrolmentCounts: Hashable, Sendable {
    public var classID: ClassID
    /// Students enrolled on the day.
    public var students: Int
    /// Of those, students with at least one counted parent account.
    public var studentsWithParent: Int
    /// Distinct counted parent accounts linked to those students.
    public var parents: Int

    public init(classID: ClassID, students: Int, studentsWithParent: Int, parents: Int) {
        self.classID = classID
        self.students = students
        self.studentsWithParent = studentsWithParent
        self.parents = parents
    }
}

/// The same for the whole school: a parent of children in two classes is one
/// parent here, though each class counts them.
public struct SchoolEnrolmentCounts: Hashable, Sendable {
    public var students: Int
    public var studentsWithParent: Int
    public var parents: Int
    public var classes: [ClassEnrolmentCounts]

    public init(students: Int, studentsWithParent: Int, parents: Int, classes: [ClassEnrolmentCounts]) {
        self.students = students
        self.studentsWithParent = studentsWithParent
        self.parents = parents
        self.classes = classes
    }
}

/// A span of dates a class's timetable entries are valid for (`validTo` nil:
/// open-ended). Distinct spans only: a class has a handful.
public struct TimetableSpan: Hashable, Sendable {
    public var classID: ClassID
    public var validFrom: SchoolDate
    public var validTo: SchoolDate?

    public init(classID: ClassID, validFrom: SchoolDate, validTo: SchoolDate?) {
        self.classID = classID
        self.validFrom = validFrom
        self.validTo = validTo
    }

    public func overlaps(from: SchoolDate, to: SchoolDate) -> Bool {
        validFrom <= to && (validTo.map { from <= $0 } ?? true)
    }
}

/// Accounts that are not disabled and were created by a moment, and how many of
/// them were activated by then.
public struct AccountActivationCounts: Hashable, Sendable {
    public var accounts: Int
    public var activated: Int

    public init(accounts: Int, activated: Int) {
        self.accounts = accounts
        self.activated = activated
    }
}
