/// The files of a bundle, format 1, in the order they are read: every file comes
/// after the files it references.
public enum BundleFile: String, CaseIterable, Sendable {
    case school = "school.csv"
    case periods = "periods.csv"
    case bells = "bells.csv"
    case subjects = "subjects.csv"
    case workTypes = "work_types.csv"
    case users = "users.csv"
    case classes = "classes.csv"
    case students = "students.csv"
    case guardians = "guardians.csv"
    case schedule = "schedule.csv"
    case plans = "plans.csv"
    case lessons = "lessons.csv"
    case marks = "marks.csv"
    case attendance = "attendance.csv"
    case finalMarks = "final_marks.csv"
    case logins = "logins.csv"

    public var name: String { rawValue }

    /// Files marked * in the format: without them there is no school to load.
    public var isRequired: Bool {
        switch self {
        case .school, .periods, .bells, .subjects, .users, .classes, .students, .schedule: true
        case .workTypes, .guardians, .plans, .lessons, .marks, .attendance, .finalMarks, .logins: false
        }
    }

    /// The columns in the order the format lists them, which is the order export
    /// writes them in.
    public var columnNames: [String] {
        switch self {
        case .school: SchoolColumn.names
        case .periods: PeriodColumn.names
        case .bells: BellColumn.names
        case .subjects: SubjectColumn.names
        case .workTypes: WorkTypeColumn.names
        case .users: UserColumn.names
        case .classes: ClassColumn.names
        case .students: StudentColumn.names
        case .guardians: GuardianColumn.names
        case .schedule: ScheduleColumn.names
        case .plans: PlanColumn.names
        case .lessons: LessonColumn.names
        case .marks: MarkColumn.names
        case .attendance: AttendanceColumn.names
        case .finalMarks: FinalMarkColumn.names
        case .logins: LoginColumn.names
        }
    }

    /// Files and columns a school adds for itself start with this and are ignored.
    static let ownPrefix = "x_"
}

/// The columns of one file. A column whose cells may be empty may also be left
/// out of the file altogether; the others must be in the header.
protocol BundleColumns: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    static var file: BundleFile { get }
    var mayBeOmitted: Bool { get }
}

extension BundleColumns {
    static var names: [String] { allCases.map(\.rawValue) }
    var mayBeOmitted: Bool { false }
}

enum SchoolColumn: String, BundleColumns {
    case name, timezone, academicYear = "academic_year"
    static let file = BundleFile.school
}

enum PeriodColumn: String, BundleColumns {
    case id, name, kind, start, end
    static let file = BundleFile.periods
}

enum BellColumn: String, BundleColumns {
    case lessonNumber = "lesson_number", start, end
    static let file = BundleFile.bells
}

enum SubjectColumn: String, BundleColumns {
    case id, name
    static let file = BundleFile.subjects
}

enum WorkTypeColumn: String, BundleColumns {
    case code, name, weight, inClass = "in_class"
    static let file = BundleFile.workTypes
}

enum UserColumn: String, BundleColumns {
    case login, fullName = "full_name", roles, createdAt = "created_at", activatedAt = "activated_at", disabled
    static let file = BundleFile.users
    var mayBeOmitted: Bool { self == .activatedAt || self == .disabled }
}

enum ClassColumn: String, BundleColumns {
    case id, name, grade, homeroom
    static let file = BundleFile.classes
    var mayBeOmitted: Bool { self == .homeroom }
}

enum StudentColumn: String, BundleColumns {
    case id, fullName = "full_name", classID = "class_id", login, enrolledFrom = "enrolled_from", enrolledTo = "enrolled_to"
    static let file = BundleFile.students
    var mayBeOmitted: Bool { self == .login || self == .enrolledTo }
}

enum GuardianColumn: String, BundleColumns {
    case parentLogin = "parent_login", studentID = "student_id"
    static let file = BundleFile.guardians
}

enum ScheduleColumn: String, BundleColumns {
    case classID = "class_id", weekday, lessonNumber = "lesson_number", subjectID = "subject_id",
         teacherLogin = "teacher_login", room, validFrom = "valid_from", validTo = "valid_to"
    static let file = BundleFile.schedule
    var mayBeOmitted: Bool { self == .room || self == .validTo }
}

enum PlanColumn: String, BundleColumns {
    case classID = "class_id", subjectID = "subject_id", seq, topic, hours
    static let file = BundleFile.plans
}

enum LessonColumn: String, BundleColumns {
    case id, classID = "class_id", subjectID = "subject_id", teacherLogin = "teacher_login", date,
         lessonNumber = "lesson_number", topic, homework, heldAt = "held_at", comment, commentAt = "comment_at", cancelled
    static let file = BundleFile.lessons
    var mayBeOmitted: Bool {
        switch self {
        case .topic, .homework, .heldAt, .comment, .commentAt, .cancelled: true
        default: false
        }
    }
}

enum MarkColumn: String, BundleColumns {
    case lessonID = "lesson_id", studentID = "student_id", value, workType = "work_type", enteredAt = "entered_at",
         enteredBy = "entered_by", comment
    static let file = BundleFile.marks
    var mayBeOmitted: Bool { self == .workType || self == .enteredBy || self == .comment }
}

enum AttendanceColumn: String, BundleColumns {
    case lessonID = "lesson_id", studentID = "student_id", code, enteredAt = "entered_at", enteredBy = "entered_by"
    static let file = BundleFile.attendance
    var mayBeOmitted: Bool { self == .enteredBy }
}

enum FinalMarkColumn: String, BundleColumns {
    case studentID = "student_id", subjectID = "subject_id", periodID = "period_id", value,
         enteredAt = "entered_at", enteredBy = "entered_by"
    static let file = BundleFile.finalMarks
    var mayBeOmitted: Bool { self == .enteredBy }
}

enum LoginColumn: String, BundleColumns {
    case login, at
    static let file = BundleFile.logins
}
