import GRDB
import JournalCore

/// Everything the class grid shows for one class, subject and period, read in
/// one transaction so that it is consistent.
public struct ClassGridData: Sendable {
    public var classID: ClassID
    public var className: String
    public var subjectID: SubjectID
    public var subjectName: String
    public var period: PeriodInfo
    public var students: [GridStudent]
    public var lessons: [GridLesson]
    public var marks: [GridCell: [GridMark]]
    public var attendance: [GridCell: AttendanceCode]
    public var finalMarks: [StudentID: FinalMarkValue]
    public var workTypes: [String: WorkType]

    /// The weighted average of a student's marks over the grid's lessons.
    public func average(of student: StudentID) -> WeightedAverage {
        var average = WeightedAverage()
        for lesson in lessons where !lesson.cancelled {
            for mark in marks[GridCell(lesson: lesson.id, student: student)] ?? [] {
                average.add(mark.value, weight: workTypes[mark.workTypeCode]?.weight ?? .one)
            }
        }
        return average
    }
}

public struct GridCell: Hashable, Sendable {
    public var lesson: LessonID
    public var student: StudentID

    public init(lesson: LessonID, student: StudentID) {
        self.lesson = lesson
        self.student = student
    }
}

public struct GridStudent: Hashable, Sendable {
    public var id: StudentID
    public var fullName: String
    public var enrolledFrom: SchoolDate
    public var enrolledTo: SchoolDate?

    public func isEnrolled(on date: SchoolDate) -> Bool {
        enrolledFrom <= date && (enrolledTo.map { date <= $0 } ?? true)
    }
}

public struct GridLesson: Hashable, Sendable {
    public var id: LessonID
    public var date: SchoolDate
    public var lessonNumber: Int
    public var teacherID: AccountID
    public var teacherName: String
    public var topic: String?
    public var homework: String?
    public var heldAt: SchoolTime?
    public var comment: String?
    public var cancelled: Bool
}

public struct GridMark: Hashable, Sendable {
    public var id: MarkID
    public var value: MarkValue
    public var workTypeCode: String
    public var comment: String?
    public var enteredAt: SchoolTime
    public var enteredBy: String?
}

public struct PeriodInfo: Hashable, Sendable {
    public var id: PeriodID
    public var period: Period
}

extension AppDatabase {
    /// The grid of a class's subject in a period, for a user who may read it.
    public func classGrid(class classID: ClassID, subject subjectID: SubjectID, period periodID: PeriodID,
                          by user: ActingUser) throws -> ClassGridData {
        try read { db in
            try JournalReadGuard(db: db, user: user).checkMayRead(class: classID)
            return try ClassGridReader(db: db).read(classID: classID, subjectID: subjectID, periodID: periodID)
        }
    }
}

struct ClassGridReader {
    let db: Database

    func read(classID: ClassID, subjectID: SubjectID, periodID: PeriodID) throws -> ClassGridData {
        guard let period = try PeriodQueries.period(db, periodID) else {
            throw JournalError.notFound(Phrase(ru: "период", en: "period"))
        }
        guard let names = try Row.fetchOne(db, sql: """
            SELECT c.name AS class_name, s.name AS subject_name FROM class c, subject s WHERE c.id = ? AND s.id = ?
            """, arguments: [classID, subjectID]) else {
            throw JournalError.notFound(Phrase(ru: "класс или предмет", en: "class or subject"))
        }
        let lessons = try readLessons(classID, subjectID, period.period)
        let students = try Self.students(db, classID, from: period.period.start, to: period.period.end)
        var grid = ClassGridData(
            classID: classID, className: names["class_name"], subjectID: subjectID, subjectName: names["subject_name"],
            period: period, students: students, lessons: lessons, marks: [:],
            attendance: [:], finalMarks: [:], workTypes: try WorkTypeQueries.all(db))
        try readEntries(into: &grid, classID, subjectID, period.period)
        for row in try Row.fetchAll(db, sql: """
            SELECT f.student_id, f.value FROM final_mark f
            WHERE f.subject_id = ? AND f.period_id = ? AND EXISTS (
                SELECT 1 FROM enrollment e WHERE e.student_id = f.student_id AND e.class_id = ?
                  AND \(ClassHistorySQL.overlaps("e", from: "?", to: "?")))
            """, arguments: [subjectID, periodID, classID, period.period.end, period.period.start]) {
            grid.finalMarks[row["student_id"]] = try? FinalMarkValue(parsing: row["value"])
        }
        return grid
    }

    /// Students whose stays in the class overlap `from`...`to`, in
    /// alphabetical order: a period's for the grid, a lesson's day for its roll.
    /// A student with two stays in the class shows from the first's start to
    /// the last's end.
    static func students(_ db: Database, _ classID: ClassID, from: SchoolDate, to: SchoolDate) throws -> [GridStudent] {
        try Row.fetchAll(db, sql: """
            SELECT s.id, s.full_name, min(e.from_day) AS from_day,
                   CASE WHEN count(e.to_day) < count(*) THEN NULL ELSE max(e.to_day) END AS to_day
            FROM enrollment e JOIN student s ON s.id = e.student_id
            WHERE e.class_id = ? AND \(ClassHistorySQL.overlaps("e", from: "?", to: "?"))
            GROUP BY s.id
            """, arguments: [classID, to, from]).map { r in
            GridStudent(id: r["id"], fullName: r["full_name"], enrolledFrom: r["from_day"], enrolledTo: r["to_day"])
        }.sortedByRussianName(\.fullName)
    }

    private func readLessons(_ classID: ClassID, _ subjectID: SubjectID, _ period: Period) throws -> [GridLesson] {
        try Row.fetchAll(db, sql: """
            SELECT l.id, l.day, l.lesson_number, l.teacher_id, a.full_name, l.topic, l.homework, l.held_at, l.comment, l.cancelled
            FROM lesson l JOIN account a ON a.id = l.teacher_id
            WHERE l.class_id = ? AND l.subject_id = ? AND l.day BETWEEN ? AND ?
            ORDER BY l.day, l.lesson_number, l.id
            """, arguments: [classID, subjectID, period.start, period.end]).map { r in
            GridLesson(id: r["id"], date: r["day"], lessonNumber: r["lesson_number"], teacherID: r["teacher_id"],
                       teacherName: r["full_name"], topic: r["topic"], homework: r["homework"], heldAt: r["held_at"],
                       comment: r["comment"], cancelled: r["cancelled"])
        }
    }

    private func readEntries(into grid: inout ClassGridData, _ classID: ClassID, _ subjectID: SubjectID, _ period: Period) throws {
        let lessonFilter = "SELECT id FROM lesson WHERE class_id = ? AND subject_id = ? AND day BETWEEN ? AND ?"
        let arguments: StatementArguments = [classID, subjectID, period.start, period.end]
        for r in try Row.fetchAll(db, sql: """
            SELECT m.id, m.lesson_id, m.student_id, m.value, w.code, m.comment, m.entered_at, a.login
            FROM mark m JOIN work_type w ON w.id = m.work_type_id LEFT JOIN account a ON a.id = m.entered_by
            WHERE m.lesson_id IN (\(lessonFilter)) ORDER BY m.entered_at, m.id
            """, arguments: arguments) {
            guard let value = try? MarkValue(r["value"] as Int) else { continue }
            let cell = GridCell(lesson: r["lesson_id"], student: r["student_id"])
            grid.marks[cell, default: []].append(GridMark(id: r["id"], value: value, workTypeCode: r["code"],
                                                          comment: r["comment"], enteredAt: r["entered_at"], enteredBy: r["login"]))
        }
        for r in try Row.fetchAll(db, sql: """
            SELECT lesson_id, student_id, code FROM attendance WHERE lesson_id IN (\(lessonFilter))
            """, arguments: arguments) {
            grid.attendance[GridCell(lesson: r["lesson_id"], student: r["student_id"])] = AttendanceCode(rawValue: r["code"])
        }
    }
}

/// Who may read a class's journal: its teachers, its homeroom teacher and
/// supervisors. Parents and students read only their own, elsewhere.
struct JournalReadGuard {
    let db: Database
    let user: ActingUser

    func checkMayRead(class classID: ClassID) throws {
        let roles = try AccessCheck.account(db, user).roleList
        if Permissions.isSupervisor(roles) { return }
        let facts = try Row.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM timetable WHERE class_id = ?1 AND teacher_id = ?2)
                OR EXISTS (SELECT 1 FROM lesson WHERE class_id = ?1 AND teacher_id = ?2) AS teaches,
                   EXISTS (SELECT 1 FROM class WHERE id = ?1 AND homeroom_id = ?2) AS homeroom
            """, arguments: [classID, user.accountID])
        guard Permissions.mayReadClassJournal(roles: roles, teachesClass: facts?["teaches"] ?? false,
                                              isHomeroom: facts?["homeroom"] ?? false) else {
            throw JournalError.forbidden(Phrase(ru: "журнал этого класса вам недоступен", en: "this class's journal is not yours to read"))
        }
    }
}
