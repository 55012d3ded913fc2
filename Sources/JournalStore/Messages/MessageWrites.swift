import GRDB
import JournalCore

extension AppDatabase {
    /// Starts a thread with `recipients` and its first message. Refused unless
    /// the user may write to each (`Permissions.mayMessage`) and every two
    /// recipients may share a thread (one may write to the other): so nothing
    /// a parent writes, a reply included, reaches another family.
    public func startThread(subject: String, to recipients: [AccountID], body: String, by user: ActingUser) throws -> MessageSent {
        let text = MessageText(body)
        guard !text.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "текст сообщения", en: "message text")) }
        let others = Array(Set(recipients).subtracting([user.accountID])).sorted()
        guard !others.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "кому", en: "recipient")) }
        let subject = String(TerminalText.sanitized(subject.trimmingSpaces.replacingOccurrences(of: "\n", with: " ")).prefix(120))
        return try messagingWrite(by: user) { context in
            let recipients = try others.map { try Self.recipient($0, context.db) }
            for recipient in recipients {
                guard try MessagingSQL.mayMessage(context.db, from: context.actor, to: recipient, today: context.now.date) else {
                    throw MessagingSQL.refusal(to: recipient.fullName, senderRoles: context.roles)
                }
            }
            for (index, first) in recipients.enumerated() {
                for second in recipients.dropFirst(index + 1) {
                    guard try MessagingSQL.mayShareThread(context.db, first, second, today: context.now.date) else {
                        throw JournalError.forbidden(Phrase(
                            ru: "в одной переписке не могут быть «\(first.fullName)» и «\(second.fullName)»: они не могут писать друг другу",
                            en: "\(first.fullName) and \(second.fullName) cannot share a thread: they may not write to each other"))
                    }
                }
            }
            let members = [context.actor] + recipients
            try context.db.execute(sql: """
                INSERT INTO message_thread (subject, created_by, created_at, last_message_at) VALUES (?, ?, ?, ?)
                """, arguments: [subject.isEmpty ? String(text.text.prefix(40)) : subject, context.actorID, context.now, context.now])
            let thread = MessageThreadID(context.db.lastInsertedRowID)
            for member in members {
                try context.db.execute(sql: "INSERT INTO thread_member (thread_id, account_id) VALUES (?, ?)",
                                       arguments: [thread, member.id])
            }
            try context.audit(AuditEntry(action: .insert, table: "message_thread", rowID: thread.rawValue,
                                         new: ["members": members.map { String($0.id.rawValue) }.joined(separator: ";")]))
            return try Self.insertMessage(text, in: thread, context)
        }
    }

    /// A message in a thread the user is in; refused when they may no longer
    /// share it with one of its members (a teacher who stopped teaching the
    /// class). A parent may answer whoever wrote to them there.
    public func postMessage(_ body: String, in thread: MessageThreadID, by user: ActingUser) throws -> MessageSent {
        let text = MessageText(body)
        guard !text.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "текст сообщения", en: "message text")) }
        return try messagingWrite(by: user) { context in
            let members = try Self.members(of: thread, context)
            for recipient in members where recipient.id != context.actorID {
                guard try MessagingSQL.mayShareThread(context.db, context.actor, recipient, today: context.now.date) else {
                    throw MessagingSQL.refusal(to: recipient.fullName, senderRoles: context.roles)
                }
            }
            return try Self.insertMessage(text, in: thread, context)
        }
    }

    /// Marks every message of the thread as read by the user now: read
    /// receipts for the senders. Nothing is written when all was read already.
    public func markThreadRead(_ thread: MessageThreadID, by user: ActingUser) throws {
        try messagingWrite(by: user) { context in
            _ = try Self.members(of: thread, context)
            let unread = try MessageID.fetchAll(context.db, sql: """
                SELECT m.id FROM message m JOIN thread_member tm ON tm.thread_id = m.thread_id AND tm.account_id = ?2
                WHERE m.thread_id = ?1 AND m.id > tm.read_up_to AND m.sender_id <> ?2 ORDER BY m.id
                """, arguments: [thread, context.actorID])
            guard let last = unread.last else { return }
            for message in unread {
                try context.db.execute(sql: "INSERT OR IGNORE INTO message_read (message_id, account_id, read_at) VALUES (?, ?, ?)",
                                       arguments: [message, context.actorID, context.now])
            }
            try context.db.execute(sql: "UPDATE thread_member SET read_up_to = ? WHERE thread_id = ? AND account_id = ?",
                                   arguments: [last, thread, context.actorID])
            try context.audit(AuditEntry(action: .insert, table: "message_read", rowID: last.rawValue,
                                         new: ["thread": String(thread.rawValue), "messages": String(unread.count)]))
        }
    }

    /// Withdraws the user's own message: nobody sees its text any more. The
    /// text stays in the file (the school's record); the withdrawal is audited.
    public func withdrawMessage(_ message: MessageID, by user: ActingUser) throws {
        try messagingWrite(by: user) { context in
            let row = try Self.ownMessage(message, context)
            guard row["withdrawn_at"] as SchoolTime? == nil else {
                throw JournalError.conflict(Phrase(ru: "сообщение уже отозвано", en: "the message is withdrawn already"))
            }
            try context.db.execute(sql: "UPDATE message SET withdrawn_at = ? WHERE id = ?", arguments: [context.now, message])
            try context.audit(AuditEntry(action: .update, table: "message", rowID: message.rawValue,
                                         old: ["withdrawn_at": nil], new: ["withdrawn_at": context.now.description]))
        }
    }

    /// Changes the text of the user's own message while nobody has read it.
    public func editMessage(_ message: MessageID, body: String, by user: ActingUser) throws -> MessageSent {
        let text = MessageText(body)
        guard !text.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "текст сообщения", en: "message text")) }
        return try messagingWrite(by: user) { context in
            let row = try Self.ownMessage(message, context)
            guard row["withdrawn_at"] as SchoolTime? == nil else {
                throw JournalError.conflict(Phrase(ru: "сообщение отозвано", en: "the message is withdrawn"))
            }
            if try Bool.fetchOne(context.db, sql: "SELECT EXISTS (SELECT 1 FROM message_read WHERE message_id = ?)",
                                 arguments: [message]) == true {
                throw JournalError.forbidden(Phrase(ru: "сообщение уже прочитано: изменить его нельзя, можно отозвать",
                                                    en: "the message has been read: it cannot be changed, only withdrawn"))
            }
            let old: String = row["body"]
            try context.db.execute(sql: "UPDATE message SET body = ?, edited_at = ? WHERE id = ?", arguments: [text.text, context.now, message])
            try context.audit(AuditEntry(action: .update, table: "message", rowID: message.rawValue,
                                         old: ["length": String(old.count)], new: ["length": String(text.text.count)]))
            return MessageSent(thread: row["thread_id"], message: message, wasCut: text.wasCut)
        }
    }
}

extension AppDatabase {
    /// One messaging action in one write transaction, as the account is now.
    func messagingWrite<T>(by user: ActingUser, _ body: (WriteContext) throws -> T) throws -> T {
        try write { db in
            let actor = try AccessCheck.account(db, user)
            return try body(WriteContext(db: db, actor: actor, now: try now(db)))
        }
    }

    static func recipient(_ id: AccountID, _ db: Database) throws -> AccountRow {
        guard let row = try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id]) else {
            throw JournalError.notFound(Phrase(ru: "получатель", en: "recipient"))
        }
        return row
    }

    /// The thread's members; refused unless the user is one of them (the same
    /// words whether the thread exists or not).
    static func members(of thread: MessageThreadID, _ context: WriteContext) throws -> [AccountRow] {
        let members = try AccountRow.fetchAll(context.db, sql: """
            SELECT a.* FROM thread_member tm JOIN account a ON a.id = tm.account_id WHERE tm.thread_id = ? ORDER BY a.id
            """, arguments: [thread])
        guard members.contains(where: { $0.id == context.actorID }) else {
            throw JournalError.forbidden(Phrase(ru: "это не ваша переписка", en: "this is not your thread"))
        }
        return members
    }

    static func ownMessage(_ message: MessageID, _ context: WriteContext) throws -> Row {
        guard let row = try Row.fetchOne(context.db, sql: "SELECT * FROM message WHERE id = ?", arguments: [message]),
              row["sender_id"] == context.actorID else {
            throw JournalError.forbidden(Phrase(ru: "это не ваше сообщение", en: "this is not your message"))
        }
        return row
    }

    static func insertMessage(_ text: MessageText, in thread: MessageThreadID, _ context: WriteContext) throws -> MessageSent {
        try context.db.execute(sql: "INSERT INTO message (thread_id, sender_id, body, sent_at) VALUES (?, ?, ?, ?)",
                               arguments: [thread, context.actorID, text.text, context.now])
        let message = MessageID(context.db.lastInsertedRowID)
        // The sender has read their own message, and all before it.
        try context.db.execute(sql: "UPDATE thread_member SET read_up_to = ? WHERE thread_id = ? AND account_id = ?",
                               arguments: [message, thread, context.actorID])
        try context.db.execute(sql: "UPDATE message_thread SET last_message_at = ? WHERE id = ?", arguments: [context.now, thread])
        try context.audit(AuditEntry(action: .insert, table: "message", rowID: message.rawValue,
                                     new: ["thread": String(thread.rawValue), "length": String(text.text.count)]))
        return MessageSent(thread: thread, message: message, wasCut: text.wasCut)
    }
}
