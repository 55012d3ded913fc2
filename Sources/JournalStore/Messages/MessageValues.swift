import JournalCore

public enum MessageThreadEntity {}
public enum MessageEntity {}
public enum AnnouncementEntity {}
public typealias MessageThreadID = RowID<MessageThreadEntity>
public typealias MessageID = RowID<MessageEntity>
public typealias AnnouncementID = RowID<AnnouncementEntity>

/// A person one may write to (or who is in a thread), with what tells them apart.
public struct MessagePeer: Hashable, Sendable {
    public var id: AccountID
    public var fullName: String
    /// «учитель», «родитель: Петров Иван, 7А»
    public var note: String

    public init(id: AccountID, fullName: String, note: String) {
        self.id = id
        self.fullName = fullName
        self.note = note
    }
}

/// One line of the threads list.
public struct MessageThreadSummary: Hashable, Sendable {
    public var id: MessageThreadID
    public var subject: String
    /// The other members' names.
    public var with: [String]
    public var lastMessageAt: SchoolTime
    public var unread: Int
}

/// One message of a thread as its reader sees it.
public struct ThreadMessage: Hashable, Sendable {
    public var id: MessageID
    public var senderID: AccountID
    public var senderName: String
    /// Empty when withdrawn: the text is not shown to anyone.
    public var body: String
    public var sentAt: SchoolTime
    public var editedAt: SchoolTime?
    public var withdrawnAt: SchoolTime?
    /// Who of the other members has read it, and when.
    public var readBy: [ReadReceipt]

    public var isWithdrawn: Bool { withdrawnAt != nil }
}

/// One member's reading of one message.
public struct ReadReceipt: Hashable, Sendable {
    public var name: String
    public var at: SchoolTime
}

/// A thread with its messages, oldest first.
public struct MessageThread: Hashable, Sendable {
    public var id: MessageThreadID
    public var subject: String
    public var members: [MessagePeer]
    public var messages: [ThreadMessage]
}

/// What a save of a message tells the sender.
public struct MessageSent: Hashable, Sendable {
    public var thread: MessageThreadID
    public var message: MessageID
    /// The text was longer than `MessageText.limit` and was cut.
    public var wasCut: Bool
}

/// An announcement as a recipient (or its author) sees it.
public struct Announcement: Hashable, Sendable {
    public var id: AnnouncementID
    public var authorID: AccountID
    public var authorName: String
    public var audience: AnnouncementAudience
    /// The class an audience names, for its title.
    public var className: String?
    public var body: String
    public var createdAt: SchoolTime
    /// The last day it shows.
    public var expiresOn: SchoolDate
    public var withdrawnAt: SchoolTime?
    /// The reader has read it (for the author: always true).
    public var isRead: Bool
}

/// Who of an announcement's audience has read it.
public struct AnnouncementReaders: Hashable, Sendable {
    public struct Reader: Hashable, Sendable {
        public var id: AccountID
        public var fullName: String
        public var readAt: SchoolTime?
    }
    public var announcement: Announcement
    public var readers: [Reader]

    public var readCount: Int { readers.filter { $0.readAt != nil }.count }
}

/// What a home screen shows of the messages: unread messages and the
/// announcements that are current and not read yet.
public struct InboxSummary: Hashable, Sendable {
    public var unreadMessages: Int
    public var unreadThreads: Int
    public var announcements: [Announcement]

    public init(unreadMessages: Int = 0, unreadThreads: Int = 0, announcements: [Announcement] = []) {
        self.unreadMessages = unreadMessages
        self.unreadThreads = unreadThreads
        self.announcements = announcements
    }

    public var isEmpty: Bool { unreadMessages == 0 && announcements.isEmpty }
}
