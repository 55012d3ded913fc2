import GRDB
import JournalCore

/// One of a teacher's lessons on their today screen, with what is done.
public struct TodayLesson: Hashable, Sendable {
    public var id: LessonID
    public var date: SchoolDate
    public var lessonNumber: Int
    public var startsAt: SchoolTime
    public var endsAt: SchoolTime
    public var classID: ClassID
    public var className: String
    public var subjectID: SubjectID
    public var subjectName: String
    public var room: String?
    public var hasTopic: Bool
    public var hasHomework: Bool
    public var attendanceCount: Int
    public var markCount: Int
    public var held: Bool
    public var hasComment: Bool
    public var cancelled: Bool
    /// Covering for the scheduled teacher.
    public var isSubstitution: Bool
    /// The end of the class's last lesson that day (not cancelled); the
    /// `afterDayEnd` deadline counts from it. Nil when all were cancelled.
    public var dayEnd: SchoolTime?

    /// Nothing at all entered: no mark, no attendance, not marked held.
    public var nothingEntered: Bool { markCount == 0 && attendanceCount == 0 && !held }
}

/// A class and subject a teacher teaches ("Мои классы").
public struct TeachingAssignment: Hashable, Sendable {
    public var classID: ClassID
    public var className: String
    public var grade: Int
    public var subjectID: SubjectID
    public var subjectName: String
    /// Only through substitutions, not in the teacher's own timetable.
    public var substitutionOnly: Bool
}

extension AppDatabase {
    /// The lessons `user` teaches (or covers) on `date`, in bell order. Creates the
    /// day's lessons from the timetable first if nobody has yet. Lessons the
    /// school calendar took away (a holiday, a closed class) are not there: the
    /// day has none; a lesson cancelled for any other reason shows, cancelled.
    public func lessons(of user: ActingUser, on date: SchoolDate) throws -> [TodayLesson] {
        try materializeLessons(through: date)
        return try read { db in
            try Row.fetchAll(db, sql: TodayLessonSQL.select + """
                WHERE l.teacher_id = ? AND l.day = ?
                  AND NOT (l.cancelled <> 0 AND ifnull(l.cancel_reason, '') LIKE ? || '%')
                ORDER BY l.lesson_number, c.grade, c.name
                """, arguments: [user.accountID, date, CalendarCancellation.prefix]).map(todayLesson)
        }
    }

    /// Every class and subject `user` teaches by the timetable or has covered
    /// this academic year, by grade and class name.
    public func teachingAssignments(of user: ActingUser) throws -> [TeachingAssignment] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id AS class_id, c.name AS class_name, c.grade, s.id AS subject_id, s.name AS subject_name,
                       min(src) AS src
                FROM (SELECT class_id, subject_id, 0 AS src FROM timetable WHERE teacher_id = ?1
                      UNION ALL SELECT class_id, subject_id, 1 FROM lesson WHERE teacher_id = ?1) x
                JOIN class c ON c.id = x.class_id JOIN subject s ON s.id = x.subject_id
                GROUP BY c.id, s.id
                ORDER BY c.grade, c.name, s.name
                """, arguments: [user.accountID]).map { r in
                TeachingAssignment(classID: r["class_id"], className: r["class_name"], grade: r["grade"],
                                   subjectID: r["subject_id"], subjectName: r["subject_name"], substitutionOnly: r["src"] == 1)
            }
        }
    }

    private func todayLesson(_ r: Row) -> TodayLesson {
        TodayLesson(id: r["id"], date: r["day"], lessonNumber: r["lesson_number"], startsAt: r["starts_at"], endsAt: r["ends_at"],
                    classID: r["class_id"], className: r["class_name"], subjectID: r["subject_id"],
                    subjectName: r["subject_name"], room: r["room"], hasTopic: r["has_topic"], hasHomework: r["has_homework"],
                    attendanceCount: r["att_n"], markCount: r["mark_n"], held: r["held"], hasComment: r["has_comment"],
                    cancelled: r["cancelled"], isSubstitution: r["substitution"], dayEnd: r["day_end"])
    }
}

/// The columns of a `TodayLesson`, from `lesson l` with its class and subject.
private enum TodayLessonSQL {
    static let select = """
        SELECT l.id, l.day, l.lesson_number, l.starts_at, l.ends_at, l.class_id, c.name AS class_name,
               l.subject_id, s.name AS subject_name, l.topic IS NOT NULL AS has_topic,
               l.homework IS NOT NULL AS has_homework, l.att_n, l.mic_n + l.moc_n AS mark_n,
               l.held_at IS NOT NULL AS held, l.comment IS NOT NULL AS has_comment, l.cancelled, l.day_end,
               (SELECT t.room FROM timetable t WHERE t.class_id = l.class_id AND t.lesson_number = l.lesson_number
                    AND t.weekday = ((l.day + 3) % 7) + 1 AND t.valid_from <= l.day
                    AND (t.valid_to IS NULL OR t.valid_to >= l.day) LIMIT 1) AS room,
               NOT EXISTS (SELECT 1 FROM timetable t WHERE t.class_id = l.class_id AND t.subject_id = l.subject_id
                    AND t.teacher_id = l.teacher_id AND t.lesson_number = l.lesson_number
                    AND t.weekday = ((l.day + 3) % 7) + 1 AND t.valid_from <= l.day
                    AND (t.valid_to IS NULL OR t.valid_to >= l.day)) AS substitution
        FROM lesson l JOIN class c ON c.id = l.class_id JOIN subject s ON s.id = l.subject_id

        """
}
