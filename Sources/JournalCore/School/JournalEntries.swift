/// One lesson as it happened. Like a timetable row it belongs to the whole
/// class, a `part` group of it (both codes), or a `mixed`/`extra` group
/// (`classCode` nil).
public struct Lesson: Hashable, Sendable {
    public var code: String
    public var classCode: String?
    public var groupCode: String?
    public var subjectCode: String
    /// Who taught it: a substitute when not the scheduled teacher.
    public var teacherLogin: String
    /// The scheduled teacher whom `teacherLogin` replaced (замена); nil otherwise.
    public var substituteFor: String?
    public var date: SchoolDate
    public var lessonNumber: Int
    public var topic: String?
    public var homework: String?
    /// The "lesson held" mark (отметка о проведении урока).
    public var heldAt: SchoolTime?
    public var comment: String?
    public var commentAt: SchoolTime?
    public var cancelled: Bool
    /// Why it was cancelled, when it was.
    public var cancelReason: String?
    /// The lesson its homework is due at; nil: none chosen (the default rule applies on load).
    public var homeworkDue: HomeworkDue?

    public init(code: String, classCode: String?, groupCode: String? = nil, subjectCode: String, teacherLogin: String,
                substituteFor: String? = nil, date: SchoolDate, lessonNumber: Int, topic: String? = nil,
                homework: String? = nil, heldAt: SchoolTime? = nil, comment: String? = nil, commentAt: SchoolTime? = nil,
                cancelled: Bool = false, cancelReason: String? = nil, homeworkDue: HomeworkDue? = nil) {
        self.code = code
        self.classCode = classCode
        self.groupCode = groupCode
        self.subjectCode = subjectCode
        self.teacherLogin = teacherLogin
        self.substituteFor = substituteFor
        self.date = date
        self.lessonNumber = lessonNumber
        self.topic = topic
        self.homework = homework
        self.heldAt = heldAt
        self.comment = comment
        self.commentAt = commentAt
        self.cancelled = cancelled
        self.cancelReason = cancelReason
        self.homeworkDue = homeworkDue
    }
}

/// The lesson a homework is due at: a day and a lesson number of the same
/// class or group and subject as the lesson that set it (the lessons of
/// coming days do not exist yet, so it is a slot, not a lesson).
public struct HomeworkDue: Hashable, Sendable {
    public var date: SchoolDate
    public var lessonNumber: Int

    public init(date: SchoolDate, lessonNumber: Int) {
        self.date = date
        self.lessonNumber = lessonNumber
    }
}

/// A current mark; `enteredAt` and `enteredBy` are when and by whom it was first
/// entered, kept through later edits.
public struct Mark: Hashable, Sendable {
    public var lessonCode: String
    public var studentCode: String
    public var value: MarkValue
    public var workTypeCode: String
    public var enteredAt: SchoolTime
    public var enteredBy: String?
    public var comment: String?

    public init(lessonCode: String, studentCode: String, value: MarkValue, workTypeCode: String,
                enteredAt: SchoolTime, enteredBy: String?, comment: String? = nil) {
        self.lessonCode = lessonCode
        self.studentCode = studentCode
        self.value = value
        self.workTypeCode = workTypeCode
        self.enteredAt = enteredAt
        self.enteredBy = enteredBy
        self.comment = comment
    }
}

/// An attendance record: at most one per student and lesson.
public struct Attendance: Hashable, Sendable {
    public var lessonCode: String
    public var studentCode: String
    public var code: AttendanceCode
    public var enteredAt: SchoolTime
    public var enteredBy: String?
    /// The document an excused absence rests on («справка № 17»).
    public var note: String?

    public init(lessonCode: String, studentCode: String, code: AttendanceCode, enteredAt: SchoolTime, enteredBy: String?,
                note: String? = nil) {
        self.lessonCode = lessonCode
        self.studentCode = studentCode
        self.code = code
        self.enteredAt = enteredAt
        self.enteredBy = enteredBy
        self.note = note
    }
}

/// A final mark for a period: at most one per student, subject and period.
public struct FinalMark: Hashable, Sendable {
    public var studentCode: String
    public var subjectCode: String
    public var periodCode: String
    public var value: FinalMarkValue
    public var enteredAt: SchoolTime
    public var enteredBy: String?

    public init(studentCode: String, subjectCode: String, periodCode: String, value: FinalMarkValue,
                enteredAt: SchoolTime, enteredBy: String?) {
        self.studentCode = studentCode
        self.subjectCode = subjectCode
        self.periodCode = periodCode
        self.value = value
        self.enteredAt = enteredAt
        self.enteredBy = enteredBy
    }
}
