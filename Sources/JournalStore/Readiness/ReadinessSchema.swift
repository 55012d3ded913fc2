import GRDB

/// Migration "v2 readiness": what the readiness report needs to read a big
/// school quickly. Shipped migrations are not edited; a change here after
/// release is a new migration.
enum ReadinessSchema {
    static func migrate(_ db: Database) throws {
        // A comment's time means nothing without the comment; the store never
        // keeps one alone, and a comment's time is then "is there a comment".
        try db.execute(sql: "UPDATE lesson SET comment_at = NULL WHERE comment IS NULL AND comment_at IS NOT NULL")
        try db.execute(sql: """
            -- Everything the lesson-level counts read, in day order: the count is
            -- one pass over this index, never over the wide lesson rows.
            CREATE INDEX lesson_readiness ON lesson (
                day, cancelled, starts_at, class_id, teacher_id, subject_id,
                mic_first, moc_first, att_first, held_at, comment_at, mic_last, moc_last, att_last,
                mic_n, moc_n, att_n, mic_ok_noon, mic_ok_24h, mic_ok_end, moc_ok_noon, moc_ok_24h, moc_ok_end,
                att_ok_noon, att_ok_24h, att_ok_end, day_end);
            -- Planned lessons are counted apart, from this smaller partial index,
            -- so that topic and homework texts stay out of the one above.
            CREATE INDEX lesson_planned ON lesson (day, cancelled, starts_at, class_id, teacher_id, subject_id)
                WHERE topic IS NOT NULL OR homework IS NOT NULL;
            -- Distinct accounts signed in per ISO week (SchoolDate.weekIndex of the day).
            CREATE INDEX sign_in_week ON sign_in ((at / 86400 + 3) / 7, account_id, at);
            """)
        try LessonDayStats.create(db, schema: .classesOnly)
    }
}
