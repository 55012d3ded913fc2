import GRDB

/// Migration "v12 year closing": the academic year's state at its end. A row
/// says the year was closed, by whom and when, whether it was forced past an
/// unfinished checklist (and how many items were open), and which periods the
/// closing itself locked, so that an administrator's reopening unlocks those
/// and leaves the quarters the deputy had closed before as they were.
enum YearClosingSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE year_closing (
                academic_year TEXT PRIMARY KEY,
                closed_at INTEGER NOT NULL,
                closed_by INTEGER REFERENCES account(id),
                forced INTEGER NOT NULL DEFAULT 0,
                open_items INTEGER NOT NULL DEFAULT 0,
                -- ids of the periods the closing locked, comma-separated
                locked_periods TEXT NOT NULL DEFAULT ''
            ) WITHOUT ROWID;
            """)
    }
}
