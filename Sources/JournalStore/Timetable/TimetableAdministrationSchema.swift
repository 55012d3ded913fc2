import GRDB

/// The deputy's timetable and day of substitutions (issue 13): the teachers
/// marked absent for a day, and the indexes the timetable by room and the
/// day's lessons by number need.
enum TimetableAdministrationSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE teacher_absence (
                id INTEGER PRIMARY KEY,
                teacher_id INTEGER NOT NULL REFERENCES account(id),
                day INTEGER NOT NULL,
                note TEXT
            );
            CREATE UNIQUE INDEX teacher_absence_key ON teacher_absence(day, teacher_id);
            CREATE INDEX timetable_room ON timetable(room, weekday) WHERE room IS NOT NULL;
            CREATE INDEX timetable_slot ON timetable(weekday, lesson_number);
            CREATE INDEX lesson_day_number ON lesson(day, lesson_number);
            """)
    }
}
