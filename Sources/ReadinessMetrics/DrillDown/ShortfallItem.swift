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
        lesson?.id
    }

    /// The lesson behind the item (one owed by the timetable has no id yet).
    public var lesson: LessonItem? {
        switch self {
        case .lessonWithoutPlanning(let lesson), .lessonWithoutEntry(let lesson): lesson
        case .lateEntry(let entry): entry.lesson
        default: nil
        }
    }
}

/// A lesson as drill-downs show it.
public struct LessonItem: Hashable, Sendable {
    /// Nil for a lesson the timetable owes that nobody has opened yet: it is
    /// counted, but has no row until a journal screen makes it.
    public var id: LessonID?
    public var date: SchoolDate
    public var lessonNumber: Int
    public var startsAt: SchoolTime
    /// The class (a `part` group's too); nil for a `mixed` or `extra` group.
    public var classID: ClassID?
    /// The class's name; empty for a `mixed` or `extra` group.
    public var className: String
    public var groupID: GroupID?
    /// The group's name («гр. 1», «Робототехника»), for a group's lesson.
    public var groupName: String?
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
        className = row.classID.map { names.classes[$0] ?? "?" } ?? ""
        groupID = row.groupID
        groupName = row.groupID.map { names.groups[$0] ?? "?" }
        subjectID = row.subjectID
        subjectName = names.subjects[row.subjectID] ?? "?"
        teacherID = row.teacherID
        teacherName = names.accounts[row.teacherID] ?? "?"
        hasTopic = row.hasTopic
        hasHomework = row.hasHomework
    }

    /// Who the lesson is for: «5А», «5А · гр. 1», «Робототехника».
    public var audience: String {
        [className, groupName ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// «5А · Английский язык · гр. 1», «Робототехника · Технология»: the
    /// lesson's name as screens show it.
    public var title: String {
        [className, subjectName, groupName ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
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
