import GRDB

/// Migration "v10 homework due": the lesson a homework is due at. It is kept
/// as a day and a lesson number of the same class or group and subject, not
/// as a lesson id, because the lessons of the coming days do not exist yet
/// (they are made from the timetable as the days come, `LessonMaterializer`);
/// the lesson made later in that slot is the one the homework is due at.
///
/// The homework already in the journal gets its default due lesson here, at
/// once (`HomeworkDueFill`), so that every reader can count on the column.
enum HomeworkDueSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE lesson ADD COLUMN homework_due_day INTEGER;
            ALTER TABLE lesson ADD COLUMN homework_due_number INTEGER;
            -- The diary's week, the teacher's «what else is due that day» and the
            -- deputy's load table all look homework up by the day it is due.
            CREATE INDEX lesson_homework_due ON lesson(homework_due_day, class_id, group_id)
                WHERE homework_due_day IS NOT NULL;
            """)
        try HomeworkDueFill(db: db).run()
    }
}
