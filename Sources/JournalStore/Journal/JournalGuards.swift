import GRDB
import JournalCore

/// The checks every journal write makes before it changes anything.
extension WriteContext {
    /// The lesson, if this user may write its content and it can still change.
    func lessonForContent(_ id: LessonID) throws -> LessonFacts {
        let lesson = try LessonFacts.fetch(db, id)
        guard Permissions.mayWriteLesson(roles: roles, account: actorID, lessonTeacher: lesson.teacherID) else {
            throw refuse("это урок другого учителя", "this is another teacher's lesson")
        }
        try checkWritable(lesson)
        return lesson
    }

    /// The lesson, if this user may write its attendance (the homeroom teacher too).
    func lessonForAttendance(_ id: LessonID) throws -> LessonFacts {
        let lesson = try LessonFacts.fetch(db, id)
        guard Permissions.mayWriteAttendance(roles: roles, account: actorID, lessonTeacher: lesson.teacherID,
                                             classHomeroom: lesson.homeroomID) else {
            throw refuse("это урок другого учителя", "this is another teacher's lesson")
        }
        try checkWritable(lesson)
        return lesson
    }

    private func checkWritable(_ lesson: LessonFacts) throws {
        guard !lesson.cancelled else { throw JournalError.lessonCancelled }
        try checkPeriodOpen(on: lesson.day)
    }

    func checkPeriodOpen(on day: SchoolDate) throws {
        if let name = try String.fetchOne(db.cachedStatement(sql: """
            SELECT name FROM period WHERE locked = 1 AND start_day <= ? AND end_day >= ? ORDER BY start_day LIMIT 1
            """), arguments: [day, day]) {
            throw JournalError.periodLocked(name)
        }
    }

    /// A mark or attendance only for a student of the lesson's class on its date.
    func checkEnrolled(_ student: StudentID, in lesson: LessonFacts) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT s.full_name, EXISTS (
                SELECT 1 FROM enrollment e WHERE e.student_id = s.id AND e.class_id = ?2 AND \(ClassHistorySQL.covers("e", "?3"))
            ) AS enrolled FROM student s WHERE s.id = ?1
            """), arguments: [student, lesson.classID, lesson.day]) else {
            throw JournalError.notFound(Phrase(ru: "ученик", en: "student"))
        }
        guard row["enrolled"] as Bool else {
            throw JournalError.studentNotEnrolled(student: row["full_name"], date: lesson.day)
        }
    }

    /// The work type by code. When nil: «работа на уроке» (`lesson`), or for a
    /// school whose bundle named its work types otherwise, its first in-class
    /// one (its first of all failing that), so that the grid's digit keys work
    /// in every school.
    func workType(_ code: String?) throws -> (id: WorkTypeID, code: String) {
        guard let code else { return try defaultWorkType() }
        guard let id = try WorkTypeID.fetchOne(db.cachedStatement(sql: "SELECT id FROM work_type WHERE code = ?"), arguments: [code])
        else { throw JournalError.invalidWorkType(code) }
        return (id, code)
    }

    private func defaultWorkType() throws -> (id: WorkTypeID, code: String) {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, code FROM work_type ORDER BY code = ? DESC, in_class DESC, position, id LIMIT 1
            """), arguments: [WorkType.defaultCode])
        else { throw JournalError.invalidWorkType(WorkType.defaultCode) }
        return (row["id"], row["code"])
    }
}

/// Text fields are stored trimmed, and blank as no value: readiness counts a
/// topic only when it is non-empty after trimming, and so should every screen.
func normalizedText(_ text: String?) -> String? {
    guard let trimmed = text?.trimmingSpaces, !trimmed.isEmpty else { return nil }
    return trimmed
}
