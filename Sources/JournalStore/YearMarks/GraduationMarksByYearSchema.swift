import GRDB

/// Migration "v17 graduation marks by year": an exam or итоговая mark belongs
/// to the «Учебный год» period it was set in. With several academic years in
/// one database, a student who sat the 9th grade's exams and stayed on for the
/// 10th and 11th sits the 11th grade's exams in the same subjects: one mark per
/// student, subject and kind would refuse them. The marks already set were
/// set in the one year the database held; should it hold no «Учебный год»
/// period, the migration fails on NOT NULL rather than drop a mark.
enum GraduationMarksByYearSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE graduation_mark_v17 (
                id INTEGER PRIMARY KEY,
                student_id INTEGER NOT NULL REFERENCES student(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                year_period_id INTEGER NOT NULL REFERENCES period(id),
                kind TEXT NOT NULL CHECK (kind IN ('exam', 'overall')),
                value TEXT NOT NULL,
                entered_at INTEGER NOT NULL,
                entered_by INTEGER REFERENCES account(id),
                updated_at INTEGER,
                updated_by INTEGER REFERENCES account(id),
                UNIQUE (student_id, subject_id, kind, year_period_id)
            );
            INSERT INTO graduation_mark_v17 (id, student_id, subject_id, year_period_id, kind, value, entered_at, entered_by,
                                             updated_at, updated_by)
                SELECT g.id, g.student_id, g.subject_id,
                       (SELECT id FROM current_period WHERE kind = 'year' ORDER BY start_day LIMIT 1),
                       g.kind, g.value, g.entered_at, g.entered_by, g.updated_at, g.updated_by
                FROM graduation_mark g;
            DROP TABLE graduation_mark;
            ALTER TABLE graduation_mark_v17 RENAME TO graduation_mark;
            """)
    }
}
