/// The columns of one file, in the order export writes them: the columns of
/// format 1 first, those format 2 added after them, so that a program that
/// reads format-1 files by position still finds its columns where they were.
/// A column whose cells may be empty may also be left out of the file
/// altogether; the others must be in the header.
protocol BundleColumns: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    static var file: BundleFile { get }
    /// Whether a file of `format` has the column.
    func exists(in format: BundleFormat) -> Bool
    func mayBeOmitted(in format: BundleFormat) -> Bool
}

extension BundleColumns {
    static func names(in format: BundleFormat) -> [String] {
        allCases.filter { $0.exists(in: format) }.map(\.rawValue)
    }

    func exists(in format: BundleFormat) -> Bool { true }
    func mayBeOmitted(in format: BundleFormat) -> Bool { false }
}

enum SchoolColumn: String, BundleColumns {
    case name, timezone, academicYear = "academic_year", format
    static let file = BundleFile.school
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .format }
}

enum PeriodColumn: String, BundleColumns {
    case id, name, kind, start, end, locked
    static let file = BundleFile.periods
    func exists(in format: BundleFormat) -> Bool { self != .locked || format >= .two }
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .locked }
}

/// bells.csv and bells_short.csv.
protocol BellColumns: BundleColumns {
    static var lessonNumber: Self { get }
    static var start: Self { get }
    static var end: Self { get }
}

enum BellColumn: String, BellColumns {
    case lessonNumber = "lesson_number", start, end
    static let file = BundleFile.bells
}

enum ShortBellColumn: String, BellColumns {
    case lessonNumber = "lesson_number", start, end
    static let file = BundleFile.shortBells
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
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .activatedAt || self == .disabled }
}

enum ClassColumn: String, BundleColumns {
    case id, name, grade, homeroom
    static let file = BundleFile.classes
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .homeroom }
}

/// Format 1 keeps a student's one class and dates here; format 2 moved them
/// to enrollments.csv.
enum StudentColumn: String, BundleColumns {
    case id, fullName = "full_name", classID = "class_id", login, enrolledFrom = "enrolled_from", enrolledTo = "enrolled_to"
    static let file = BundleFile.students

    var isClassHistory: Bool { self == .classID || self == .enrolledFrom || self == .enrolledTo }
    func exists(in format: BundleFormat) -> Bool { !isClassHistory || format == .one }
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .login || self == .enrolledTo }
}

enum EnrollmentColumn: String, BundleColumns {
    case studentID = "student_id", classID = "class_id", from, to, order
    static let file = BundleFile.enrollments
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .to || self == .order }
}

enum GroupColumn: String, BundleColumns {
    case id, name, kind, classID = "class_id", subjectID = "subject_id"
    static let file = BundleFile.groups
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .classID || self == .subjectID }
}

/// zhurnal's own addition to format 2: how a group is assessed, for the
/// groups not graded with marks 1–5.
enum GroupGradingColumn: String, BundleColumns {
    case groupID = "group_id", grading
    static let file = BundleFile.groupGrading
}

enum GroupMemberColumn: String, BundleColumns {
    case groupID = "group_id", studentID = "student_id", from, to
    static let file = BundleFile.groupMembers
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .to }
}

enum GuardianColumn: String, BundleColumns {
    case parentLogin = "parent_login", studentID = "student_id"
    static let file = BundleFile.guardians
}

enum CalendarColumn: String, BundleColumns {
    case date, kind, weekday, classID = "class_id", note
    static let file = BundleFile.calendar
    func mayBeOmitted(in format: BundleFormat) -> Bool { self != .date && self != .kind }
}

/// A row of the timetable, the plan, the curriculum or a lesson belongs to a
/// class, a group, or both; in format 2 either cell may be empty.
protocol GroupedColumns: BundleColumns {
    static var classID: Self { get }
    static var groupID: Self { get }
}

extension GroupedColumns {
    func existsInGroupedFile(_ format: BundleFormat) -> Bool { self != .groupID || format >= .two }
    func classOrGroupMayBeOmitted(_ format: BundleFormat) -> Bool {
        self == .groupID || (self == .classID && format >= .two)
    }
}

enum ScheduleColumn: String, GroupedColumns {
    case classID = "class_id", weekday, lessonNumber = "lesson_number", subjectID = "subject_id",
         teacherLogin = "teacher_login", room, validFrom = "valid_from", validTo = "valid_to", groupID = "group_id"
    static let file = BundleFile.schedule
    func exists(in format: BundleFormat) -> Bool { existsInGroupedFile(format) }
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .room || self == .validTo || classOrGroupMayBeOmitted(format) }
}

enum PlanColumn: String, GroupedColumns {
    case classID = "class_id", subjectID = "subject_id", seq, topic, hours, groupID = "group_id"
    static let file = BundleFile.plans
    func exists(in format: BundleFormat) -> Bool { existsInGroupedFile(format) }
    func mayBeOmitted(in format: BundleFormat) -> Bool { classOrGroupMayBeOmitted(format) }
}

enum CurriculumColumn: String, GroupedColumns {
    case classID = "class_id", groupID = "group_id", subjectID = "subject_id", hours
    static let file = BundleFile.curriculum
    func mayBeOmitted(in format: BundleFormat) -> Bool { classOrGroupMayBeOmitted(format) }
}

enum LessonColumn: String, GroupedColumns {
    case id, classID = "class_id", subjectID = "subject_id", teacherLogin = "teacher_login", date,
         lessonNumber = "lesson_number", topic, homework, heldAt = "held_at", comment, commentAt = "comment_at", cancelled,
         groupID = "group_id", substituteFor = "substitute_for", cancelReason = "cancel_reason"
    static let file = BundleFile.lessons

    func exists(in format: BundleFormat) -> Bool {
        switch self {
        case .substituteFor, .cancelReason: format >= .two
        default: existsInGroupedFile(format)
        }
    }

    func mayBeOmitted(in format: BundleFormat) -> Bool {
        switch self {
        case .topic, .homework, .heldAt, .comment, .commentAt, .cancelled, .substituteFor, .cancelReason: true
        default: classOrGroupMayBeOmitted(format)
        }
    }
}

enum MarkColumn: String, BundleColumns {
    case lessonID = "lesson_id", studentID = "student_id", value, workType = "work_type", enteredAt = "entered_at",
         enteredBy = "entered_by", comment
    static let file = BundleFile.marks
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .workType || self == .enteredBy || self == .comment }
}

enum AttendanceColumn: String, BundleColumns {
    case lessonID = "lesson_id", studentID = "student_id", code, enteredAt = "entered_at", enteredBy = "entered_by"
    static let file = BundleFile.attendance
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .enteredBy }
}

enum FinalMarkColumn: String, BundleColumns {
    case studentID = "student_id", subjectID = "subject_id", periodID = "period_id", value,
         enteredAt = "entered_at", enteredBy = "entered_by"
    static let file = BundleFile.finalMarks
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .enteredBy }
}

enum LoginColumn: String, BundleColumns {
    case login, at
    static let file = BundleFile.logins
}

// Issue 15's files: the class teacher's records, messages and announcements.

/// The document an excused absence rests on, for a record of attendance.csv.
enum AttendanceNoteColumn: String, BundleColumns {
    case lessonID = "lesson_id", studentID = "student_id", note
    static let file = BundleFile.attendanceNotes
}

/// The lesson a lesson's homework is due at.
enum HomeworkDueColumn: String, BundleColumns {
    case lessonID = "lesson_id", date, lessonNumber = "lesson_number"
    static let file = BundleFile.homeworkDue
}

/// A pupil's (student_id) or a parent's (parent_login) contacts.
enum ContactColumn: String, BundleColumns {
    case studentID = "student_id", parentLogin = "parent_login", phone, email, address, consentDate = "consent_date",
         updatedAt = "updated_at", updatedBy = "updated_by"
    static let file = BundleFile.contacts
    func mayBeOmitted(in format: BundleFormat) -> Bool { true }
}

enum ClassEventColumn: String, BundleColumns {
    case classID = "class_id", date, time, title, place, updatedAt = "updated_at", updatedBy = "updated_by"
    static let file = BundleFile.classEvents
    func mayBeOmitted(in format: BundleFormat) -> Bool {
        self == .time || self == .place || self == .updatedAt || self == .updatedBy
    }
}

enum ParentNoticeColumn: String, BundleColumns {
    case classID = "class_id", studentID = "student_id", parentLogin = "parent_login", text, sentAt = "sent_at",
         sentBy = "sent_by", readAt = "read_at"
    static let file = BundleFile.parentNotices
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .sentBy || self == .readAt }
}

enum ThreadColumn: String, BundleColumns {
    case id, subject, createdBy = "created_by", createdAt = "created_at", members
    static let file = BundleFile.threads
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .subject }
}

enum MessageColumn: String, BundleColumns {
    case id, threadID = "thread_id", sender, body, sentAt = "sent_at", editedAt = "edited_at", withdrawnAt = "withdrawn_at"
    static let file = BundleFile.messages
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .editedAt || self == .withdrawnAt }
}

/// message_reads.csv and announcement_reads.csv: who read what, and when.
protocol ReadColumns: BundleColumns {
    static var item: Self { get }
    static var login: Self { get }
    static var readAt: Self { get }
}

enum MessageReadColumn: String, ReadColumns {
    case item = "message_id", login, readAt = "read_at"
    static let file = BundleFile.messageReads
}

enum AnnouncementColumn: String, BundleColumns {
    case id, author, audience, role, classID = "class_id", body, createdAt = "created_at", expiresOn = "expires_on",
         withdrawnAt = "withdrawn_at"
    static let file = BundleFile.announcements
    func mayBeOmitted(in format: BundleFormat) -> Bool { self == .role || self == .classID || self == .withdrawnAt }
}

enum AnnouncementReadColumn: String, ReadColumns {
    case item = "announcement_id", login, readAt = "read_at"
    static let file = BundleFile.announcementReads
}
