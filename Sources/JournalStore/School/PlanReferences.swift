import GRDB
import JournalCore

/// What a day already holds, for the warning before it becomes a holiday or a
/// closed day: the lessons it has and what was entered in them.
public struct DayEntries: Hashable, Sendable {
    /// Lessons of the day, not cancelled.
    public var lessons = 0
    /// Of those, lessons with anything entered (marks, attendance, "held", a comment).
    public var lessonsWithEntries = 0
    public var marks = 0
    public var attendance = 0

    public var isEmpty: Bool { lessonsWithEntries == 0 }
}

extension AppDatabase {
    /// The lessons of `date` (for one class when `classCode` is given) and the
    /// entries in them.
    public func dayEntries(_ date: SchoolDate, classCode: String? = nil) throws -> DayEntries {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*),
                       sum((SELECT count(*) FROM mark m WHERE m.lesson_id = l.id)),
                       sum((SELECT count(*) FROM attendance a WHERE a.lesson_id = l.id)),
                       sum(l.held_at IS NOT NULL OR l.comment IS NOT NULL
                           OR EXISTS (SELECT 1 FROM mark m WHERE m.lesson_id = l.id)
                           OR EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id))
                FROM lesson l
                WHERE l.day = ? AND l.cancelled = 0
                  AND (?2 IS NULL OR l.class_id = (SELECT id FROM class WHERE code = ?2))
                """, arguments: [date, classCode])
            return DayEntries(lessons: row?[0] ?? 0, lessonsWithEntries: row?[3] ?? 0, marks: row?[1] ?? 0, attendance: row?[2] ?? 0)
        }
    }

    /// The КТП unit the command line names by bundle ids: a class, or a group
    /// (with its class when it is a `part` group), and a subject.
    public func planUnit(classCode: String?, groupCode: String?, subjectCode: String) throws -> PlanUnit {
        try read { db in
            guard let subject = try SubjectID.fetchOne(db, sql: "SELECT id FROM subject WHERE code = ?", arguments: [subjectCode]) else {
                throw JournalError.notFound(Phrase(ru: "предмет «\(subjectCode)»", en: "subject \"\(subjectCode)\""))
            }
            let classID = try classCode.map { code in
                guard let id = try ClassID.fetchOne(db, sql: "SELECT id FROM class WHERE code = ?", arguments: [code]) else {
                    throw JournalError.notFound(Phrase(ru: "класс «\(code)»", en: "class \"\(code)\""))
                }
                return id
            }
            if let groupCode {
                guard let row = try Row.fetchOne(db, sql: "SELECT id, class_id FROM teaching_group WHERE code = ?", arguments: [groupCode]) else {
                    throw JournalError.notFound(Phrase(ru: "группа «\(groupCode)»", en: "group \"\(groupCode)\""))
                }
                let groupClass: ClassID? = row["class_id"]
                if let classID, groupClass != classID {
                    throw JournalError.other(Phrase(ru: "группа «\(groupCode)» не из класса «\(classCode ?? "")»",
                                                    en: "group \"\(groupCode)\" is not of class \"\(classCode ?? "")\""))
                }
                return PlanUnit(.group(row["id"]), subject: subject)
            }
            guard let classID else {
                throw JournalError.emptyValue(field: Phrase(ru: "класс (--class) или группа (--group)", en: "class (--class) or group (--group)"))
            }
            return PlanUnit(.wholeClass(classID), subject: subject)
        }
    }
}
