import GRDB
import JournalCore

/// Issue 15's data into the database, in the load's transaction: the class
/// teacher's contacts, events and notices; threads, messages and read
/// receipts; announcements and who read them.
extension SnapshotLoader {
    mutating func loadClassTeacherRecords() throws {
        var contact = try BulkInsert(db, sql: """
            INSERT INTO contact (student_id, account_id, phone, email, address, consent_day, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for c in snapshot.contacts {
            switch c.owner {
            case .student(let code):
                contact.bind(try id(code, students, "ученик"))
                contact.bind(nil as Int64?)
            case .account(let login):
                contact.bind(nil as Int64?)
                contact.bind(try id(login, accounts, "учётная запись"))
            }
            contact.bind(normalizedText(c.contact.phone))
            contact.bind(normalizedText(c.contact.email))
            contact.bind(normalizedText(c.contact.address))
            contact.bind(c.contact.consentDate)
            contact.bind(c.updatedAt)
            contact.bind(try optionalID(c.updatedBy, accounts, "учётная запись"))
            try contact.run()
        }
        snapshot.contacts = []
        var event = try BulkInsert(db, sql: """
            INSERT INTO class_event (class_id, day, start_min, title, place, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for e in snapshot.classEvents {
            event.bind(try id(e.classCode, classes, "класс"))
            event.bind(e.date)
            event.bind(e.time?.minutes)
            event.bind(e.title)
            event.bind(normalizedText(e.place))
            event.bind(e.updatedAt ?? loadTime)
            event.bind(try optionalID(e.updatedBy, accounts, "учётная запись"))
            try event.run()
        }
        snapshot.classEvents = []
        var notice = try BulkInsert(db, sql: """
            INSERT INTO parent_notice (class_id, student_id, parent_id, text, sent_at, sent_by, read_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for n in snapshot.parentNotices {
            notice.bind(try id(n.classCode, classes, "класс"))
            notice.bind(try id(n.studentCode, students, "ученик"))
            notice.bind(try id(n.parentLogin, accounts, "учётная запись"))
            notice.bind(n.text)
            notice.bind(n.sentAt)
            notice.bind(try optionalID(n.sentBy, accounts, "учётная запись"))
            notice.bind(n.readAt)
            try notice.run()
        }
        snapshot.parentNotices = []
    }

    /// Threads, messages and announcements whose id is a canonical number keep
    /// it as their row id (the order of messages is the order of their ids),
    /// the others get the next free ones. A member's "read up to" and a
    /// thread's last message time are worked out from the messages.
    mutating func loadMessages() throws {
        var lastMessageAt: [String: SchoolTime] = [:]
        for m in snapshot.messages where lastMessageAt[m.threadCode].map({ $0 < m.sentAt }) ?? true {
            lastMessageAt[m.threadCode] = m.sentAt
        }
        let threads = try insertNumberedFirst(snapshot.messageThreads, code: \.code, sql: """
            INSERT INTO message_thread (id, subject, created_by, created_at, last_message_at) VALUES (?, ?, ?, ?, ?)
            """) { insert, t, loader in
            insert.bind(t.subject)
            insert.bind(try loader.id(t.createdBy, loader.accounts, "учётная запись"))
            insert.bind(t.createdAt)
            insert.bind(lastMessageAt[t.code] ?? t.createdAt)
        }
        let messages = try insertNumberedFirst(snapshot.messages, code: \.code, sql: """
            INSERT INTO message (id, thread_id, sender_id, body, sent_at, edited_at, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """) { insert, m, loader in
            insert.bind(try loader.id(m.threadCode, threads, "переписка"))
            insert.bind(try loader.id(m.sender, loader.accounts, "учётная запись"))
            insert.bind(m.body)
            insert.bind(m.sentAt)
            insert.bind(m.editedAt)
            insert.bind(m.withdrawnAt)
        }
        try insertMembers(threads: threads, messages: messages)
        snapshot.messageThreads = []
        snapshot.messages = []
        try insertReceipts(snapshot.messageReads, of: messages, "сообщение",
                           sql: "INSERT INTO message_read (message_id, account_id, read_at) VALUES (?, ?, ?)")
        snapshot.messageReads = []
        let announcements = try insertNumberedFirst(snapshot.announcements, code: \.code, sql: """
            INSERT INTO announcement (id, author_id, audience, audience_role, audience_class_id, body, created_at, expires_on,
                                      withdrawn_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { insert, a, loader in
            insert.bind(try loader.id(a.author, loader.accounts, "учётная запись"))
            insert.bind(a.audience.kind)
            insert.bind(a.audience.role?.rawValue)
            insert.bind(try loader.optionalID(a.audience.classCode, loader.classes, "класс"))
            insert.bind(a.body)
            insert.bind(a.createdAt)
            insert.bind(a.expiresOn)
            insert.bind(a.withdrawnAt)
        }
        snapshot.announcements = []
        try insertReceipts(snapshot.announcementReads, of: announcements, "объявление",
                           sql: "INSERT INTO announcement_read (announcement_id, account_id, read_at) VALUES (?, ?, ?)")
        snapshot.announcementReads = []
    }

    /// The members of each thread with how far each has read, as the store
    /// keeps it while messages come and are read: up to their own last message
    /// or the last one they have a receipt for, whichever is later.
    private func insertMembers(threads: [String: Int64], messages: [String: Int64]) throws {
        struct Reader: Hashable {
            let thread: String
            let login: String
        }
        var readUpTo: [Reader: Int64] = [:]
        var threadOfMessage: [String: String] = [:]
        for m in snapshot.messages {
            threadOfMessage[m.code] = m.threadCode
            let key = Reader(thread: m.threadCode, login: m.sender)
            readUpTo[key] = max(readUpTo[key] ?? 0, try id(m.code, messages, "сообщение"))
        }
        for r in snapshot.messageReads {
            guard let thread = threadOfMessage[r.itemCode] else { throw Self.unknown(r.itemCode, "сообщение") }
            let key = Reader(thread: thread, login: r.login)
            readUpTo[key] = max(readUpTo[key] ?? 0, try id(r.itemCode, messages, "сообщение"))
        }
        var member = try BulkInsert(db, sql: "INSERT INTO thread_member (thread_id, account_id, read_up_to) VALUES (?, ?, ?)")
        for t in snapshot.messageThreads {
            for login in t.members {
                member.bind(try id(t.code, threads, "переписка"))
                member.bind(try id(login, accounts, "учётная запись"))
                member.bind(readUpTo[Reader(thread: t.code, login: login)] ?? 0)
                try member.run()
            }
        }
    }

    /// Inserts `items` with the row id their code stands for, then the rest;
    /// `bindRest` binds every column after the id. Returns row ids by code.
    private func insertNumberedFirst<T>(_ items: [T], code: KeyPath<T, String>, sql: String,
                                        _ bindRest: (inout BulkInsert, T, SnapshotLoader) throws -> Void) throws -> [String: Int64] {
        var insert = try BulkInsert(db, sql: sql)
        var rowIDs: [String: Int64] = [:]
        for numbered in [true, false] {
            for item in items where (LessonCode.rowID(fromCode: item[keyPath: code]) != nil) == numbered {
                insert.bind(LessonCode.rowID(fromCode: item[keyPath: code]))
                try bindRest(&insert, item, self)
                rowIDs[item[keyPath: code]] = try insert.run()
            }
        }
        return rowIDs
    }

    private func insertReceipts(_ receipts: [ReadRecord], of items: [String: Int64], _ what: String, sql: String) throws {
        var insert = try BulkInsert(db, sql: sql)
        for r in receipts {
            insert.bind(try id(r.itemCode, items, what))
            insert.bind(try id(r.login, accounts, "учётная запись"))
            insert.bind(r.readAt)
            try insert.run()
        }
    }
}
