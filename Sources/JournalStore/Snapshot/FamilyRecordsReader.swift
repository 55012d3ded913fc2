import GRDB
import JournalCore

/// Issue 15's data read back for export: the class teacher's contacts,
/// events and notices, the threads of messages with their receipts, the
/// announcements and who read them. Threads, messages and announcements are
/// named in a bundle by their row number (as zhurnal's own lessons are).
extension SnapshotReader {
    func readClassTeacherRecords(into s: inout SchoolSnapshot) throws {
        s.contacts = try Row.fetchAll(db, sql: """
            SELECT st.code AS student_code, a.login, c.phone, c.email, c.address, c.consent_day, c.updated_at, u.login AS updated_by
            FROM contact c LEFT JOIN student st ON st.id = c.student_id LEFT JOIN account a ON a.id = c.account_id
            LEFT JOIN account u ON u.id = c.updated_by ORDER BY c.id
            """).compactMap { r in
            let owner: ContactRecord.Owner
            if let student = r["student_code"] as String? { owner = .student(student) }
            else if let login = r["login"] as String? { owner = .account(login) }
            else { return nil }
            return ContactRecord(owner: owner, contact: PersonContact(phone: r["phone"], email: r["email"], address: r["address"],
                                                                     consentDate: r["consent_day"]),
                                 updatedAt: r["updated_at"], updatedBy: r["updated_by"])
        }
        s.classEvents = try Row.fetchAll(db, sql: """
            SELECT c.code, e.day, e.start_min, e.title, e.place, e.updated_at, u.login AS updated_by
            FROM class_event e JOIN class c ON c.id = e.class_id LEFT JOIN account u ON u.id = e.updated_by ORDER BY e.id
            """).map { r in
            ClassEventRecord(classCode: r["code"], date: r["day"], time: (r["start_min"] as Int?).map(TimeOfDay.init(minutes:)),
                             title: r["title"], place: r["place"], updatedAt: r["updated_at"], updatedBy: r["updated_by"])
        }
        s.parentNotices = try Row.fetchAll(db, sql: """
            SELECT c.code AS class_code, st.code AS student_code, p.login AS parent, n.text, n.sent_at, b.login AS sent_by, n.read_at
            FROM parent_notice n JOIN class c ON c.id = n.class_id JOIN student st ON st.id = n.student_id
            JOIN account p ON p.id = n.parent_id LEFT JOIN account b ON b.id = n.sent_by ORDER BY n.id
            """).map { r in
            ParentNoticeRecord(classCode: r["class_code"], studentCode: r["student_code"], parentLogin: r["parent"], text: r["text"],
                               sentAt: r["sent_at"], sentBy: r["sent_by"], readAt: r["read_at"])
        }
    }

    func readMessages(into s: inout SchoolSnapshot) throws {
        var members: [Int64: [String]] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT tm.thread_id, a.login FROM thread_member tm JOIN account a ON a.id = tm.account_id ORDER BY tm.thread_id, a.id
            """) {
            members[r["thread_id"], default: []].append(r["login"])
        }
        s.messageThreads = try Row.fetchAll(db, sql: """
            SELECT t.id, t.subject, a.login, t.created_at FROM message_thread t JOIN account a ON a.id = t.created_by ORDER BY t.id
            """).map { r in
            let id: Int64 = r["id"]
            return MessageThreadRecord(code: String(id), subject: r["subject"], createdBy: r["login"], createdAt: r["created_at"],
                                       members: members[id] ?? [])
        }
        s.messages = try Row.fetchAll(db, sql: """
            SELECT m.id, m.thread_id, a.login, m.body, m.sent_at, m.edited_at, m.withdrawn_at
            FROM message m JOIN account a ON a.id = m.sender_id ORDER BY m.id
            """).map { r in
            MessageRecord(code: String(r["id"] as Int64), threadCode: String(r["thread_id"] as Int64), sender: r["login"],
                          body: r["body"], sentAt: r["sent_at"], editedAt: r["edited_at"], withdrawnAt: r["withdrawn_at"])
        }
        s.messageReads = try readReceipts("""
            SELECT r.message_id AS item, a.login, r.read_at FROM message_read r JOIN account a ON a.id = r.account_id
            ORDER BY r.message_id, a.id
            """)
        s.announcements = try Row.fetchAll(db, sql: """
            SELECT an.id, a.login, an.audience, an.audience_role, c.code AS class_code, an.body, an.created_at, an.expires_on,
                   an.withdrawn_at
            FROM announcement an JOIN account a ON a.id = an.author_id LEFT JOIN class c ON c.id = an.audience_class_id
            ORDER BY an.id
            """).compactMap { r in
            guard let audience = AnnouncementRecord.Audience(kind: r["audience"], role: (r["audience_role"] as String?).flatMap(Role.init(rawValue:)),
                                                             classCode: r["class_code"]) else { return nil }
            return AnnouncementRecord(code: String(r["id"] as Int64), author: r["login"], audience: audience, body: r["body"],
                                      createdAt: r["created_at"], expiresOn: r["expires_on"], withdrawnAt: r["withdrawn_at"])
        }
        s.announcementReads = try readReceipts("""
            SELECT r.announcement_id AS item, a.login, r.read_at FROM announcement_read r JOIN account a ON a.id = r.account_id
            ORDER BY r.announcement_id, a.id
            """)
    }

    private func readReceipts(_ sql: String) throws -> [ReadRecord] {
        try Row.fetchAll(db, sql: sql).map { r in
            ReadRecord(itemCode: String(r["item"] as Int64), login: r["login"], readAt: r["read_at"])
        }
    }
}
