/// Whose week «Расписание» shows: a class's, a teacher's or a room's.
public enum TimetableOwner: Hashable, Sendable {
    case schoolClass(code: String)
    case teacher(login: String)
    case room(String)
}

/// One row of the timetable as the deputy reads it: subject · teacher · room ·
/// group, at a weekday and lesson number, valid on the week's date.
public struct TimetableCell: Hashable, Sendable {
    public var rowID: Int64
    public var weekday: Int
    public var number: Int
    public var classCode: String?
    public var className: String?
    public var groupCode: String?
    public var groupName: String?
    public var subjectCode: String
    public var subjectName: String
    public var teacherLogin: String
    public var teacherName: String
    public var room: String?
    public var validFrom: SchoolDate
    public var validTo: SchoolDate?

    public init(rowID: Int64, weekday: Int, number: Int, classCode: String?, className: String?, groupCode: String?,
                groupName: String?, subjectCode: String, subjectName: String, teacherLogin: String, teacherName: String,
                room: String?, validFrom: SchoolDate, validTo: SchoolDate?) {
        self.rowID = rowID
        self.weekday = weekday
        self.number = number
        self.classCode = classCode
        self.className = className
        self.groupCode = groupCode
        self.groupName = groupName
        self.subjectCode = subjectCode
        self.subjectName = subjectName
        self.teacherLogin = teacherLogin
        self.teacherName = teacherName
        self.room = room
        self.validFrom = validFrom
        self.validTo = validTo
    }
}

/// A week of one owner's timetable, valid on `date`, with the lesson numbers
/// the bells have.
public struct TimetableWeek: Hashable, Sendable {
    public var owner: TimetableOwner
    public var date: SchoolDate
    public var cells: [TimetableCell]
    public var lessonNumbers: [Int]

    public init(owner: TimetableOwner, date: SchoolDate, cells: [TimetableCell], lessonNumbers: [Int]) {
        self.owner = owner
        self.date = date
        self.cells = cells
        self.lessonNumbers = lessonNumbers
    }

    /// The rows of one slot (two when two groups share it).
    public func cells(weekday: Int, number: Int) -> [TimetableCell] {
        cells.filter { $0.weekday == weekday && $0.number == number }
    }
}

/// A change of one slot of a class's timetable from a date on: the row of the
/// class (or of its group) at that weekday and number is closed the day
/// before, and a new one opens (none when `subjectCode` is nil: the slot is
/// cleared).
public struct TimetableCellEdit: Hashable, Sendable {
    public var classCode: String
    public var groupCode: String?
    public var weekday: Int
    public var number: Int
    public var subjectCode: String?
    public var teacherLogin: String
    public var room: String?
    public var from: SchoolDate

    public init(classCode: String, groupCode: String?, weekday: Int, number: Int, subjectCode: String?,
                teacherLogin: String, room: String?, from: SchoolDate) {
        self.classCode = classCode
        self.groupCode = groupCode
        self.weekday = weekday
        self.number = number
        self.subjectCode = subjectCode
        self.teacherLogin = teacherLogin
        self.room = room
        self.from = from
    }
}

/// What a timetable change would collide with, from its date on.
public struct TimetableConflict: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// The teacher has another row at that hour.
        case teacherBusy
        /// The room has another row at that hour.
        case roomBusy
        /// A group and its whole class at the same hour.
        case groupAndClass
    }

    public var kind: Kind
    public var text: Phrase

    public init(kind: Kind, text: Phrase) {
        self.kind = kind
        self.text = text
    }
}

/// One lesson of a day as «Замены на день» lists it.
public struct DayLessonLine: Hashable, Sendable {
    public var lessonID: LessonID
    public var number: Int
    public var classCode: String?
    public var groupCode: String?
    /// «5А · Математика · гр. 1»
    public var title: String
    public var subjectCode: String
    public var teacherLogin: String
    public var teacherName: String
    /// The timetabled teacher a substitute replaces.
    public var substituteForName: String?
    public var cancelled: Bool
    public var cancelReason: String?
    /// The teacher the timetable gave the lesson is marked absent that day.
    public var scheduledTeacherAbsent: Bool
    /// Not in the timetable: an extra lesson.
    public var isExtra: Bool

    public init(lessonID: LessonID, number: Int, classCode: String?, groupCode: String?, title: String, subjectCode: String,
                teacherLogin: String, teacherName: String, substituteForName: String?, cancelled: Bool, cancelReason: String?,
                scheduledTeacherAbsent: Bool, isExtra: Bool) {
        self.lessonID = lessonID
        self.number = number
        self.classCode = classCode
        self.groupCode = groupCode
        self.title = title
        self.subjectCode = subjectCode
        self.teacherLogin = teacherLogin
        self.teacherName = teacherName
        self.substituteForName = substituteForName
        self.cancelled = cancelled
        self.cancelReason = cancelReason
        self.scheduledTeacherAbsent = scheduledTeacherAbsent
        self.isExtra = isExtra
    }

    /// Waiting for the deputy: its teacher is absent and nobody covers it.
    public var needsCover: Bool { scheduledTeacherAbsent && substituteForName == nil && !cancelled }
}

/// A teacher, for a pick list.
public struct TeacherChoice: Hashable, Sendable {
    public var login: String
    public var fullName: String
    /// Teaches the lesson's subject somewhere in the timetable.
    public var sameSubject: Bool

    public init(login: String, fullName: String, sameSubject: Bool = false) {
        self.login = login
        self.fullName = fullName
        self.sameSubject = sameSubject
    }
}

/// The day's lessons and the teachers marked absent.
public struct DaySubstitutions: Hashable, Sendable {
    public var date: SchoolDate
    public var lessons: [DayLessonLine]
    public var absentTeachers: [TeacherChoice]
    public var lessonNumbers: [Int]

    public init(date: SchoolDate, lessons: [DayLessonLine], absentTeachers: [TeacherChoice], lessonNumbers: [Int]) {
        self.date = date
        self.lessons = lessons
        self.absentTeachers = absentTeachers
        self.lessonNumbers = lessonNumbers
    }
}
