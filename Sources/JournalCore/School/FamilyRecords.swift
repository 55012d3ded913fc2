/// The class teacher's records in a snapshot (issue 15): contacts and consent,
/// the class's events, notices to parents. Like the rest of a snapshot they
/// name students, classes and accounts by their external ids.

/// A pupil's or a parent's contacts and the day their consent to the
/// processing of personal data was received.
public struct ContactRecord: Hashable, Sendable {
    /// Whose contacts: a student (by code) or an account (by login).
    public enum Owner: Hashable, Sendable {
        case student(String)
        case account(String)
    }

    public var owner: Owner
    public var contact: PersonContact
    public var updatedAt: SchoolTime?
    public var updatedBy: String?

    public init(owner: Owner, contact: PersonContact, updatedAt: SchoolTime? = nil, updatedBy: String? = nil) {
        self.owner = owner
        self.contact = contact
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

/// An event of a class's month: a parent meeting, an outing.
public struct ClassEventRecord: Hashable, Sendable {
    public var classCode: String
    public var date: SchoolDate
    public var time: TimeOfDay?
    public var title: String
    public var place: String?
    /// When it was last saved; nil: not known (the load takes its own time).
    public var updatedAt: SchoolTime?
    public var updatedBy: String?

    public init(classCode: String, date: SchoolDate, time: TimeOfDay? = nil, title: String, place: String? = nil,
                updatedAt: SchoolTime? = nil, updatedBy: String? = nil) {
        self.classCode = classCode
        self.date = date
        self.time = time
        self.title = title
        self.place = place
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

/// A notice the class teacher sent one parent about one student, and when
/// the parent read it.
public struct ParentNoticeRecord: Hashable, Sendable {
    public var classCode: String
    public var studentCode: String
    public var parentLogin: String
    public var text: String
    public var sentAt: SchoolTime
    public var sentBy: String?
    public var readAt: SchoolTime?

    public init(classCode: String, studentCode: String, parentLogin: String, text: String, sentAt: SchoolTime,
                sentBy: String? = nil, readAt: SchoolTime? = nil) {
        self.classCode = classCode
        self.studentCode = studentCode
        self.parentLogin = parentLogin
        self.text = text
        self.sentAt = sentAt
        self.sentBy = sentBy
        self.readAt = readAt
    }
}
