import GRDB
import JournalCore

/// What publishing an announcement tells its author.
public struct AnnouncementPublished: Hashable, Sendable {
    public var id: AnnouncementID
    public var wasCut: Bool
}

extension AppDatabase {
    /// Publishes an announcement to `audience` until `expiresOn` (inclusive):
    /// the administrator or the deputy. One row whatever the audience's size.
    public func publishAnnouncement(_ body: String, to audience: AnnouncementAudience, until expiresOn: SchoolDate,
                                    by requester: Requester) throws -> AnnouncementPublished {
        let text = MessageText(body)
        guard !text.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "текст объявления", en: "announcement text")) }
        return try administration(by: requester, refusal: Self.announceRefusal, Permissions.mayAnnounce) { context in
            guard expiresOn >= context.now.date else {
                throw JournalError.conflict(Phrase(ru: "срок объявления \(expiresOn.russian) уже прошёл",
                                                   en: "the expiry \(expiresOn.russian) has passed"))
            }
            if let klass = audience.classID,
               try Bool.fetchOne(context.db, sql: "SELECT 1 FROM class WHERE id = ?", arguments: [klass]) != true {
                throw JournalError.notFound(Phrase(ru: "класс", en: "class"))
            }
            try context.db.execute(sql: """
                INSERT INTO announcement (author_id, audience, audience_role, audience_class_id, body, created_at, expires_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [context.actor?.id ?? Self.operatorAuthor(context.db), audience.kind, audience.role?.rawValue,
                                 audience.classID, text.text, context.now, expiresOn])
            let id = AnnouncementID(context.db.lastInsertedRowID)
            try context.audit(AuditEntry(action: .insert, table: "announcement", rowID: id.rawValue,
                                         new: ["audience": audience.kind, "role": audience.role?.rawValue,
                                               "class": audience.classID.map { String($0.rawValue) },
                                               "expires_on": expiresOn.description, "length": String(text.text.count)]))
            return AnnouncementPublished(id: id, wasCut: text.wasCut)
        }
    }

    /// Takes an announcement off every screen (audited): its author or a supervisor.
    public func withdrawAnnouncement(_ id: AnnouncementID, by requester: Requester) throws {
        try administration(by: requester, refusal: Self.announceRefusal, Permissions.mayAnnounce) { context in
            guard try Bool.fetchOne(context.db, sql: "SELECT 1 FROM announcement WHERE id = ? AND withdrawn_at IS NULL",
                                    arguments: [id]) == true else {
                throw JournalError.notFound(Phrase(ru: "действующее объявление", en: "current announcement"))
            }
            try context.db.execute(sql: "UPDATE announcement SET withdrawn_at = ? WHERE id = ?", arguments: [context.now, id])
            try context.audit(AuditEntry(action: .update, table: "announcement", rowID: id.rawValue,
                                         old: ["withdrawn_at": nil], new: ["withdrawn_at": context.now.description]))
        }
    }

    /// The announcements for the user that are current today, the newest first.
    public func currentAnnouncements(for user: ActingUser) throws -> [Announcement] {
        try read { db in
            let me = try AccessCheck.account(db, user)
            return try AnnouncementRows.current(db, me, today: try now(db).date)
        }
    }

    /// The unread messages and the current unread announcements: the line of a home screen.
    public func inboxSummary(for user: ActingUser) throws -> InboxSummary {
        try read { db in
            let me = try AccessCheck.account(db, user)
            let counts = try MessageCounts.unread(db, me.id)
            let announcements = try AnnouncementRows.current(db, me, today: try now(db).date).filter { !$0.isRead }
            return InboxSummary(unreadMessages: counts.messages, unreadThreads: counts.threads, announcements: announcements)
        }
    }

    /// Records that the user has read an announcement (once; audited).
    public func markAnnouncementRead(_ id: AnnouncementID, by user: ActingUser) throws {
        try messagingWrite(by: user) { context in
            guard try Bool.fetchOne(context.db, sql: "SELECT 1 FROM announcement_read WHERE announcement_id = ? AND account_id = ?",
                                    arguments: [id, context.actorID]) != true else { return }
            try context.db.execute(sql: "INSERT INTO announcement_read (announcement_id, account_id, read_at) VALUES (?, ?, ?)",
                                   arguments: [id, context.actorID, context.now])
            try context.audit(AuditEntry(action: .insert, table: "announcement_read", rowID: id.rawValue, accountID: context.actorID))
        }
    }

    /// Every announcement, the newest first, for those who publish them.
    public func announcementsPublished(by requester: Requester) throws -> [Announcement] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.announceRefusal, Permissions.mayAnnounce)
            return try Row.fetchAll(db, sql: AnnouncementRows.select + " ORDER BY an.created_at DESC, an.id DESC")
                .map { AnnouncementRows.announcement($0, isRead: true) }
        }
    }

    /// Who of the announcement's audience has read it: readers first, by time.
    public func announcementReaders(_ id: AnnouncementID, by requester: Requester) throws -> AnnouncementReaders {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.announceRefusal, Permissions.mayAnnounce)
            guard let row = try Row.fetchOne(db, sql: AnnouncementRows.select + " WHERE an.id = ?", arguments: [id]) else {
                throw JournalError.notFound(Phrase(ru: "объявление", en: "announcement"))
            }
            let announcement = AnnouncementRows.announcement(row, isRead: true)
            let today = try now(db).date
            let members: String
            switch announcement.audience {
            case .everyone: members = "SELECT id FROM account"
            case .role(let role): members = "SELECT a.id FROM account a WHERE \(MessagingSQL.hasRole(role.rawValue))"
            case .wholeClass: members = AnnouncementSQL.membersOf("?2", "?3")
            case .parentsOf: members = AnnouncementSQL.parentsOf("?2", "?3")
            }
            let readers = try Row.fetchAll(db, sql: """
                SELECT a.id, a.full_name, r.read_at FROM account a
                LEFT JOIN announcement_read r ON r.announcement_id = ?1 AND r.account_id = a.id
                WHERE a.id IN (\(members)) AND (a.disabled = 0 OR r.read_at IS NOT NULL)
                ORDER BY r.read_at IS NULL, r.read_at, a.full_name
                """, arguments: announcement.audience.classID.map { [id, $0, today] } ?? [id]).map {
                AnnouncementReaders.Reader(id: $0["id"], fullName: $0["full_name"], readAt: $0["read_at"])
            }
            return AnnouncementReaders(announcement: announcement, readers: readers)
        }
    }

    static let announceRefusal = Phrase(ru: "объявления публикуют администратор и завуч",
                                        en: "announcements are published by the administrator and the deputy")

    /// An announcement made at the command line is signed by the first administrator.
    static func operatorAuthor(_ db: Database) throws -> AccountID {
        guard let id = try AccountID.fetchOne(db, sql: "SELECT a.id FROM account a WHERE \(MessagingSQL.hasRole("admin")) ORDER BY a.id LIMIT 1")
        else { throw JournalError.notFound(Phrase(ru: "учётная запись администратора", en: "an administrator's account")) }
        return id
    }
}

enum AnnouncementRows {
    static let select = columns + " NULL AS read_at" + tables

    static let columns = "SELECT an.*, a.full_name AS author_name, c.name AS class_name,"
    static let tables = """
         FROM announcement an
        JOIN account a ON a.id = an.author_id LEFT JOIN class c ON c.id = an.audience_class_id
        """

    static func announcement(_ row: Row, isRead: Bool) -> Announcement {
        let classID: ClassID? = row["audience_class_id"]
        return Announcement(id: row["id"], authorID: row["author_id"], authorName: row["author_name"],
                            audience: AnnouncementAudience(kind: row["audience"], role: row["audience_role"], classID: classID) ?? .everyone,
                            className: row["class_name"], body: row["body"], createdAt: row["created_at"],
                            expiresOn: row["expires_on"], withdrawnAt: row["withdrawn_at"], isRead: isRead)
    }

    /// The announcements current on `today` for `account`.
    static func current(_ db: Database, _ account: AccountRow, today: SchoolDate) throws -> [Announcement] {
        try Row.fetchAll(db.cachedStatement(sql: columns + " r.read_at" + tables + """
             LEFT JOIN announcement_read r ON r.announcement_id = an.id AND r.account_id = ?1
            WHERE an.expires_on >= ?3 AND an.withdrawn_at IS NULL AND \(AnnouncementSQL.isFor("?1", roles: "?2", "?3"))
            ORDER BY an.created_at DESC, an.id DESC
            """), arguments: [account.id, account.roles, today]).map { row in
            announcement(row, isRead: row["read_at"] as SchoolTime? != nil)
        }
    }
}

extension AppDatabase {
    /// The class an announcement is for, named as the school names it («7А»).
    public func announcementClass(named name: String, by requester: Requester) throws -> ClassID {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.announceRefusal, Permissions.mayAnnounce)
            let wanted = name.trimmingSpaces
            guard let id = try ClassID.fetchOne(db, sql: "SELECT id FROM class WHERE name = ? OR code = ? ORDER BY id LIMIT 1",
                                                arguments: [wanted, wanted]) else {
                throw JournalError.notFound(Phrase(ru: "класс «\(wanted)»", en: "class \"\(wanted)\""))
            }
            return id
        }
    }
}
