/// All of a school's data as plain values, referencing each other by their
/// external ids (codes and logins). It is what a bundle holds, what the
/// generator makes and what the store loads in one transaction or reads back
/// for export.
public struct SchoolSnapshot: Sendable, Equatable {
    public var school: School
    public var periods: [Period] = []
    public var bells: [Bell] = []
    /// The bells of shortened days (`CalendarDayKind.short`).
    public var shortBells: [Bell] = []
    /// Holidays, moved working days, closed and short days.
    public var calendar: [CalendarDay] = []
    public var subjects: [Subject] = []
    public var workTypes: [WorkType] = WorkType.builtIn
    public var accounts: [Account] = []
    public var classes: [SchoolClass] = []
    public var students: [Student] = []
    /// Every student's class history; each student has at least one stay.
    public var enrollments: [Enrollment] = []
    public var groups: [TeachingGroup] = []
    public var groupMembers: [GroupMembership] = []
    public var guardians: [Guardian] = []
    public var timetable: [TimetableEntry] = []
    public var plans: [PlanItem] = []
    public var curriculum: [CurriculumRow] = []
    public var lessons: [Lesson] = []
    public var marks: [Mark] = []
    public var attendance: [Attendance] = []
    public var finalMarks: [FinalMark] = []
    public var signIns: [SignIn] = []
    /// Pupils' and parents' contacts with the consent date.
    public var contacts: [ContactRecord] = []
    public var classEvents: [ClassEventRecord] = []
    public var parentNotices: [ParentNoticeRecord] = []
    public var messageThreads: [MessageThreadRecord] = []
    public var messages: [MessageRecord] = []
    /// Read receipts of messages (`itemCode` is a message's).
    public var messageReads: [ReadRecord] = []
    public var announcements: [AnnouncementRecord] = []
    /// Who read which announcement (`itemCode` is an announcement's).
    public var announcementReads: [ReadRecord] = []

    public init(school: School) {
        self.school = school
    }
}
