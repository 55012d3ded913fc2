import GRDB
import JournalCore

/// Where a lesson belongs: what opens its class's or group's grid on its column.
public struct LessonLocation: Hashable, Sendable {
    public var lessonID: LessonID
    public var audience: ClassOrGroup
    public var subjectID: SubjectID
    public var date: SchoolDate
}

/// One lesson with its students on that day: what the lesson editor shows
/// and the roll call writes into.
public struct LessonSheet: Sendable {
    public var lesson: GridLesson
    public var audience: ClassOrGroup
    /// «5А · Английский язык · гр. 1»
    public var label: LessonLabel
    public var subjectID: SubjectID
    public var grading: GroupGrading
    public var startsAt: SchoolTime
    public var endsAt: SchoolTime
    /// The lesson's roll on its day (`LessonRoster`), in Russian order.
    public var students: [GridStudent]
    public var attendance: [StudentID: AttendanceCode]
    /// Each student's marks in this lesson, in the order entered.
    public var marks: [StudentID: [MarkValue]]
    /// The lesson its homework is due at; nil without homework.
    public var homeworkDue: DueLesson?
}

extension AppDatabase {
    /// The class, subject and day of a lesson, for a user who may read its class.
    public func lessonLocation(_ lesson: LessonID, by user: ActingUser) throws -> LessonLocation {
        try read { db in
            let facts = try LessonFacts.fetch(db, lesson)
            try JournalReadGuard(db: db, user: user).checkMayRead(facts.audience)
            return LessonLocation(lessonID: lesson, audience: facts.audience, subjectID: facts.subjectID, date: facts.day)
        }
    }

    /// The lesson and its roll, read in one transaction.
    public func lessonSheet(_ lesson: LessonID, by user: ActingUser) throws -> LessonSheet {
        try read { db in
            let facts = try LessonFacts.fetch(db, lesson)
            try JournalReadGuard(db: db, user: user).checkMayRead(facts.audience)
            return try LessonSheetReader(db: db).read(facts)
        }
    }

    /// A class's or a group's marking periods in order (its quarters, or
    /// half-years for grades 10–11; see `MarkingPeriods`, `AudienceFacts.grade`),
    /// then the school year, whose final marks are set too.
    public func markingPeriods(of audience: ClassOrGroup) throws -> [PeriodInfo] {
        try read { db in try PeriodQueries.marking(db, audience, among: PeriodQueries.all(db)) }
    }

    /// The marking periods of `audience` in the academic year `year`
    /// («2024/2025»), as `markingPeriods(of:)` orders them; empty for a year
    /// the database does not hold.
    public func markingPeriods(of audience: ClassOrGroup, inYear year: String) throws -> [PeriodInfo] {
        try read { db in try PeriodQueries.marking(db, audience, among: PeriodQueries.all(db, inYear: year)) }
    }
}

extension PeriodQueries {
    static func marking(_ db: Database, _ audience: ClassOrGroup, among all: [PeriodInfo]) throws -> [PeriodInfo] {
        let grade = try AudienceFacts.fetch(db, audience).grade(db)
        let kind = MarkingPeriods.kind(forGrade: grade, available: Set(all.map(\.period.kind)))
        return all.filter { $0.period.kind == kind } + all.filter { $0.period.kind == .year }
    }
}

struct LessonSheetReader {
    let db: Database

    func read(_ facts: LessonFacts) throws -> LessonSheet {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT l.id, l.day, l.lesson_number, l.teacher_id, a.full_name, l.topic, l.homework, l.held_at, l.comment,
                   l.cancelled, l.substitute_for, r.full_name AS replaced_name, l.starts_at, l.ends_at, s.name AS subject_name,
                   l.homework_due_day, l.homework_due_number
            FROM lesson l JOIN account a ON a.id = l.teacher_id LEFT JOIN account r ON r.id = l.substitute_for
                JOIN subject s ON s.id = l.subject_id
            WHERE l.id = ?
            """, arguments: [facts.id]) else {
            throw JournalError.notFound(Phrase(ru: "урок", en: "lesson"))
        }
        let owner = try AudienceFacts.fetch(db, facts.audience)
        var sheet = LessonSheet(lesson: GridLesson(row: row), audience: facts.audience,
                                label: LessonLabel(className: owner.className, subjectName: row["subject_name"], groupName: owner.groupName),
                                subjectID: facts.subjectID, grading: facts.grading, startsAt: row["starts_at"], endsAt: row["ends_at"],
                                students: try LessonRoster.students(db, facts.audience, from: facts.day, to: facts.day),
                                attendance: [:], marks: [:], homeworkDue: HomeworkDueText.due(row))
        for r in try Row.fetchAll(db, sql: "SELECT student_id, code FROM attendance WHERE lesson_id = ?", arguments: [facts.id]) {
            sheet.attendance[r["student_id"]] = AttendanceCode(rawValue: r["code"])
        }
        for r in try Row.fetchAll(db, sql: """
            SELECT student_id, value FROM mark WHERE lesson_id = ? ORDER BY entered_at, id
            """, arguments: [facts.id]) {
            if let value = try? MarkValue(r["value"] as Int) { sheet.marks[r["student_id"], default: []].append(value) }
        }
        return sheet
    }
}
