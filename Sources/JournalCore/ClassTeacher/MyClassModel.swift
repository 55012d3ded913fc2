/// What «Мой класс» shows a class teacher about their class: the facts of one
/// week (absences, marks), the contacts and the month's events. Built by the
/// store, drawn by the screen; no rule here needs a database.
public struct MyClassOverview: Hashable, Sendable {
    public var classID: ClassID
    public var className: String
    /// Monday of the week the figures are for.
    public var week: SchoolDate
    public var today: SchoolDate
    public var students: [MyClassStudent]
    /// Today's absences (every code), by student name, then lesson number.
    public var todayAbsences: [MyClassAbsence]
    /// The lesson number in progress now, if any.
    public var lessonNow: Int?

    public init(classID: ClassID, className: String, week: SchoolDate, today: SchoolDate, students: [MyClassStudent],
                todayAbsences: [MyClassAbsence], lessonNow: Int?) {
        self.classID = classID
        self.className = className
        self.week = week
        self.today = today
        self.students = students
        self.todayAbsences = todayAbsences
        self.lessonNow = lessonNow
    }

    /// Who is missing from the lesson in progress.
    public var absentNow: [MyClassAbsence] {
        guard let lessonNow else { return [] }
        return todayAbsences.filter { $0.lessonNumber == lessonNow && $0.code.isMissed }
    }
}

/// One student of the class with the week's facts.
public struct MyClassStudent: Hashable, Sendable {
    public var id: StudentID
    public var fullName: String
    /// Every mark and absence of the week, across subjects, by day and lesson.
    public var entries: [MyClassEntry]
    public var contact: PersonContact
    public var parents: [MyClassParent]

    public init(id: StudentID, fullName: String, entries: [MyClassEntry], contact: PersonContact, parents: [MyClassParent]) {
        self.id = id
        self.fullName = fullName
        self.entries = entries
        self.contact = contact
        self.parents = parents
    }

    /// The week's 2s.
    public var twos: [MyClassEntry] { entries.filter { $0.mark == 2 } }
    /// The week's absences without a reason («н»).
    public var unexcused: [MyClassEntry] { entries.filter { $0.absence == .absent } }
}

/// A parent of a student, with their contacts.
public struct MyClassParent: Hashable, Sendable {
    public var id: AccountID
    public var fullName: String
    public var contact: PersonContact

    public init(id: AccountID, fullName: String, contact: PersonContact) {
        self.id = id
        self.fullName = fullName
        self.contact = contact
    }
}

/// A mark or an absence of one lesson.
public struct MyClassEntry: Hashable, Sendable {
    public var lesson: LessonID
    public var date: SchoolDate
    public var lessonNumber: Int
    public var subject: String
    public var mark: Int?
    public var absence: AttendanceCode?
    /// The document an excused absence rests on («справка № …»).
    public var note: String?

    public init(lesson: LessonID, date: SchoolDate, lessonNumber: Int, subject: String, mark: Int? = nil,
                absence: AttendanceCode? = nil, note: String? = nil) {
        self.lesson = lesson
        self.date = date
        self.lessonNumber = lessonNumber
        self.subject = subject
        self.mark = mark
        self.absence = absence
        self.note = note
    }
}

/// An absence of today.
public struct MyClassAbsence: Hashable, Sendable {
    public var student: StudentID
    public var fullName: String
    public var lessonNumber: Int
    public var subject: String
    public var code: AttendanceCode

    public init(student: StudentID, fullName: String, lessonNumber: Int, subject: String, code: AttendanceCode) {
        self.student = student
        self.fullName = fullName
        self.lessonNumber = lessonNumber
        self.subject = subject
        self.code = code
    }
}

/// A pupil's or a parent's contacts and the date their consent to the
/// processing of personal data was received. Every field may be blank.
public struct PersonContact: Hashable, Sendable {
    public var phone: String?
    public var email: String?
    public var address: String?
    public var consentDate: SchoolDate?

    public init(phone: String? = nil, email: String? = nil, address: String? = nil, consentDate: SchoolDate? = nil) {
        self.phone = phone
        self.email = email
        self.address = address
        self.consentDate = consentDate
    }
}

/// Whose contacts: a pupil's, or a parent's account.
public enum ContactOwner: Hashable, Sendable {
    case student(StudentID)
    case parent(AccountID)
}

/// An event of the class: a trip, a class hour, a parents' meeting.
public struct ClassEvent: Hashable, Sendable {
    public var id: Int64?
    public var date: SchoolDate
    public var time: TimeOfDay?
    public var title: String
    public var place: String?

    public init(id: Int64? = nil, date: SchoolDate, time: TimeOfDay?, title: String, place: String?) {
        self.id = id
        self.date = date
        self.time = time
        self.title = title
        self.place = place
    }
}

/// A notice as sent: to whom, about whom, and whether it was read.
public struct SentNotice: Hashable, Sendable {
    public var id: Int64
    public var student: String
    public var parent: String
    public var text: String
    public var sentAt: SchoolTime
    public var readAt: SchoolTime?

    public init(id: Int64, student: String, parent: String, text: String, sentAt: SchoolTime, readAt: SchoolTime?) {
        self.id = id
        self.student = student
        self.parent = parent
        self.text = text
        self.sentAt = sentAt
        self.readAt = readAt
    }
}

/// A notice as the parent sees it.
public struct ParentNotice: Hashable, Sendable {
    public var id: Int64
    public var student: String
    public var from: String
    public var text: String
    public var sentAt: SchoolTime
    public var readAt: SchoolTime?

    public init(id: Int64, student: String, from: String, text: String, sentAt: SchoolTime, readAt: SchoolTime?) {
        self.id = id
        self.student = student
        self.from = from
        self.text = text
        self.sentAt = sentAt
        self.readAt = readAt
    }
}
