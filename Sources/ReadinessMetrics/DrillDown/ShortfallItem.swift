import JournalCore
import JournalStore

/// One thing behind a shortfall: a lesson, an entry, a class, a person. Lesson
/// items carry the lesson's id so that a screen can open it.
public enum ShortfallItem: Hashable, Sendable {
    /// A counted lesson with neither a topic nor a homework (`planning`).
    case lessonWithoutPlanning(LessonItem)
    /// A counted lesson with no entry of the profile's journal kinds (`journal`).
    case lessonWithoutEntry(LessonItem)
    /// An entry made after its deadline (`on_time`).
    case lateEntry(LateEntryItem)
    /// A class with students but no timetable valid in the window (`schedule_fill`).
    case classWithoutTimetable(ClassItem)
    /// An enrolled student without a parent account (`parent_accounts`).
    case studentWithoutParent(PersonItem)
    /// An account not activated (`activated_accounts`).
    case accountNotActivated(PersonItem)
    /// An activated account that did not sign in during the window (`unique_logins`).
    case accountWithoutSignIn(PersonItem)

    /// A stable name of the item's kind, for JSON and CSV.
    public var kindKey: String {
        switch self {
        case .lessonWithoutPlanning: "lesson_without_planning"
        case .lessonWithoutEntry: "lesson_without_entry"
        case .lateEntry: "late_entry"
        case .classWithoutTimetable: "class_without_timetable"
        case .studentWithoutParent: "student_without_parent"
        case .accountNotActivated: "account_not_activated"
        case .accountWithoutSignIn: "account_without_sign_in"
        }
    }

    public var lessonID: LessonID? {
        switch self {
        case .lessonWithoutPlanning(let lesson), .lessonWithoutEntry(let lesson): lesson.id
        case .lateEntry(let entry): entry.lesson.id
        default: nil
        }
    }
}

/// A lesson as drill-downs show it.
public struct LessonItem: Hashable, Sendable {
    public var id: LessonID
    public var date: SchoolDate
    public var lessonNumber: Int
    public var startsAt: SchoolTime
    public var classID: ClassID
    public var className: String
    public var subjectID: SubjectID
    public var subjectName: String
    public var teacherID: AccountID
    public var teacherName: String
    public var hasTopic: Bool
    public var hasHomework: Bool

    init(_ row: ReadinessLessonRow, names: ReadinessNames) {
        id = row.id
        date = row.day
        lessonNumber = row.lessonNumber
        startsAt = row.startsAt
        classID = row.classID
        className = names.classes[row.classID] ?? "?"
        subjectID = row.subjectID
        subjectName = names.subjects[row.subjectID] ?? "?"
        teacherID = row.teacherID
        teacherName = names.accounts[row.teacherID] ?? "?"
        hasTopic = row.hasTopic
        hasHomework = row.hasHomework
    }
}

/// An entry made late: when, by when it was due, and by how much it missed.
public struct LateEntryItem: Hashable, Sendable {
    public var lesson: LessonItem
    /// `mark_in_class`, `mark_out_of_class`, `attendance`, `held`, `comment`.
    public var kind: JournalEntryKind
    public var markID: MarkID?
    public var studentID: StudentID?
    public var studentName: String?
    public var enteredAt: SchoolTime
    public var deadline: SchoolTime

    /// Seconds past the deadline (always positive).
    public var lateness: Int { enteredAt.seconds - deadline.seconds }
}

public struct ClassItem: Hashable, Sendable {
    public var id: ClassID
    public var name: String
}

/// A student (`id` is a student id) or an account (`id` is an account id).
public struct PersonItem: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var className: String?
    public var login: String?
    public var roles: [Role]
}
