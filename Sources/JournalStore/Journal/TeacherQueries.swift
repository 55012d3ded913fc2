import GRDB
import JournalCore

/// One of a teacher's lessons on their today screen, with what is done.
public struct TodayLesson: Hashable, Sendable {
    public var id: LessonID
    public var date: SchoolDate
    public var lessonNumber: Int
    public var startsAt: SchoolTime
    public var endsAt: SchoolTime
    public var audience: ClassOrGroup
    /// «5А · Английский язык · гр. 1»
    public var label: LessonLabel
    public var subjectID: SubjectID
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

/// A class (or a group) and subject a teacher teaches ("Мои классы").
public struct TeachingAssignment: Hashable, Sendable {
    public var audience: ClassOrGroup
    /// «5А · Английский язык · гр. 1»
    public var label: LessonLabel
    public var subjectID: SubjectID
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
                ORDER BY l.lesson_number, c.grade, c.name, g.name
                """, arguments: [user.accountID, date, CalendarCancellation.prefix]).map(todayLesson)
        }
    }

    /// Every class or group and subject `user` teaches by the timetable or has
    /// covered this academic year: by grade and class name (groups of several
    /// classes last), the whole class before its groups.
    public func teachingAssignments(of user: ActingUser) throws -> [TeachingAssignment] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT x.class_id, x.group_id, c.name AS class_name, gc.name AS group_class_name, g.name AS group_name,
                       s.id AS subject_id, s.name AS subject_name, min(src) AS src
                FROM (SELECT class_id, group_id, subject_id, 0 AS src FROM timetable WHERE teacher_id = ?1
                      UNION ALL SELECT class_id, group_id, subject_id, 1 FROM lesson WHERE teacher_id = ?1
                          AND day >= (SELECT ifnull(min(start_day), 0) FROM current_period)) x
                LEFT JOIN teaching_group g ON g.id = x.group_id
                LEFT JOIN class c ON c.id = x.class_id AND x.group_id IS NULL
                LEFT JOIN class gc ON gc.id = g.class_id
                JOIN subject s ON s.id = x.subject_id
                GROUP BY ifnull(x.group_id, 0), CASE WHEN x.group_id IS NULL THEN x.class_id END, s.id
                ORDER BY coalesce(c.grade, gc.grade) IS NULL, coalesce(c.grade, gc.grade), coalesce(c.name, gc.name),
                         x.group_id IS NOT NULL, s.name, g.name
                """, arguments: [user.accountID]).map { r in
                TeachingAssignment(r, substitutionOnly: r["src"] == 1)
            }
        }
    }

    private func todayLesson(_ r: Row) -> TodayLesson {
        let groupID: GroupID? = r["group_id"]
        return TodayLesson(
                    id: r["id"], date: r["day"], lessonNumber: r["lesson_number"], startsAt: r["starts_at"], endsAt: r["ends_at"],
                    audience: groupID.map(ClassOrGroup.group) ?? .wholeClass(r["class_id"]),
                    label: LessonLabel(className: r["class_name"], subjectName: r["subject_name"], groupName: r["group_name"]),
                    subjectID: r["subject_id"], room: r["room"], hasTopic: r["has_topic"], hasHomework: r["has_homework"],
                    attendanceCount: r["att_n"], markCount: r["mark_n"], held: r["held"], hasComment: r["has_comment"],
                    cancelled: r["cancelled"], isSubstitution: r["substitution"], dayEnd: r["day_end"])
    }
}

/// The columns of a `TodayLesson`, from `lesson l` with its class (a group's
/// class for a `part` group), group and subject. Its room and whether it is a
/// substitution come from the timetable row of the same class or group: a
/// lesson whose teacher is not that row's is covered, as is one that records
/// whom it replaced (`substitute_for`).
private enum TodayLessonSQL {
    /// The weekday whose timetable the lesson's day follows: a worked weekend
    /// day's (`calendar_day` kind `workday`), else its own.
    static let timetableWeekday = """
        ifnull((SELECT cd.weekday FROM calendar_day cd WHERE cd.day = l.day AND cd.class_id IS NULL AND cd.kind = 'workday'),
                          ((l.day + 3) % 7) + 1)
        """

    static let select = """
        SELECT l.id, l.day, l.lesson_number, l.starts_at, l.ends_at, l.class_id, l.group_id, c.name AS class_name,
               g.name AS group_name, l.subject_id, s.name AS subject_name, l.topic IS NOT NULL AS has_topic,
               l.homework IS NOT NULL AS has_homework, l.att_n, l.mic_n + l.moc_n AS mark_n,
               l.held_at IS NOT NULL AS held, l.comment IS NOT NULL AS has_comment, l.cancelled, l.day_end,
               (SELECT t.room FROM timetable t WHERE t.class_id IS l.class_id AND t.group_id IS l.group_id
                    AND t.lesson_number = l.lesson_number
                    AND t.weekday = \(timetableWeekday) AND t.valid_from <= l.day
                    AND (t.valid_to IS NULL OR t.valid_to >= l.day) LIMIT 1) AS room,
               l.substitute_for IS NOT NULL OR NOT EXISTS (
                    SELECT 1 FROM timetable t WHERE t.class_id IS l.class_id AND t.group_id IS l.group_id
                    AND t.subject_id = l.subject_id AND t.teacher_id = l.teacher_id AND t.lesson_number = l.lesson_number
                    AND t.weekday = \(timetableWeekday) AND t.valid_from <= l.day
                    AND (t.valid_to IS NULL OR t.valid_to >= l.day)) AS substitution
        FROM lesson l LEFT JOIN teaching_group g ON g.id = l.group_id LEFT JOIN class c ON c.id = ifnull(l.class_id, g.class_id)
            JOIN subject s ON s.id = l.subject_id

        """
}

extension TeachingAssignment {
    /// A row of the assignment queries: the class or group, its names and the subject.
    init(_ r: Row, substitutionOnly: Bool) {
        let groupID: GroupID? = r["group_id"]
        self.init(audience: groupID.map(ClassOrGroup.group) ?? .wholeClass(r["class_id"]),
                  label: LessonLabel(className: r["class_name"] ?? r["group_class_name"], subjectName: r["subject_name"],
                                     groupName: r["group_name"]),
                  subjectID: r["subject_id"], substitutionOnly: substitutionOnly)
    }
}
