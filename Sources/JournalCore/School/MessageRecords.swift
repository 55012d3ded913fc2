/// Messages and announcements in a snapshot (issue 15): kept with the
/// school's data, so that export and import carry them. Threads, messages
/// and announcements have ids of their own in a bundle (zhurnal writes its
/// row numbers); people are named by login, classes by code.

/// A thread of messages and the accounts in it.
public struct MessageThreadRecord: Hashable, Sendable {
    public var code: String
    public var subject: String
    public var createdBy: String
    public var createdAt: SchoolTime
    /// The members' logins, the creator among them.
    public var members: [String]

    public init(code: String, subject: String, createdBy: String, createdAt: SchoolTime, members: [String]) {
        self.code = code
        self.subject = subject
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.members = members
    }
}

/// One message of a thread. A withdrawn message keeps its text (the
/// school's record) but is shown to nobody.
public struct MessageRecord: Hashable, Sendable {
    public var code: String
    public var threadCode: String
    public var sender: String
    public var body: String
    public var sentAt: SchoolTime
    public var editedAt: SchoolTime?
    public var withdrawnAt: SchoolTime?

    public init(code: String, threadCode: String, sender: String, body: String, sentAt: SchoolTime,
                editedAt: SchoolTime? = nil, withdrawnAt: SchoolTime? = nil) {
        self.code = code
        self.threadCode = threadCode
        self.sender = sender
        self.body = body
        self.sentAt = sentAt
        self.editedAt = editedAt
        self.withdrawnAt = withdrawnAt
    }
}

/// A read receipt: who read a message (or an announcement), and when.
public struct ReadRecord: Hashable, Sendable {
    /// The message's or the announcement's id.
    public var itemCode: String
    public var login: String
    public var readAt: SchoolTime

    public init(itemCode: String, login: String, readAt: SchoolTime) {
        self.itemCode = itemCode
        self.login = login
        self.readAt = readAt
    }
}

/// An announcement to an audience, shown until it expires or is withdrawn.
public struct AnnouncementRecord: Hashable, Sendable {
    /// Whom it is for; a class by its code.
    public typealias Audience = AnnouncementAudienceOf<String>

    public var code: String
    public var author: String
    public var audience: Audience
    public var body: String
    public var createdAt: SchoolTime
    /// The last day it is shown.
    public var expiresOn: SchoolDate
    public var withdrawnAt: SchoolTime?

    public init(code: String, author: String, audience: Audience, body: String, createdAt: SchoolTime, expiresOn: SchoolDate,
                withdrawnAt: SchoolTime? = nil) {
        self.code = code
        self.author = author
        self.audience = audience
        self.body = body
        self.createdAt = createdAt
        self.expiresOn = expiresOn
        self.withdrawnAt = withdrawnAt
    }
}
