import GRDB

/// Migration "v13 year marks and promotion".
///
/// - `graduation_mark`: the exam mark (`exam`) and the итоговая отметка
///   (`overall`) of a student of a graduating grade in a subject. The year mark
///   itself is the `final_mark` of the «Учебный год» period, as before.
/// - `promotion`: one row per promotion by order (перевод): the order, the
///   academic year it ends (its first day), the day the moves take effect,
///   who applied it and whether an admin forced a second one.
/// - `promotion_line`: what the promotion did to each student — the decision,
///   the stay it ended (with that stay's order text before) and the stay it
///   began — so that a forced second promotion can undo the first exactly.
enum YearMarksPromotionSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE graduation_mark (
                id INTEGER PRIMARY KEY,
                student_id INTEGER NOT NULL REFERENCES student(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                kind TEXT NOT NULL CHECK (kind IN ('exam', 'overall')),
                value TEXT NOT NULL,
                entered_at INTEGER NOT NULL,
                entered_by INTEGER REFERENCES account(id),
                updated_at INTEGER,
                updated_by INTEGER REFERENCES account(id),
                UNIQUE (student_id, subject_id, kind)
            );
            CREATE TABLE promotion (
                id INTEGER PRIMARY KEY,
                year_start INTEGER NOT NULL,
                order_number TEXT NOT NULL,
                order_date INTEGER NOT NULL,
                effective_day INTEGER NOT NULL,
                applied_at INTEGER NOT NULL,
                applied_by INTEGER REFERENCES account(id),
                forced INTEGER NOT NULL DEFAULT 0,
                undone INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX promotion_year ON promotion(year_start);
            CREATE TABLE promotion_line (
                promotion_id INTEGER NOT NULL REFERENCES promotion(id),
                student_id INTEGER NOT NULL REFERENCES student(id),
                decision TEXT NOT NULL CHECK (decision IN ('promote', 'conditional', 'keep', 'leave', 'move')),
                from_class_id INTEGER NOT NULL REFERENCES class(id),
                to_class_id INTEGER REFERENCES class(id),
                ended_stay_id INTEGER NOT NULL REFERENCES enrollment(id),
                ended_stay_order TEXT,
                ended_stay_to INTEGER,
                new_stay_id INTEGER REFERENCES enrollment(id),
                PRIMARY KEY (promotion_id, student_id)
            );
            """)
    }
}
