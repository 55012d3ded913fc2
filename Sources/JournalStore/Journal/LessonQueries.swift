import GRDB
import JournalCore

/// Where a lesson belongs: what opens its class grid on its column.
public struct LessonLocation: Hashable, Sendable {
    public var lessonID: LessonID
    public var classID: ClassID
    public var subjectID: SubjectID
    public var date: SchoolDate
}

/// One lesson with its class's students on that day: what the lesson editor
/// shows and the roll call writes into.
public struct LessonSheet: Sendable {
    public var lesson: GridLesson
    public var classID: ClassID
    public var className: String
    public var subjectID: SubjectID
    public var subjectName: String
    public var startsAt: SchoolTime
    public var endsAt: SchoolTime
    /// Students enrolled in the class on the lesson's day, in Russian order.
    public var students: [GridStudent]
    public var attendance: [StudentID: AttendanceCode]
    /// Each student's marks in this lesson, in the order entered.
    public var marks: [StudentID: [MarkValue]]
}

extension AppDatabase {
    /// The class, subject and day of a lesson, for a user who may read its class.
    public func lessonLocation(_ lesson: LessonID, by user: ActingUser) throws -> LessonLocation {
        try read { db in
            let facts = try LessonFacts.fetch(db, lesson)
            try JournalReadGuard(db: db, user: user).checkMayRead(class: facts.classID)
            return LessonLocation(lessonID: lesson, classID: facts.classID, subjectID: facts.subjectID, date: facts.day)
        }
    }

    /// The lesson and its roll, read in one transaction.
    public func lessonSheet(_ lesson: LessonID, by user: ActingUser) throws -> LessonSheet {
        try read { db in
            let facts = try LessonFacts.fetch(db, lesson)
            try JournalReadGuard(db: db, user: user).checkMayRead(class: facts.classID)
            return try LessonSheetReader(db: db).read(facts)
        }
    }

    /// A class's marking periods in order (its quarters, or half-years for
    /// grades 10–11; see `MarkingPeriods`), then the school year, whose final
    /// marks are set too.
    public func markingPeriods(of classID: ClassID) throws -> [PeriodInfo] {
        try read { db in
            guard let grade = try Int.fetchOne(db, sql: "SELECT grade FROM class WHERE id = ?", arguments: [classID]) else {
                throw JournalError.notFound(Phrase(ru: "класс", en: "class"))
            }
            let all = try PeriodQueries.all(db)
            let kind = MarkingPeriods.kind(forGrade: grade, available: Set(all.map(\.period.kind)))
            return all.filter { $0.period.kind == kind } + all.filter { $0.period.kind == .year }
        }
    }
}

struct LessonSheetReader {
    let db: Database

    func read(_ facts: LessonFacts) throws -> LessonSheet {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT l.id, l.day, l.lesson_number, l.teacher_id, a.full_name, l.topic, l.homework, l.held_at, l.comment,
                   l.cancelled, l.starts_at, l.ends_at, c.name AS class_name, s.name AS subject_name
            FROM lesson l JOIN account a ON a.id = l.teacher_id JOIN class c ON c.id = l.class_id
                JOIN subject s ON s.id = l.subject_id
            WHERE l.id = ?
            """, arguments: [facts.id]) else {
            throw JournalError.notFound(Phrase(ru: "урок", en: "lesson"))
        }
        let lesson = GridLesson(id: row["id"], date: row["day"], lessonNumber: row["lesson_number"], teacherID: row["teacher_id"],
                                teacherName: row["full_name"], topic: row["topic"], homework: row["homework"],
                                heldAt: row["held_at"], comment: row["comment"], cancelled: row["cancelled"])
        let students = try ClassGridReader.students(db, facts.classID, from: facts.day, to: facts.day)
        var sheet = LessonSheet(lesson: lesson, classID: facts.classID, className: row["class_name"], subjectID: facts.subjectID,
                                subjectName: row["subject_name"], startsAt: row["starts_at"], endsAt: row["ends_at"],
                                students: students, attendance: [:], marks: [:])
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
