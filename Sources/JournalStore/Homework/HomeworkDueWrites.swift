import GRDB
import JournalCore

/// How the audit log writes a due lesson: «2024-09-05 урок 3».
enum HomeworkDueText {
    static let column = "homework_due"

    static func text(_ due: DueLesson?) -> String? {
        due.map { "\($0.date.iso) урок \($0.lessonNumber)" }
    }

    static func due(_ row: Row?) -> DueLesson? {
        guard let row, let day = row["homework_due_day"] as SchoolDate? else { return nil }
        return DueLesson(date: day, lessonNumber: row["homework_due_number"] ?? 1)
    }
}

/// What a teacher choosing a due lesson sees: the coming lessons of the
/// subject, the one chosen now, and what else is due in the class that day.
public struct HomeworkDueChoice: Sendable {
    public var lesson: LessonID
    public var current: DueLesson?
    public var choices: [DueLesson]
}

/// A homework due in a class on a day, for the teacher's «what else is due».
public struct DueHomeworkItem: Hashable, Sendable {
    public var subject: String
    /// The group's name for a group's homework, nil for the whole class's.
    public var groupName: String?
    public var text: String
    public var lessonNumber: Int
}

extension AppDatabase {
    /// How many coming lessons the teacher may choose the due lesson from.
    public static let dueChoiceCount = 10

    /// The due lesson of a lesson's homework and the coming lessons it may be
    /// moved to, for a user who may read the lesson.
    public func homeworkDueChoice(for lesson: LessonID, by user: ActingUser) throws -> HomeworkDueChoice {
        try read { db in
            let facts = try LessonFacts.fetch(db, lesson)
            try JournalReadGuard(db: db, user: user).checkMayRead(facts.audience)
            let row = try Row.fetchOne(db, sql: "SELECT homework_due_day, homework_due_number FROM lesson WHERE id = ?", arguments: [lesson])
            return HomeworkDueChoice(lesson: lesson, current: HomeworkDueText.due(row),
                                     choices: try HomeworkDueRule(db: db).upcoming(after: facts, count: Self.dueChoiceCount))
        }
    }

    /// Moves a homework to another coming lesson of its subject (one of
    /// `homeworkDueChoice`'s). Refused when the lesson has no homework yet or
    /// `due` is not a coming lesson of that subject for that class or group.
    public func setHomeworkDue(lesson: LessonID, to due: DueLesson, by user: ActingUser) throws {
        try journalWrite(by: user) { ctx in
            let facts = try ctx.lessonForContent(lesson)
            let row = try Row.fetchOne(ctx.db, sql: """
                SELECT homework, homework_due_day, homework_due_number FROM lesson WHERE id = ?
                """, arguments: [lesson])
            guard (row?["homework"] as String?) != nil else {
                throw JournalError.conflict(Phrase(ru: "у урока нет домашнего задания: сначала впишите его",
                                                       en: "the lesson has no homework: type it first"))
            }
            let old = HomeworkDueText.due(row)
            guard old != due else { return }
            let choices = try HomeworkDueRule(db: ctx.db).upcoming(after: facts, count: Self.dueChoiceCount * 3)
            guard choices.contains(due) else {
                throw JournalError.conflict(Phrase(
                    ru: "\(due.date.russian), \(due.lessonNumber)-й урок — не ближайший урок этого предмета у класса (группы)",
                    en: "\(due.date.russian), lesson \(due.lessonNumber) is not a coming lesson of this subject"))
            }
            try ctx.db.execute(sql: "UPDATE lesson SET homework_due_day = ?, homework_due_number = ? WHERE id = ?",
                               arguments: [due.date, due.lessonNumber, lesson])
            try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: lesson.rawValue, lessonID: lesson,
                                     old: [HomeworkDueText.column: HomeworkDueText.text(old)],
                                     new: [HomeworkDueText.column: HomeworkDueText.text(due)]))
        }
    }

    /// The lesson a lesson's homework is due at and what else its class has
    /// due that day: the line under the homework in the editor, the grid's
    /// status after F4. Nil due without homework.
    public func homeworkDueLoad(of lesson: LessonID, by user: ActingUser) throws -> (due: DueLesson?, others: [DueHomeworkItem]) {
        let due = try read { db in
            HomeworkDueText.due(try Row.fetchOne(db, sql: """
                SELECT homework_due_day, homework_due_number FROM lesson WHERE id = ? AND homework IS NOT NULL
                """, arguments: [lesson]))
        }
        guard let due else { return (nil, []) }
        return (due, try homeworkDueInClass(of: lesson, on: due.date, by: user))
    }

    /// The other homework due on `day` in the class of `lesson` (its class, or
    /// its `part` group's class), so that the teacher sees the load before
    /// adding to it. A mixed group's lesson has no one class: none.
    public func homeworkDueInClass(of lesson: LessonID, on day: SchoolDate, by user: ActingUser) throws -> [DueHomeworkItem] {
        try read { db in
            let facts = try LessonFacts.fetch(db, lesson)
            try JournalReadGuard(db: db, user: user).checkMayRead(facts.audience)
            guard let classID = facts.classID else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT sub.name AS subject, g.name AS group_name, l.homework, l.homework_due_number
                FROM lesson l JOIN subject sub ON sub.id = l.subject_id LEFT JOIN teaching_group g ON g.id = l.group_id
                WHERE l.homework_due_day = ? AND l.class_id = ? AND l.id <> ? AND l.cancelled = 0 AND l.homework IS NOT NULL
                ORDER BY l.homework_due_number, sub.name
                """, arguments: [day, classID, lesson]).map { r in
                DueHomeworkItem(subject: r["subject"], groupName: r["group_name"], text: r["homework"],
                                lessonNumber: r["homework_due_number"] ?? 0)
            }
        }
    }
}
