import GRDB
import JournalCore

extension AppDatabase {
    /// The user's threads, the latest first, with how many messages in each
    /// they have not read.
    public func messageThreads(of user: ActingUser) throws -> [MessageThreadSummary] {
        try read { db in
            _ = try AccessCheck.account(db, user)
            let rows = try Row.fetchAll(db, sql: """
                SELECT t.id, t.subject, t.last_message_at,
                       (SELECT count(*) FROM message m WHERE m.thread_id = t.id AND m.id > me.read_up_to
                          AND m.sender_id <> me.account_id AND m.withdrawn_at IS NULL) AS unread,
                       (SELECT group_concat(a.full_name, ', ') FROM thread_member o JOIN account a ON a.id = o.account_id
                          WHERE o.thread_id = t.id AND o.account_id <> me.account_id) AS others
                FROM thread_member me JOIN message_thread t ON t.id = me.thread_id
                WHERE me.account_id = ? ORDER BY t.last_message_at DESC, t.id DESC
                """, arguments: [user.accountID])
            return rows.map { row in
                MessageThreadSummary(id: row["id"], subject: row["subject"],
                                     with: ((row["others"] as String?) ?? "").components(separatedBy: ", ").filter { !$0.isEmpty },
                                     lastMessageAt: row["last_message_at"], unread: row["unread"])
            }
        }
    }

    /// One thread with its messages and their read receipts, for a member.
    /// Withdrawn messages come without their text.
    public func messageThread(_ id: MessageThreadID, by user: ActingUser) throws -> MessageThread {
        try read { db in
            _ = try AccessCheck.account(db, user)
            guard let thread = try Row.fetchOne(db, sql: """
                SELECT t.* FROM message_thread t JOIN thread_member me ON me.thread_id = t.id AND me.account_id = ? WHERE t.id = ?
                """, arguments: [user.accountID, id]) else {
                throw JournalError.forbidden(Phrase(ru: "это не ваша переписка", en: "this is not your thread"))
            }
            let members = try Row.fetchAll(db, sql: """
                SELECT a.id, a.full_name, a.roles FROM thread_member tm JOIN account a ON a.id = tm.account_id
                WHERE tm.thread_id = ? ORDER BY a.full_name
                """, arguments: [id]).map { MessagePeer(id: $0["id"], fullName: $0["full_name"], note: PeerNotes.roles($0["roles"])) }
            var receipts: [MessageID: [ReadReceipt]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT r.message_id, a.full_name, r.read_at FROM message_read r JOIN message m ON m.id = r.message_id
                JOIN account a ON a.id = r.account_id WHERE m.thread_id = ? ORDER BY r.read_at
                """, arguments: [id]) {
                receipts[row["message_id"], default: []].append(ReadReceipt(name: row["full_name"], at: row["read_at"]))
            }
            let messages = try Row.fetchAll(db, sql: """
                SELECT m.*, a.full_name FROM message m JOIN account a ON a.id = m.sender_id WHERE m.thread_id = ? ORDER BY m.id
                """, arguments: [id]).map { row in
                let withdrawn: SchoolTime? = row["withdrawn_at"]
                return ThreadMessage(id: row["id"], senderID: row["sender_id"], senderName: row["full_name"],
                                     body: withdrawn == nil ? row["body"] : "", sentAt: row["sent_at"], editedAt: row["edited_at"],
                                     withdrawnAt: withdrawn, readBy: receipts[row["id"]] ?? [])
            }
            return MessageThread(id: id, subject: thread["subject"], members: members, messages: messages)
        }
    }

    /// Everyone the user may write to, by name: what the recipient choice offers.
    public func messagePeers(of user: ActingUser) throws -> [MessagePeer] {
        try read { db in
            let me = try AccessCheck.account(db, user)
            let today = try now(db).date
            let roles = me.roleList
            var peers: [AccountID: MessagePeer] = [:]
            func add(_ sql: String, _ arguments: StatementArguments) throws {
                for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                    let id: AccountID = row["id"]
                    guard id != me.id else { continue }
                    let note = PeerNotes.note(roles: row["roles"], children: row["children"])
                    if peers[id] == nil { peers[id] = MessagePeer(id: id, fullName: row["full_name"], note: note) }
                }
            }
            let childrenColumn = """
                (SELECT group_concat(s.full_name || ' ' || ifnull(c.name, ''), ', ') FROM guardian g JOIN student s ON s.id = g.student_id
                 LEFT JOIN class c ON c.id = \(ClassHistorySQL.latestClass("s.id")) WHERE g.parent_id = a.id) AS children
                """
            if Permissions.isStaff(roles) {
                try add("SELECT a.id, a.full_name, a.roles, NULL AS children FROM account a WHERE a.disabled = 0 AND \(MessagingSQL.staffCondition)", [])
                if Permissions.isSupervisor(roles) {
                    try add("""
                        SELECT a.id, a.full_name, a.roles, \(childrenColumn) FROM account a
                        WHERE a.disabled = 0 AND (\(MessagingSQL.hasRole("parent")) OR \(MessagingSQL.hasRole("student")))
                        """, [])
                } else {
                    try add("""
                        SELECT DISTINCT a.id, a.full_name, a.roles, \(childrenColumn) FROM account a
                        JOIN guardian g0 ON g0.parent_id = a.id
                        WHERE a.disabled = 0 AND \(MessagingSQL.hasRole("parent")) AND \(MessagingSQL.teachesOrHeads("?1", "g0.student_id", "?2"))
                        """, [me.id, today])
                    try add("""
                        SELECT DISTINCT a.id, a.full_name, a.roles, NULL AS children FROM account a JOIN student s ON s.account_id = a.id
                        WHERE a.disabled = 0 AND \(MessagingSQL.hasRole("student")) AND \(MessagingSQL.teachesOrHeads("?1", "s.id", "?2"))
                        """, [me.id, today])
                }
            }
            if roles.contains(.parent) {
                try add("""
                    SELECT DISTINCT a.id, a.full_name, a.roles, NULL AS children FROM account a, guardian g
                    WHERE g.parent_id = ?1 AND a.disabled = 0 AND \(MessagingSQL.staffCondition)
                      AND \(MessagingSQL.teachesOrHeads("a.id", "g.student_id", "?2"))
                    """, [me.id, today])
            }
            if roles.contains(.student) {
                try add("""
                    SELECT DISTINCT a.id, a.full_name, a.roles, NULL AS children FROM account a, student s
                    WHERE s.account_id = ?1 AND a.disabled = 0 AND \(MessagingSQL.staffCondition)
                      AND \(MessagingSQL.teachesOrHeads("a.id", "s.id", "?2"))
                    """, [me.id, today])
            }
            return Array(peers.values).sortedByRussianName(\.fullName)
        }
    }

    /// How many messages the user has not read.
    public func unreadMessageCount(of user: ActingUser) throws -> Int {
        try read { db in try MessageCounts.unread(db, user.accountID).messages }
    }
}

/// The unread counter of a home screen: one range count per thread the user
/// is in, over `message_thread_order`. Cheap enough for every refresh.
enum MessageCounts {
    static func unread(_ db: Database, _ account: AccountID) throws -> (messages: Int, threads: Int) {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT ifnull(sum(n), 0), ifnull(sum(n > 0), 0) FROM (
              SELECT (SELECT count(*) FROM message m WHERE m.thread_id = tm.thread_id AND m.id > tm.read_up_to
                        AND m.sender_id <> tm.account_id AND m.withdrawn_at IS NULL) AS n
              FROM thread_member tm WHERE tm.account_id = ?)
            """), arguments: [account])
        return (row?[0] ?? 0, row?[1] ?? 0)
    }
}

/// How a person is described next to their name in the recipient choice.
enum PeerNotes {
    static func roles(_ text: String) -> String {
        let roles = (try? Role.parseList(text)) ?? []
        return roles.map { $0.title.ru }.joined(separator: ", ")
    }

    static func note(roles text: String, children: String?) -> String {
        let roles = roles(text)
        guard let children, !children.isEmpty else { return roles }
        return roles + ": " + children
    }
}

extension AppDatabase {
    /// A recipient named by login, if the user may write to them; otherwise
    /// the refusal in words. An unknown login is refused in the same words,
    /// so that nobody learns by trying which logins exist.
    public func messageRecipient(login: String, by user: ActingUser) throws -> MessagePeer {
        try read { db in
            let me = try AccessCheck.account(db, user)
            let login = login.trimmingSpaces
            guard let other = try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login]),
                  try MessagingSQL.mayMessage(db, from: me, to: other, today: try now(db).date) else {
                throw MessagingSQL.refusal(to: login, senderRoles: me.roleList)
            }
            return MessagePeer(id: other.id, fullName: other.fullName, note: PeerNotes.roles(other.roles))
        }
    }
}
