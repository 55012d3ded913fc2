import GRDB
import JournalCore

extension AppDatabase {
    /// The account as a user acting in the journal, or nil when no such login.
    public func actingUser(login: String) throws -> ActingUser? {
        try writer.read { db in
            try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login])?.actingUser
        }
    }

    /// Every account, by login.
    public func accounts() throws -> [Account] {
        try writer.read { db in
            try AccountRow.fetchAll(db, sql: "SELECT * FROM account ORDER BY login").map(\.account)
        }
    }
}

extension AppDatabase {
    /// The students of a lesson's class enrolled on its date, by name.
    public func studentsEnrolled(in lesson: LessonID) throws -> [StudentID] {
        try writer.read { db in
            try StudentID.fetchAll(db, sql: """
                SELECT s.id FROM lesson l JOIN student s ON s.class_id = l.class_id
                WHERE l.id = ? AND s.enrolled_from <= l.day AND (s.enrolled_to IS NULL OR s.enrolled_to >= l.day)
                ORDER BY s.full_name, s.id
                """, arguments: [lesson])
        }
    }
}
