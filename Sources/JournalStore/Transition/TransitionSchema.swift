import GRDB

/// The transition to the paperless journal (issue 17): the school's roadmap,
/// started from a template, and the register of journal PCs.
enum TransitionSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE transition_plan (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                template TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                started_by INTEGER REFERENCES account(id)
            );
            CREATE TABLE roadmap_item (
                id INTEGER PRIMARY KEY,
                position INTEGER NOT NULL,
                stage TEXT NOT NULL,
                title TEXT NOT NULL,
                deadline INTEGER,
                responsible TEXT NOT NULL,
                result TEXT NOT NULL,
                document_number TEXT,
                document_date INTEGER,
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
                comment TEXT,
                indicator TEXT,
                threshold INTEGER,
                updated_at INTEGER,
                updated_by INTEGER REFERENCES account(id)
            );
            CREATE TABLE staff_computer (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                room TEXT NOT NULL,
                place TEXT NOT NULL CHECK (place IN ('staff', 'classroom'))
            );
            """)
    }
}
