import GRDB

/// Migration "v11 messages" (issue 15): threads of messages between people of
/// the school, and announcements to an audience.
///
/// An announcement stores its audience (everyone, a role, a class, the parents
/// of a class), not one row per recipient: an announcement to all 7,000
/// accounts is one row, and a recipient gets a row in `announcement_read` only
/// when they read it. A thread member's `read_up_to` is the last message they
/// have seen, so the unread count is a range count per membership
/// (`message_thread_order`), cheap enough for every refresh of a home screen.
enum MessagesSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE message_thread (
                id INTEGER PRIMARY KEY,
                subject TEXT NOT NULL,
                created_by INTEGER NOT NULL REFERENCES account(id),
                created_at INTEGER NOT NULL,
                last_message_at INTEGER NOT NULL
            );
            CREATE TABLE thread_member (
                thread_id INTEGER NOT NULL REFERENCES message_thread(id),
                account_id INTEGER NOT NULL REFERENCES account(id),
                read_up_to INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (account_id, thread_id)
            ) WITHOUT ROWID;
            CREATE INDEX thread_member_thread ON thread_member(thread_id);
            CREATE TABLE message (
                id INTEGER PRIMARY KEY,
                thread_id INTEGER NOT NULL REFERENCES message_thread(id),
                sender_id INTEGER NOT NULL REFERENCES account(id),
                body TEXT NOT NULL,
                sent_at INTEGER NOT NULL,
                edited_at INTEGER,
                withdrawn_at INTEGER
            );
            CREATE INDEX message_thread_order ON message(thread_id, id);
            -- Who read which message, and when: the read receipts.
            CREATE TABLE message_read (
                message_id INTEGER NOT NULL REFERENCES message(id),
                account_id INTEGER NOT NULL REFERENCES account(id),
                read_at INTEGER NOT NULL,
                PRIMARY KEY (message_id, account_id)
            ) WITHOUT ROWID;
            CREATE TABLE announcement (
                id INTEGER PRIMARY KEY,
                author_id INTEGER NOT NULL REFERENCES account(id),
                audience TEXT NOT NULL CHECK (audience IN ('everyone', 'role', 'class', 'class_parents')),
                audience_role TEXT,
                audience_class_id INTEGER REFERENCES class(id),
                body TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                expires_on INTEGER NOT NULL,
                withdrawn_at INTEGER,
                CHECK (audience <> 'role' OR audience_role IS NOT NULL),
                CHECK (audience NOT IN ('class', 'class_parents') OR audience_class_id IS NOT NULL)
            );
            CREATE INDEX announcement_current ON announcement(expires_on);
            CREATE TABLE announcement_read (
                announcement_id INTEGER NOT NULL REFERENCES announcement(id),
                account_id INTEGER NOT NULL REFERENCES account(id),
                read_at INTEGER NOT NULL,
                PRIMARY KEY (announcement_id, account_id)
            ) WITHOUT ROWID;
            """)
    }
}
