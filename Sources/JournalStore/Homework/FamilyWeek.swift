import JournalCore

/// One week of a child's diary, Monday to Saturday, as a paper diary lays it
/// out: each day's lessons in bell order with the topic, the homework due at
/// that lesson, the child's marks and absence.
public struct FamilyWeek: Sendable {
    public var child: FamilyChild
    public var monday: SchoolDate
    public var days: [FamilyDay]
}

public struct FamilyDay: Hashable, Sendable {
    public var date: SchoolDate
    public var lessons: [FamilyDayLesson]

    public init(date: SchoolDate, lessons: [FamilyDayLesson]) {
        self.date = date
        self.lessons = lessons
    }

    /// The homework due this day, in bell order.
    public var homework: [FamilyDueHomework] { lessons.flatMap(\.homework) }
}

/// A lesson of the child's day: one made already, or one the timetable owes
/// (a coming day), or only the slot a homework is due at.
public struct FamilyDayLesson: Hashable, Sendable {
    public var lessonNumber: Int
    public var subject: String
    public var topic: String?
    public var cancelled: Bool
    public var homework: [FamilyDueHomework]
    public var marks: [MarkValue]
    public var attendance: AttendanceCode?

    public init(lessonNumber: Int, subject: String, topic: String?, cancelled: Bool, homework: [FamilyDueHomework],
                marks: [MarkValue], attendance: AttendanceCode?) {
        self.lessonNumber = lessonNumber
        self.subject = subject
        self.topic = topic
        self.cancelled = cancelled
        self.homework = homework
        self.marks = marks
        self.attendance = attendance
    }
}

/// A homework due on a day, with the day it was set.
public struct FamilyDueHomework: Hashable, Sendable {
    public var subject: String
    public var text: String
    public var setOn: SchoolDate
    public var lessonNumber: Int
}
