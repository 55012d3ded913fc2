import JournalCore

/// A counted lesson as a drill-down lists it.
public struct ReadinessLessonRow: Hashable, Sendable {
    /// Nil for a lesson the timetable owes that nobody has made yet.
    public var id: LessonID?
    public var day: SchoolDate
    public var lessonNumber: Int
    public var startsAt: SchoolTime
    /// The class (a `part` group's too); nil for a `mixed` or `extra` group.
    public var classID: ClassID?
    /// The group, for a group's lesson.
    public var groupID: GroupID?
    public var subjectID: SubjectID
    public var teacherID: AccountID
    public var hasTopic: Bool
    public var hasHomework: Bool

    public init(id: LessonID?, day: SchoolDate, lessonNumber: Int, startsAt: SchoolTime, classID: ClassID?,
                groupID: GroupID? = nil, subjectID: SubjectID, teacherID: AccountID, hasTopic: Bool, hasHomework: Bool) {
        self.id = id
        self.day = day
        self.lessonNumber = lessonNumber
        self.startsAt = startsAt
        self.classID = classID
        self.groupID = groupID
        self.subjectID = subjectID
        self.teacherID = teacherID
        self.hasTopic = hasTopic
        self.hasHomework = hasHomework
    }
}

/// One entry made after its deadline.
public struct LateEntryRow: Hashable, Sendable {
    /// `markInClass` or `markOutOfClass` for marks; `attendance`, `held`, `comment`.
    public var kind: JournalEntryKind
    public var lesson: ReadinessLessonRow
    /// The mark's id, for marks.
    public var markID: MarkID?
    /// The student, for marks and attendance.
    public var studentID: StudentID?
    public var enteredAt: SchoolTime
    public var deadline: SchoolTime

    public init(kind: JournalEntryKind, lesson: ReadinessLessonRow, markID: MarkID?, studentID: StudentID?,
                enteredAt: SchoolTime, deadline: SchoolTime) {
        self.kind = kind
        self.lesson = lesson
        self.markID = markID
        self.studentID = studentID
        self.enteredAt = enteredAt
        self.deadline = deadline
    }
}

/// What a drill-down needs to name classes, teachers, subjects and students.
public struct ReadinessNames: Sendable {
    public var classes: [ClassID: String] = [:]
    public var groups: [GroupID: String] = [:]
    public var subjects: [SubjectID: String] = [:]
    public var accounts: [AccountID: String] = [:]

    public init() {}
}

/// A person behind a shortfall: a student without a parent account, an account
/// not activated or without sign-ins.
public struct ReadinessPersonRow: Hashable, Sendable {
    public var id: Int64
    public var name: String
    /// The student's class, for students.
    public var classID: ClassID?
    /// The account's login, for accounts.
    public var login: String?
    public var roles: [Role]

    public init(id: Int64, name: String, classID: ClassID?, login: String?, roles: [Role]) {
        self.id = id
        self.name = name
        self.classID = classID
        self.login = login
        self.roles = roles
    }
}

/// Which lessons a list wants.
public enum ReadinessLessonFilter: Sendable {
    /// Counted lessons with neither a topic nor a homework.
    case withoutPlanning
    /// Counted lessons with no entry of these kinds made by `asOf`.
    case withoutEntry(EntryKindSet)
}
