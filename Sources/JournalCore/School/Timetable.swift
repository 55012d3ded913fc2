/// One weekly slot of the timetable, valid between two dates. It belongs to
/// the whole class (`groupCode` nil), to a `part` group of the class (both
/// set), or to a `mixed` or `extra` group (`classCode` nil).
public struct TimetableEntry: Hashable, Sendable {
    public var classCode: String?
    public var groupCode: String?
    /// 1 = Monday ... 6 = Saturday
    public var weekday: Int
    public var lessonNumber: Int
    public var subjectCode: String
    public var teacherLogin: String
    public var room: String?
    public var validFrom: SchoolDate
    public var validTo: SchoolDate?

    public init(classCode: String?, groupCode: String? = nil, weekday: Int, lessonNumber: Int, subjectCode: String,
                teacherLogin: String, room: String?, validFrom: SchoolDate, validTo: SchoolDate?) {
        self.classCode = classCode
        self.groupCode = groupCode
        self.weekday = weekday
        self.lessonNumber = lessonNumber
        self.subjectCode = subjectCode
        self.teacherLogin = teacherLogin
        self.room = room
        self.validFrom = validFrom
        self.validTo = validTo
    }

    public func isValid(on date: SchoolDate) -> Bool {
        validFrom <= date && (validTo.map { date <= $0 } ?? true)
    }

    /// Whether the entry is valid on at least one day of `[from, to]`.
    public func overlaps(from: SchoolDate, to: SchoolDate) -> Bool {
        validFrom <= to && (validTo.map { from <= $0 } ?? true)
    }
}

/// One planned topic of the calendar-thematic plan (КТП) of a class, or of a
/// group (`groupCode` set; `classCode` nil for a `mixed` or `extra` group).
public struct PlanItem: Hashable, Sendable {
    public var classCode: String?
    public var groupCode: String?
    public var subjectCode: String
    public var seq: Int
    public var topic: String
    public var hours: Int

    public init(classCode: String?, groupCode: String? = nil, subjectCode: String, seq: Int, topic: String, hours: Int) {
        self.classCode = classCode
        self.groupCode = groupCode
        self.subjectCode = subjectCode
        self.seq = seq
        self.topic = topic
        self.hours = hours
    }
}
