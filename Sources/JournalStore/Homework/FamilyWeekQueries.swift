import GRDB
import JournalCore

extension AppDatabase {
    /// One child's diary week from `monday` (any day of the week will do) to
    /// Saturday, for a user who may read the child's record.
    public func familyWeek(of student: StudentID, week day: SchoolDate, by user: ActingUser) throws -> FamilyWeek {
        try read { db in
            try StudentReadGuard(db: db, user: user).checkMayRead(student)
            return try FamilyWeekReader(db: db, student: student, monday: day.mondayOfWeek).read()
        }
    }

    /// The homework due on `day` for the child, in bell order («что задано на завтра»).
    public func familyHomeworkDue(of student: StudentID, on day: SchoolDate, by user: ActingUser) throws -> [FamilyDueHomework] {
        try read { db in
            try StudentReadGuard(db: db, user: user).checkMayRead(student)
            return try FamilyWeekReader(db: db, student: student, monday: day.mondayOfWeek).homeworkDue(from: day, to: day)
        }
    }
}

/// Reads a diary week: the lessons made (through `LessonRoster.lessonsOf`),
/// the lessons the timetable still owes on the coming days (for the child's
/// class and groups on each day), the homework due, the child's marks and
/// absences. Every query is bounded by the week and the child's own rows.
struct FamilyWeekReader {
    let db: Database
    let student: StudentID
    let monday: SchoolDate

    var saturday: SchoolDate { monday.adding(days: 5) }

    private struct Key: Hashable {
        var day: Int
        var number: Int
        var subject: String
    }

    func read() throws -> FamilyWeek {
        guard let childRow = try Row.fetchOne(db, sql: """
            SELECT s.id, s.full_name, c.name AS class_name FROM student s
            JOIN class c ON c.id = \(ClassHistorySQL.latestClass("s.id")) WHERE s.id = ?
            """, arguments: [student]) else {
            throw JournalError.notFound(Phrase(ru: "ученик", en: "student"))
        }
        var lessons = try madeLessons()
        for owed in try owedLessons() where !lessons.keys.contains(Key(day: owed.day, number: owed.lesson.lessonNumber, subject: owed.lesson.subject)) {
            lessons[Key(day: owed.day, number: owed.lesson.lessonNumber, subject: owed.lesson.subject)] = owed.lesson
        }
        for homework in try dueRows(from: monday, to: saturday) {
            let day = homework.dueDay
            let exact = Key(day: day, number: homework.item.lessonNumber, subject: homework.item.subject)
            let key = lessons.keys.contains(exact) ? exact
                : lessons.keys.filter { $0.day == day && $0.subject == homework.item.subject }.min { $0.number < $1.number } ?? exact
            lessons[key, default: FamilyDayLesson(lessonNumber: key.number, subject: key.subject, topic: nil, cancelled: false,
                                                  homework: [], marks: [], attendance: nil)].homework.append(homework.item)
        }
        let days = (0..<6).map { offset in
            let date = monday.adding(days: offset)
            let list = lessons.filter { $0.key.day == date.dayNumber }
                .sorted { ($0.key.number, $0.key.subject) < ($1.key.number, $1.key.subject) }.map(\.value)
            return FamilyDay(date: date, lessons: list)
        }
        return FamilyWeek(child: FamilyReader.child(childRow), monday: monday, days: days)
    }

    /// The child's lessons made this week, with their marks and absence.
    private func madeLessons() throws -> [Key: FamilyDayLesson] {
        var result: [Key: FamilyDayLesson] = [:]
        var byID: [Int64: Key] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT l.id, l.day, l.lesson_number, sub.name AS subject, l.topic, l.cancelled
            FROM lesson l JOIN subject sub ON sub.id = l.subject_id
            WHERE l.id IN (\(LessonRoster.lessonsOf("?1", from: "?2", to: "?3")))
            """, arguments: [student, monday, saturday]) {
            let key = Key(day: r["day"], number: r["lesson_number"], subject: r["subject"])
            // Two lessons of one slot (a cancelled one and its replacement): the one held shows.
            if let old = result[key], !old.cancelled { continue }
            result[key] = FamilyDayLesson(lessonNumber: key.number, subject: key.subject, topic: r["topic"],
                                          cancelled: r["cancelled"], homework: [], marks: [], attendance: nil)
            byID[r["id"]] = key
        }
        for r in try Row.fetchAll(db, sql: """
            SELECT m.lesson_id, m.value FROM mark m JOIN lesson l ON l.id = m.lesson_id
            WHERE m.student_id = ? AND l.day BETWEEN ? AND ? ORDER BY m.entered_at, m.id
            """, arguments: [student, monday, saturday]) {
            guard let key = byID[r["lesson_id"]], let value = try? MarkValue(r["value"] as Int) else { continue }
            result[key]?.marks.append(value)
        }
        for r in try Row.fetchAll(db, sql: """
            SELECT a.lesson_id, a.code FROM attendance a JOIN lesson l ON l.id = a.lesson_id
            WHERE a.student_id = ? AND l.day BETWEEN ? AND ?
            """, arguments: [student, monday, saturday]) {
            guard let key = byID[r["lesson_id"]] else { continue }
            result[key]?.attendance = AttendanceCode(rawValue: r["code"])
        }
        return result
    }

    /// The lessons the timetable owes the child on the days of the week not
    /// made yet: the coming days of a paper diary's timetable.
    private func owedLessons() throws -> [(day: Int, lesson: FamilyDayLesson)] {
        guard let terms = try TeachingTerms.fetch(db) else { return [] }
        let made = try LessonMaterializer.materializedThrough(db) ?? Int.min
        let from = SchoolDate(dayNumber: max(monday.dayNumber, made + 1))
        guard from <= saturday else { return [] }
        var arguments = OwedLessonsSQL.arguments(from: from, to: saturday, terms: terms)
        arguments["student"] = student
        let rows = """
            t.class_id IN (SELECT e.class_id FROM enrollment e WHERE e.student_id = :student)
            AND t.group_id IS NULL OR t.group_id IN (SELECT gm.group_id FROM group_member gm WHERE gm.student_id = :student)
            """
        return try Row.fetchAll(db, sql: OwedLessonsSQL.with(missingOnly: true, rows: rows) + """
            SELECT o.day, o.lesson_number, sub.name AS subject FROM owed o JOIN subject sub ON sub.id = o.subject_id
            WHERE CASE WHEN o.group_id IS NULL
                THEN EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = :student AND e.class_id = o.class_id
                             AND \(ClassHistorySQL.covers("e", "o.day")))
                ELSE EXISTS (SELECT 1 FROM group_member gm WHERE gm.student_id = :student AND gm.group_id = o.group_id
                             AND \(ClassHistorySQL.covers("gm", "o.day"))) END
            """, arguments: StatementArguments(arguments)).map { r in
            (r["day"], FamilyDayLesson(lessonNumber: r["lesson_number"], subject: r["subject"], topic: nil, cancelled: false,
                                       homework: [], marks: [], attendance: nil))
        }
    }

    /// The homework due from `from` through `to` that was set at a lesson on
    /// the child's roll: their class's while they were in it, their groups'
    /// while they were members. Looked up by due day in the child's classes
    /// and groups, then checked against the roll of the lesson that set it.
    func homeworkDue(from: SchoolDate, to: SchoolDate) throws -> [FamilyDueHomework] {
        try dueRows(from: from, to: to).map(\.item)
    }

    private func dueRows(from: SchoolDate, to: SchoolDate) throws -> [(dueDay: Int, item: FamilyDueHomework)] {
        try Row.fetchAll(db, sql: """
            SELECT l.day, l.homework, l.homework_due_day, l.homework_due_number, sub.name AS subject
            FROM lesson l JOIN subject sub ON sub.id = l.subject_id
            WHERE l.homework_due_day BETWEEN ?2 AND ?3 AND l.cancelled = 0 AND l.homework IS NOT NULL
              AND (l.class_id IN (SELECT e.class_id FROM enrollment e WHERE e.student_id = ?1) AND l.group_id IS NULL
                   OR l.group_id IN (SELECT gm.group_id FROM group_member gm WHERE gm.student_id = ?1))
              AND \(LessonRoster.onRoll("?1", lesson: "l"))
            ORDER BY l.homework_due_day, l.homework_due_number, sub.name
            """, arguments: [student, from, to]).map { r in
            (r["homework_due_day"], FamilyDueHomework(subject: r["subject"], text: r["homework"], setOn: r["day"],
                                                      lessonNumber: r["homework_due_number"] ?? 0))
        }
    }
}
