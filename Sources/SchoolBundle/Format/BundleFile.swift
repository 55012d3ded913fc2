/// The files of a bundle in the order they are read: every file comes after
/// the files it references. Format 1 has the first sixteen kinds of file;
/// format 2 adds the class history, groups, the calendar, shortened bells and
/// the curriculum, and zhurnal's own `group_grading.csv`, then the class
/// teacher's records, messages and announcements (docs/bundle.md).
public enum BundleFile: String, CaseIterable, Sendable {
    case school = "school.csv"
    case periods = "periods.csv"
    case bells = "bells.csv"
    case shortBells = "bells_short.csv"
    case subjects = "subjects.csv"
    case workTypes = "work_types.csv"
    case users = "users.csv"
    case classes = "classes.csv"
    case students = "students.csv"
    case enrollments = "enrollments.csv"
    case groups = "groups.csv"
    case groupGrading = "group_grading.csv"
    case groupMembers = "group_members.csv"
    case guardians = "guardians.csv"
    case calendar = "calendar.csv"
    case schedule = "schedule.csv"
    case plans = "plans.csv"
    case curriculum = "curriculum.csv"
    case lessons = "lessons.csv"
    case marks = "marks.csv"
    case attendance = "attendance.csv"
    case finalMarks = "final_marks.csv"
    case logins = "logins.csv"
    // Issue 15: the class teacher's records, messages and announcements.
    case attendanceNotes = "attendance_notes.csv"
    case homeworkDue = "homework_due.csv"
    case contacts = "contacts.csv"
    case classEvents = "class_events.csv"
    case parentNotices = "parent_notices.csv"
    case threads = "threads.csv"
    case messages = "messages.csv"
    case messageReads = "message_reads.csv"
    case announcements = "announcements.csv"
    case announcementReads = "announcement_reads.csv"

    public var name: String { rawValue }

    /// The first format that has the file.
    public var since: BundleFormat {
        switch self {
        case .shortBells, .enrollments, .groups, .groupGrading, .groupMembers, .calendar, .curriculum: .two
        case .attendanceNotes, .homeworkDue, .contacts, .classEvents, .parentNotices, .threads, .messages, .messageReads,
             .announcements, .announcementReads: .two
        default: .one
        }
    }

    /// The files a bundle of `format` may hold.
    public static func files(of format: BundleFormat) -> [BundleFile] {
        allCases.filter { $0.since <= format }
    }

    /// Files marked * in the format: without them there is no school to load.
    public func isRequired(in format: BundleFormat) -> Bool {
        switch self {
        case .school, .periods, .bells, .subjects, .users, .classes, .students, .schedule: true
        case .enrollments: format >= .two
        default: false
        }
    }

    /// The columns of format 2 in the order the format lists them, which is
    /// the order export writes them in.
    public var columnNames: [String] {
        columns.names(in: .newest)
    }

    var columns: any BundleColumns.Type {
        switch self {
        case .school: SchoolColumn.self
        case .periods: PeriodColumn.self
        case .bells: BellColumn.self
        case .shortBells: ShortBellColumn.self
        case .subjects: SubjectColumn.self
        case .workTypes: WorkTypeColumn.self
        case .users: UserColumn.self
        case .classes: ClassColumn.self
        case .students: StudentColumn.self
        case .enrollments: EnrollmentColumn.self
        case .groups: GroupColumn.self
        case .groupGrading: GroupGradingColumn.self
        case .groupMembers: GroupMemberColumn.self
        case .guardians: GuardianColumn.self
        case .calendar: CalendarColumn.self
        case .schedule: ScheduleColumn.self
        case .plans: PlanColumn.self
        case .curriculum: CurriculumColumn.self
        case .lessons: LessonColumn.self
        case .marks: MarkColumn.self
        case .attendance: AttendanceColumn.self
        case .finalMarks: FinalMarkColumn.self
        case .logins: LoginColumn.self
        case .attendanceNotes: AttendanceNoteColumn.self
        case .homeworkDue: HomeworkDueColumn.self
        case .contacts: ContactColumn.self
        case .classEvents: ClassEventColumn.self
        case .parentNotices: ParentNoticeColumn.self
        case .threads: ThreadColumn.self
        case .messages: MessageColumn.self
        case .messageReads: MessageReadColumn.self
        case .announcements: AnnouncementColumn.self
        case .announcementReads: AnnouncementReadColumn.self
        }
    }

    /// Files and columns a school adds for itself start with this and are ignored.
    static let ownPrefix = "x_"
}
