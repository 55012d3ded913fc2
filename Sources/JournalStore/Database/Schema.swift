import GRDB

/// The database schema. Shipped migrations are never edited: a change is a new
/// migration appended at the end.
///
/// Conventions: every entity has an INTEGER primary key; external ids of the
/// bundle live in `code` (or `login`). Dates are day numbers since 1970-01-01 and
/// times are school wall-clock seconds (see `SchoolDate`, `SchoolTime`), so that
/// week grouping (`(day + 3) / 7`) and deadlines are integer arithmetic in SQL.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration, migrate: createV1)
        migrator.registerMigration("v2 readiness", migrate: ReadinessSchema.migrate)
        migrator.registerMigration("v3 school structure", migrate: SchoolStructureSchema.migrate)
        migrator.registerMigration("v4 attempted logins", migrate: AttemptedLogin.hashStoredLogins)
        migrator.registerMigration("v5 transition roadmap", migrate: TransitionSchema.migrate)
        migrator.registerMigration("v7 timetable administration", migrate: TimetableAdministrationSchema.migrate)
        migrator.registerMigration("v9 class teacher", migrate: ClassTeacherSchema.migrate)
        migrator.registerMigration("v10 homework due", migrate: HomeworkDueSchema.migrate)
        migrator.registerMigration("v11 messages", migrate: MessagesSchema.migrate)
        migrator.registerMigration("v12 year closing", migrate: YearClosingSchema.migrate)
        migrator.registerMigration("v13 year marks and promotion", migrate: YearMarksPromotionSchema.migrate)
        migrator.registerMigration("v14 academic years", migrate: AcademicYearsSchema.migrate)
        migrator.registerMigration("v16 new academic year", migrate: NewYearSchema.migrate)
        migrator.registerMigration("v17 graduation marks by year", migrate: GraduationMarksByYearSchema.migrate)
        return migrator
    }

    /// Its record in `grdb_migrations` is what tells a zhurnal database from
    /// any other SQLite file.
    static let firstMigration = "v1 school journal"

    private static func createV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE school (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                name TEXT NOT NULL,
                timezone TEXT NOT NULL,
                academic_year TEXT NOT NULL
            );
            CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE period (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                start_day INTEGER NOT NULL,
                end_day INTEGER NOT NULL,
                locked INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE bell (
                lesson_number INTEGER PRIMARY KEY,
                start_min INTEGER NOT NULL,
                end_min INTEGER NOT NULL
            );
            CREATE TABLE subject (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL
            );
            CREATE TABLE work_type (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                weight INTEGER NOT NULL CHECK (weight > 0),
                in_class INTEGER NOT NULL,
                position INTEGER NOT NULL
            );
            CREATE TABLE account (
                id INTEGER PRIMARY KEY,
                login TEXT NOT NULL UNIQUE,
                full_name TEXT NOT NULL,
                roles TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                activated_at INTEGER,
                disabled INTEGER NOT NULL DEFAULT 0,
                password_hash TEXT,
                must_change_password INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE class (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                grade INTEGER NOT NULL,
                homeroom_id INTEGER REFERENCES account(id)
            );
            CREATE INDEX class_homeroom ON class(homeroom_id);
            CREATE TABLE student (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                full_name TEXT NOT NULL,
                class_id INTEGER NOT NULL REFERENCES class(id),
                account_id INTEGER REFERENCES account(id),
                enrolled_from INTEGER NOT NULL,
                enrolled_to INTEGER
            );
            CREATE INDEX student_class ON student(class_id);
            CREATE INDEX student_account ON student(account_id);
            CREATE TABLE guardian (
                parent_id INTEGER NOT NULL REFERENCES account(id),
                student_id INTEGER NOT NULL REFERENCES student(id),
                PRIMARY KEY (parent_id, student_id)
            ) WITHOUT ROWID;
            CREATE INDEX guardian_student ON guardian(student_id);
            CREATE TABLE timetable (
                id INTEGER PRIMARY KEY,
                class_id INTEGER NOT NULL REFERENCES class(id),
                weekday INTEGER NOT NULL,
                lesson_number INTEGER NOT NULL,
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                teacher_id INTEGER NOT NULL REFERENCES account(id),
                room TEXT,
                valid_from INTEGER NOT NULL,
                valid_to INTEGER
            );
            CREATE INDEX timetable_class ON timetable(class_id, weekday);
            CREATE INDEX timetable_teacher ON timetable(teacher_id, weekday);
            CREATE TABLE plan_item (
                class_id INTEGER NOT NULL REFERENCES class(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                seq INTEGER NOT NULL,
                topic TEXT NOT NULL,
                hours INTEGER NOT NULL,
                PRIMARY KEY (class_id, subject_id, seq)
            ) WITHOUT ROWID;
            """)
        try createJournalTables(db)
    }

    /// Lessons carry, besides what happened, a summary of their entries kept up to
    /// date by the store (`LessonStats`): counts and first/last entry times per
    /// kind, and how many entries met each built-in deadline rule. The readiness
    /// report then aggregates ~200k lesson rows instead of ~1M entry rows.
    private static func createJournalTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE lesson (
                id INTEGER PRIMARY KEY,
                code TEXT UNIQUE,
                class_id INTEGER NOT NULL REFERENCES class(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                teacher_id INTEGER NOT NULL REFERENCES account(id),
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
                att_ok_end INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX lesson_day ON lesson(day);
            CREATE INDEX lesson_class ON lesson(class_id, day, lesson_number);
            CREATE INDEX lesson_teacher ON lesson(teacher_id, day);
            CREATE INDEX lesson_subject ON lesson(subject_id, day);
            CREATE TABLE mark (
                id INTEGER PRIMARY KEY,
                lesson_id INTEGER NOT NULL REFERENCES lesson(id),
                student_id INTEGER NOT NULL REFERENCES student(id),
                value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
                work_type_id INTEGER NOT NULL REFERENCES work_type(id),
                comment TEXT,
                entered_at INTEGER NOT NULL,
                entered_by INTEGER REFERENCES account(id),
                updated_at INTEGER,
                updated_by INTEGER REFERENCES account(id)
            );
            CREATE INDEX mark_lesson ON mark(lesson_id, student_id);
            CREATE INDEX mark_student ON mark(student_id);
            CREATE TABLE attendance (
                id INTEGER PRIMARY KEY,
                lesson_id INTEGER NOT NULL REFERENCES lesson(id),
                student_id INTEGER NOT NULL REFERENCES student(id),
                code TEXT NOT NULL CHECK (code IN ('н', 'б', 'уп', 'оп')),
                entered_at INTEGER NOT NULL,
                entered_by INTEGER REFERENCES account(id),
                updated_at INTEGER,
                updated_by INTEGER REFERENCES account(id),
                UNIQUE (lesson_id, student_id)
            );
            CREATE INDEX attendance_student ON attendance(student_id);
            CREATE TABLE final_mark (
                id INTEGER PRIMARY KEY,
                student_id INTEGER NOT NULL REFERENCES student(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                period_id INTEGER NOT NULL REFERENCES period(id),
                value TEXT NOT NULL,
                entered_at INTEGER NOT NULL,
                entered_by INTEGER REFERENCES account(id),
                updated_at INTEGER,
                updated_by INTEGER REFERENCES account(id),
                UNIQUE (student_id, subject_id, period_id)
            );
            CREATE TABLE sign_in (
                id INTEGER PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES account(id),
                at INTEGER NOT NULL
            );
            CREATE INDEX sign_in_at ON sign_in(at, account_id);
            CREATE TABLE sign_in_failure (
                id INTEGER PRIMARY KEY,
                login TEXT NOT NULL,
                at INTEGER NOT NULL,
                reason TEXT NOT NULL
            );
            CREATE INDEX sign_in_failure_login ON sign_in_failure(login, at);
            CREATE TABLE login_lock (
                login TEXT PRIMARY KEY,
                failures INTEGER NOT NULL DEFAULT 0,
                locked_until INTEGER
            ) WITHOUT ROWID;
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                actor_id INTEGER REFERENCES account(id),
                action TEXT NOT NULL,
                table_name TEXT NOT NULL,
                row_id INTEGER,
                lesson_id INTEGER,
                student_id INTEGER,
                account_id INTEGER,
                old_value TEXT,
                new_value TEXT,
                prev_hash TEXT,
                hash TEXT
            );
            CREATE INDEX audit_lesson ON audit(lesson_id) WHERE lesson_id IS NOT NULL;
            CREATE INDEX audit_student ON audit(student_id) WHERE student_id IS NOT NULL;
            CREATE INDEX audit_account ON audit(account_id) WHERE account_id IS NOT NULL;
            """)
    }
}
