import GRDB

/// Migration "v3 school structure": the school as it really is (bundle format
/// 2). A student's class becomes a dated class history; lessons, timetable rows
/// and plans may belong to a teaching group; the school calendar, the
/// shortened bells and the curriculum get tables of their own; a lesson
/// records whom a substitute replaced and why it was cancelled; an account
/// records when it was disabled.
///
/// SQLite cannot make a column nullable or drop one that an index uses, so
/// `student`, `timetable`, `plan_item` and `lesson` are rebuilt (new table,
/// copy, drop, rename), keeping every row id: marks, attendance, final marks
/// and the audit log keep pointing at the same rows. GRDB runs a migration
/// with foreign keys off and checks them all at its end.
enum SchoolStructureSchema {
    static func migrate(_ db: Database) throws {
        try addColumns(db)
        try createClassHistory(db)
        try createGroups(db)
        try createCalendar(db)
        try rebuildTimetableAndPlans(db)
        try rebuildLesson(db)
    }

    private static func addColumns(_ db: Database) throws {
        try db.execute(sql: """
            -- When an account was disabled; NULL for an account disabled before
            -- this was recorded (it counts as disabled at every moment).
            ALTER TABLE account ADD COLUMN disabled_at INTEGER;
            -- Who closed a period, and when (the audit log has the history).
            ALTER TABLE period ADD COLUMN locked_at INTEGER;
            ALTER TABLE period ADD COLUMN locked_by INTEGER REFERENCES account(id);
            """)
    }

    /// `enrollment` takes the class and dates out of `student`: one stay each.
    private static func createClassHistory(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE enrollment (
                id INTEGER PRIMARY KEY,
                student_id INTEGER NOT NULL REFERENCES student(id),
                class_id INTEGER NOT NULL REFERENCES class(id),
                from_day INTEGER NOT NULL,
                to_day INTEGER,
                order_text TEXT,
                CHECK (to_day IS NULL OR to_day >= from_day)
            );
            INSERT INTO enrollment (student_id, class_id, from_day, to_day)
                SELECT id, class_id, enrolled_from, enrolled_to FROM student ORDER BY id;
            CREATE INDEX enrollment_student ON enrollment(student_id, from_day);
            CREATE INDEX enrollment_class ON enrollment(class_id, from_day);

            CREATE TABLE student_v3 (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                full_name TEXT NOT NULL,
                account_id INTEGER REFERENCES account(id)
            );
            INSERT INTO student_v3 (id, code, full_name, account_id) SELECT id, code, full_name, account_id FROM student;
            DROP TABLE student;
            ALTER TABLE student_v3 RENAME TO student;
            CREATE INDEX student_account ON student(account_id);
            """)
    }

    private static func createGroups(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE teaching_group (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('part', 'mixed', 'extra')),
                class_id INTEGER REFERENCES class(id),
                subject_id INTEGER REFERENCES subject(id),
                grading TEXT NOT NULL DEFAULT 'marks' CHECK (grading IN ('marks', 'pass_fail', 'none')),
                CHECK (kind <> 'part' OR class_id IS NOT NULL),
                CHECK (kind <> 'mixed' OR class_id IS NULL)
            );
            CREATE INDEX teaching_group_class ON teaching_group(class_id) WHERE class_id IS NOT NULL;
            CREATE TABLE group_member (
                id INTEGER PRIMARY KEY,
                group_id INTEGER NOT NULL REFERENCES teaching_group(id),
                student_id INTEGER NOT NULL REFERENCES student(id),
                from_day INTEGER NOT NULL,
                to_day INTEGER,
                CHECK (to_day IS NULL OR to_day >= from_day)
            );
            CREATE INDEX group_member_group ON group_member(group_id, from_day);
            CREATE INDEX group_member_student ON group_member(student_id, from_day);
            """)
    }

    private static func createCalendar(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE calendar_day (
                id INTEGER PRIMARY KEY,
                day INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday', 'closed', 'short')),
                weekday INTEGER CHECK (weekday BETWEEN 1 AND 6),
                class_id INTEGER REFERENCES class(id),
                note TEXT,
                CHECK (kind <> 'workday' OR weekday IS NOT NULL)
            );
            -- One line per day for the school, and one per day for each class.
            CREATE UNIQUE INDEX calendar_day_key ON calendar_day(day, ifnull(class_id, 0));
            CREATE TABLE bell_short (
                lesson_number INTEGER PRIMARY KEY,
                start_min INTEGER NOT NULL,
                end_min INTEGER NOT NULL
            );
            CREATE TABLE curriculum (
                id INTEGER PRIMARY KEY,
                class_id INTEGER REFERENCES class(id),
                group_id INTEGER REFERENCES teaching_group(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                hours_x100 INTEGER NOT NULL CHECK (hours_x100 >= 0),
                CHECK (class_id IS NOT NULL OR group_id IS NOT NULL)
            );
            CREATE UNIQUE INDEX curriculum_key ON curriculum(ifnull(class_id, 0), ifnull(group_id, 0), subject_id);
            """)
    }

    /// A row of the timetable or the plan belongs to a class, a group, or both
    /// (a `part` group of that class).
    private static func rebuildTimetableAndPlans(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE timetable_v3 (
                id INTEGER PRIMARY KEY,
                class_id INTEGER REFERENCES class(id),
                group_id INTEGER REFERENCES teaching_group(id),
                weekday INTEGER NOT NULL,
                lesson_number INTEGER NOT NULL,
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                teacher_id INTEGER NOT NULL REFERENCES account(id),
                room TEXT,
                valid_from INTEGER NOT NULL,
                valid_to INTEGER,
                CHECK (class_id IS NOT NULL OR group_id IS NOT NULL)
            );
            INSERT INTO timetable_v3 (id, class_id, weekday, lesson_number, subject_id, teacher_id, room, valid_from, valid_to)
                SELECT id, class_id, weekday, lesson_number, subject_id, teacher_id, room, valid_from, valid_to FROM timetable;
            DROP TABLE timetable;
            ALTER TABLE timetable_v3 RENAME TO timetable;
            CREATE INDEX timetable_class ON timetable(class_id, weekday);
            CREATE INDEX timetable_teacher ON timetable(teacher_id, weekday);
            CREATE INDEX timetable_group ON timetable(group_id, weekday) WHERE group_id IS NOT NULL;
            -- The lessons a day owes: every row of its weekday (OwedLessonsSQL).
            CREATE INDEX timetable_weekday ON timetable(weekday, valid_from);

            CREATE TABLE plan_item_v3 (
                id INTEGER PRIMARY KEY,
                class_id INTEGER REFERENCES class(id),
                group_id INTEGER REFERENCES teaching_group(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                seq INTEGER NOT NULL,
                topic TEXT NOT NULL,
                hours INTEGER NOT NULL,
                CHECK (class_id IS NOT NULL OR group_id IS NOT NULL)
            );
            INSERT INTO plan_item_v3 (class_id, subject_id, seq, topic, hours)
                SELECT class_id, subject_id, seq, topic, hours FROM plan_item ORDER BY class_id, subject_id, seq;
            DROP TABLE plan_item;
            ALTER TABLE plan_item_v3 RENAME TO plan_item;
            CREATE UNIQUE INDEX plan_item_key ON plan_item(ifnull(class_id, 0), ifnull(group_id, 0), subject_id, seq);
            """)
    }

    /// The lesson gains its group, the teacher a substitute replaced and the
    /// reason it was cancelled; its class may be empty (a `mixed` or `extra`
    /// group). Its indexes and the day-sum triggers of "v2 readiness" go with
    /// the old table and are made again.
    private static func rebuildLesson(_ db: Database) throws {
        let copied = """
            id, code, class_id, subject_id, teacher_id, day, lesson_number, starts_at, ends_at, topic, homework, held_at,
            comment, comment_at, cancelled, day_end, mic_n, mic_first, mic_last, mic_ok_noon, mic_ok_24h, mic_ok_end,
            moc_n, moc_first, moc_last, moc_ok_noon, moc_ok_24h, moc_ok_end, att_n, att_first, att_last, att_ok_noon,
            att_ok_24h, att_ok_end
            """
        try db.execute(sql: """
            CREATE TABLE lesson_v3 (
                id INTEGER PRIMARY KEY,
                code TEXT UNIQUE,
                class_id INTEGER REFERENCES class(id),
                group_id INTEGER REFERENCES teaching_group(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                teacher_id INTEGER NOT NULL REFERENCES account(id),
                substitute_for INTEGER REFERENCES account(id),
                day INTEGER NOT NULL,
                lesson_number INTEGER NOT NULL,
                starts_at INTEGER NOT NULL,
                ends_at INTEGER NOT NULL,
                topic TEXT,
                homework TEXT,
                held_at INTEGER,
                comment TEXT,
                comment_at INTEGER,
                cancelled INTEGER NOT NULL DEFAULT 0,
                cancel_reason TEXT,
                day_end INTEGER,
                mic_n INTEGER NOT NULL DEFAULT 0,
                mic_first INTEGER,
                mic_last INTEGER,
                mic_ok_noon INTEGER NOT NULL DEFAULT 0,
                mic_ok_24h INTEGER NOT NULL DEFAULT 0,
                mic_ok_end INTEGER NOT NULL DEFAULT 0,
                moc_n INTEGER NOT NULL DEFAULT 0,
                moc_first INTEGER,
                moc_last INTEGER,
                moc_ok_noon INTEGER NOT NULL DEFAULT 0,
                moc_ok_24h INTEGER NOT NULL DEFAULT 0,
                moc_ok_end INTEGER NOT NULL DEFAULT 0,
                att_n INTEGER NOT NULL DEFAULT 0,
                att_first INTEGER,
                att_last INTEGER,
                att_ok_noon INTEGER NOT NULL DEFAULT 0,
                att_ok_24h INTEGER NOT NULL DEFAULT 0,
                att_ok_end INTEGER NOT NULL DEFAULT 0,
                CHECK (class_id IS NOT NULL OR group_id IS NOT NULL)
            );
            INSERT INTO lesson_v3 (\(copied)) SELECT \(copied) FROM lesson;
            DROP TABLE lesson;
            ALTER TABLE lesson_v3 RENAME TO lesson;
            CREATE INDEX lesson_day ON lesson(day);
            CREATE INDEX lesson_class ON lesson(class_id, day, lesson_number);
            CREATE INDEX lesson_group ON lesson(group_id, day) WHERE group_id IS NOT NULL;
            CREATE INDEX lesson_teacher ON lesson(teacher_id, day);
            CREATE INDEX lesson_substitute_for ON lesson(substitute_for, day) WHERE substitute_for IS NOT NULL;
            CREATE INDEX lesson_subject ON lesson(subject_id, day);
            -- "v2 readiness"'s covering indexes, with the group: a mixed or
            -- extra group's lessons are a class line of their own.
            CREATE INDEX lesson_readiness ON lesson (
                day, cancelled, starts_at, class_id, group_id, teacher_id, subject_id,
                mic_first, moc_first, att_first, held_at, comment_at, mic_last, moc_last, att_last,
                mic_n, moc_n, att_n, mic_ok_noon, mic_ok_24h, mic_ok_end, moc_ok_noon, moc_ok_24h, moc_ok_end,
                att_ok_noon, att_ok_24h, att_ok_end, day_end);
            CREATE INDEX lesson_planned ON lesson (day, cancelled, starts_at, class_id, group_id, teacher_id, subject_id)
                WHERE topic IS NOT NULL OR homework IS NOT NULL;
            """)
        try LessonDayStats.createTriggers(db)
    }
}
