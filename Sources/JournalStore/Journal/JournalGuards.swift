import GRDB
import JournalCore

/// The checks every journal write makes before it changes anything.
extension WriteContext {
    /// The lesson, if this user may write its content and it can still change.
    func lessonForContent(_ id: LessonID) throws -> LessonFacts {
        let lesson = try LessonFacts.fetch(db, id)
        guard Permissions.mayWriteLesson(roles: roles, account: actorID, lessonTeacher: lesson.teacherID) else {
            throw try notYourLesson(lesson)
        }
        try checkWritable(lesson)
        return lesson
    }

    /// The lesson, if this user may write `student`'s attendance in it: as for
    /// its content, and also the homeroom teacher of the class the student was
    /// in that day, who excuses absences (in a group's lessons too).
    func lessonForAttendance(_ id: LessonID, student: StudentID) throws -> LessonFacts {
        let lesson = try LessonFacts.fetch(db, id)
        if !Permissions.mayWriteLesson(roles: roles, account: actorID, lessonTeacher: lesson.teacherID) {
            let homeroom = try AccountID.fetchOne(db.cachedStatement(sql: """
                SELECT c.homeroom_id FROM enrollment e JOIN class c ON c.id = e.class_id
                WHERE e.student_id = ?1 AND \(ClassHistorySQL.covers("e", "?2")) LIMIT 1
                """), arguments: [student, lesson.day])
            guard Permissions.mayWriteAttendance(roles: roles, account: actorID, lessonTeacher: lesson.teacherID,
                                                 classHomeroom: homeroom) else {
                throw try notYourLesson(lesson)
            }
        }
        try checkWritable(lesson)
        return lesson
    }

    /// Marks 1–5 only where the lesson's group is graded with them.
    func checkTakesMarks(_ lesson: LessonFacts) throws {
        switch lesson.grading {
        case .marks: return
        case .none: throw JournalError.groupNotGraded(lesson.groupLabel ?? "")
        case .passFail: throw JournalError.passFailOnly(lesson.groupLabel ?? "")
        }
    }

    /// Another teacher's lesson; the teacher a substitute replaced is told who
    /// teaches it instead.
    private func notYourLesson(_ lesson: LessonFacts) throws -> JournalError {
        if lesson.substituteFor == actorID {
            let name = try String.fetchOne(db, sql: "SELECT full_name FROM account WHERE id = ?", arguments: [lesson.teacherID]) ?? ""
            return refuse("урок заменён, его ведёт \(PersonName.short(name)); вам он открыт только для просмотра",
                          "the lesson is covered by \(PersonName.short(name)); it is read-only for you")
        }
        return refuse("это урок другого учителя", "this is another teacher's lesson")
    }

    private func checkWritable(_ lesson: LessonFacts) throws {
        guard !lesson.cancelled else { throw JournalError.lessonCancelled }
        try checkPeriodOpen(on: lesson.day)
    }

    func checkPeriodOpen(on day: SchoolDate) throws {
        try PeriodLocks.checkOpen(db, on: day)
    }

    /// A mark or attendance only for a student on the lesson's roll on its date
    /// (`LessonRoster`): enrolled in its class, or a member of its group.
    func checkOnRoll(_ student: StudentID, in lesson: LessonFacts) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT s.full_name, \(LessonRoster.onRoll("s.id", lesson: "l")) AS on_roll
            FROM student s, lesson l WHERE s.id = ?1 AND l.id = ?2
            """), arguments: [student, lesson.id]) else {
            throw JournalError.notFound(Phrase(ru: "ученик", en: "student"))
        }
        guard row["on_roll"] as Bool else {
            if let group = lesson.groupLabel {
                throw JournalError.studentNotInGroup(student: row["full_name"], group: group, date: lesson.day)
            }
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
