import GRDB
import JournalCore

/// Everything the grid shows for one class or group, subject and period, read
/// in one transaction so that it is consistent.
public struct ClassGridData: Sendable {
    /// The whole class, or the group whose members are the rows.
    public var audience: ClassOrGroup
    /// «5А · Английский язык · гр. 1»
    public var label: LessonLabel
    public var subjectID: SubjectID
    /// How the group is assessed; a whole class gets marks.
    public var grading: GroupGrading
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

/// A row of the grid or the roll: a student with their stays in the class (or
/// memberships of the group) that overlap the grid's dates, earliest first.
/// A student who left and came back has two, and the days between are closed.
public struct GridStudent: Hashable, Sendable {
    public var id: StudentID
    public var fullName: String
    public var spans: [DaySpan]

    public init(id: StudentID, fullName: String, spans: [DaySpan]) {
        self.id = id
        self.fullName = fullName
        self.spans = spans
    }

    public func isEnrolled(on date: SchoolDate) -> Bool {
        spans.contains { $0.contains(date) }
    }

    /// The last day of the latest stay; nil while it goes on.
    public var enrolledTo: SchoolDate? { spans.last?.to }

    /// The stay that ended last before `date`, and the one that begins first
    /// after it: what a closed cell is explained by.
    public func stays(around date: SchoolDate) -> (before: DaySpan?, after: DaySpan?) {
        (spans.last { $0.to.map { $0 < date } ?? false }, spans.first { $0.from > date })
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
    /// The scheduled teacher whom `teacherID` replaced (замена); they may read it.
    public var substituteFor: AccountID?
    public var substituteForName: String?
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
    /// «2025/2026»: the academic year the period belongs to.
    public var academicYear: String = ""
}

extension AppDatabase {
    /// The grid of a class's or a group's subject in a period, for a user who may read it.
    public func classGrid(_ audience: ClassOrGroup, subject subjectID: SubjectID, period periodID: PeriodID,
                          by user: ActingUser) throws -> ClassGridData {
        try read { db in
            try JournalReadGuard(db: db, user: user).checkMayRead(audience)
            return try ClassGridReader(db: db).read(audience, subjectID: subjectID, periodID: periodID)
        }
    }
}

struct ClassGridReader {
    let db: Database

    func read(_ audience: ClassOrGroup, subjectID: SubjectID, periodID: PeriodID) throws -> ClassGridData {
        guard let period = try PeriodQueries.period(db, periodID) else {
            throw JournalError.notFound(Phrase(ru: "период", en: "period"))
        }
        let facts = try AudienceFacts.fetch(db, audience)
        guard let subjectName = try String.fetchOne(db, sql: "SELECT name FROM subject WHERE id = ?", arguments: [subjectID]) else {
            throw JournalError.notFound(Phrase(ru: "предмет", en: "subject"))
        }
        let source = LessonRoster.source(audience)
        let lessonFilter = "\(Self.lessonCondition(audience)) AND l.subject_id = ? AND l.day BETWEEN ? AND ?"
        let arguments: StatementArguments = [source.id, subjectID, period.period.start, period.period.end]
        var grid = ClassGridData(
            audience: audience, label: LessonLabel(className: facts.className, subjectName: subjectName, groupName: facts.groupName),
            subjectID: subjectID, grading: facts.grading, period: period,
            students: try LessonRoster.students(db, audience, from: period.period.start, to: period.period.end),
            lessons: try readLessons(lessonFilter, arguments), marks: [:], attendance: [:], finalMarks: [:],
            workTypes: try WorkTypeQueries.all(db))
        try readEntries(into: &grid, lessonFilter, arguments)
        for row in try Row.fetchAll(db, sql: """
            SELECT f.student_id, f.value FROM final_mark f
            WHERE f.subject_id = ? AND f.period_id = ? AND f.student_id IN (
                SELECT m.student_id FROM \(source.table) m
                WHERE m.\(source.owner) = ? AND \(ClassHistorySQL.overlaps("m", from: "?", to: "?")))
            """, arguments: [subjectID, periodID, source.id, period.period.end, period.period.start]) {
            grid.finalMarks[row["student_id"]] = try? FinalMarkValue(parsing: row["value"])
        }
        return grid
    }

    /// The lessons `l` of a class (its whole-class lessons, not its groups') or
    /// of a group, with the class's or group's id as the first parameter.
    static func lessonCondition(_ audience: ClassOrGroup) -> String {
        switch audience {
        case .wholeClass: "l.class_id = ? AND l.group_id IS NULL"
        case .group: "l.group_id = ?"
        }
    }

    private func readLessons(_ filter: String, _ arguments: StatementArguments) throws -> [GridLesson] {
        try Row.fetchAll(db, sql: """
            SELECT l.id, l.day, l.lesson_number, l.teacher_id, a.full_name, l.topic, l.homework, l.held_at, l.comment,
                   l.cancelled, l.substitute_for, r.full_name AS replaced_name
            FROM lesson l JOIN account a ON a.id = l.teacher_id LEFT JOIN account r ON r.id = l.substitute_for
            WHERE \(filter)
            ORDER BY l.day, l.lesson_number, l.id
            """, arguments: arguments).map(GridLesson.init(row:))
    }

    private func readEntries(into grid: inout ClassGridData, _ filter: String, _ arguments: StatementArguments) throws {
        let lessonIDs = "SELECT l.id FROM lesson l WHERE \(filter)"
        for r in try Row.fetchAll(db, sql: """
            SELECT m.id, m.lesson_id, m.student_id, m.value, w.code, m.comment, m.entered_at, a.login
            FROM mark m JOIN work_type w ON w.id = m.work_type_id LEFT JOIN account a ON a.id = m.entered_by
            WHERE m.lesson_id IN (\(lessonIDs)) ORDER BY m.entered_at, m.id
            """, arguments: arguments) {
            guard let value = try? MarkValue(r["value"] as Int) else { continue }
            let cell = GridCell(lesson: r["lesson_id"], student: r["student_id"])
            grid.marks[cell, default: []].append(GridMark(id: r["id"], value: value, workTypeCode: r["code"],
                                                          comment: r["comment"], enteredAt: r["entered_at"], enteredBy: r["login"]))
        }
        for r in try Row.fetchAll(db, sql: """
            SELECT lesson_id, student_id, code FROM attendance WHERE lesson_id IN (\(lessonIDs))
            """, arguments: arguments) {
            grid.attendance[GridCell(lesson: r["lesson_id"], student: r["student_id"])] = AttendanceCode(rawValue: r["code"])
        }
    }
}

extension GridLesson {
    /// From a row with the lesson's columns, `full_name` (its teacher) and
    /// `replaced_name` (the teacher a substitute replaced).
    init(row r: Row) {
        self.init(id: r["id"], date: r["day"], lessonNumber: r["lesson_number"], teacherID: r["teacher_id"],
                  teacherName: r["full_name"], topic: r["topic"], homework: r["homework"], heldAt: r["held_at"],
                  comment: r["comment"], cancelled: r["cancelled"], substituteFor: r["substitute_for"],
                  substituteForName: r["replaced_name"])
    }
}

/// Who may read a class's or a group's journal: its teachers (a teacher whom
/// a substitute replaced included), the class's homeroom teacher and
/// supervisors. A group of a class is open to whoever may read the class.
/// Parents and students read only their own, elsewhere.
struct JournalReadGuard {
    let db: Database
    let user: ActingUser

    func checkMayRead(_ audience: ClassOrGroup) throws {
        let roles = try AccessCheck.account(db, user).roleList
        if Permissions.isSupervisor(roles) { return }
        let classID: ClassID?
        var teaches = false
        switch audience {
        case .wholeClass(let id): classID = id
        case .group(let id):
            classID = try AudienceFacts.fetch(db, audience).classID
            teaches = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM timetable WHERE group_id = ?1 AND teacher_id = ?2)
                    OR EXISTS (SELECT 1 FROM lesson WHERE group_id = ?1 AND (teacher_id = ?2 OR substitute_for = ?2))
                """, arguments: [id, user.accountID]) ?? false
        }
        var homeroom = false
        if let classID, !teaches {
            let facts = try Row.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM timetable WHERE class_id = ?1 AND teacher_id = ?2)
                    OR EXISTS (SELECT 1 FROM lesson WHERE class_id = ?1 AND (teacher_id = ?2 OR substitute_for = ?2)) AS teaches,
                       EXISTS (SELECT 1 FROM class WHERE id = ?1 AND homeroom_id = ?2) AS homeroom
                """, arguments: [classID, user.accountID])
            teaches = facts?["teaches"] ?? false
            homeroom = facts?["homeroom"] ?? false
        }
        guard Permissions.mayReadClassJournal(roles: roles, teachesClass: teaches, isHomeroom: homeroom) else {
            throw JournalError.forbidden(Phrase(ru: "журнал этого класса вам недоступен", en: "this class's journal is not yours to read"))
        }
    }
}
