import GRDB

/// The class teacher's data (issue 15): the document an excused absence rests
/// on, pupils' and parents' contacts with the consent date, the class's
/// events, and notices to parents with when they were read.
enum ClassTeacherSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE attendance ADD COLUMN note TEXT;
            CREATE TABLE contact (
                id INTEGER PRIMARY KEY,
                student_id INTEGER REFERENCES student(id),
                account_id INTEGER REFERENCES account(id),
                phone TEXT,
                email TEXT,
                address TEXT,
                consent_day INTEGER,
                updated_at INTEGER,
                updated_by INTEGER REFERENCES account(id),
                CHECK ((student_id IS NULL) <> (account_id IS NULL))
            );
            CREATE UNIQUE INDEX contact_student ON contact(student_id) WHERE student_id IS NOT NULL;
            CREATE UNIQUE INDEX contact_account ON contact(account_id) WHERE account_id IS NOT NULL;
            CREATE TABLE class_event (
                id INTEGER PRIMARY KEY,
                class_id INTEGER NOT NULL REFERENCES class(id),
                day INTEGER NOT NULL,
                start_min INTEGER,
                title TEXT NOT NULL,
                place TEXT,
                updated_at INTEGER NOT NULL,
                updated_by INTEGER REFERENCES account(id)
            );
            CREATE INDEX class_event_day ON class_event(class_id, day);
            CREATE TABLE parent_notice (
                id INTEGER PRIMARY KEY,
                class_id INTEGER NOT NULL REFERENCES class(id),
                student_id INTEGER NOT NULL REFERENCES student(id),
                parent_id INTEGER NOT NULL REFERENCES account(id),
                text TEXT NOT NULL,
                sent_at INTEGER NOT NULL,
                sent_by INTEGER REFERENCES account(id),
                read_at INTEGER
            );
            CREATE INDEX parent_notice_parent ON parent_notice(parent_id, read_at);
            CREATE INDEX parent_notice_class ON parent_notice(class_id, sent_at);
            """)
    }
}
