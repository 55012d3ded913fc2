import GRDB
import JournalCore

/// «Замены на день»: the day's lessons, the teachers marked absent, the
/// teachers free at a lesson's hour, and the day's changes — a substitute,
/// a lesson moved to another number, an extra lesson. Supervisors' actions,
/// audited; cancellations are `setCancelled`.
extension AppDatabase {
    static let substitutionsRefusal = Phrase(ru: "замены и отмены уроков вносит завуч или администратор",
                                             en: "only the deputy or the administrator records substitutions and cancellations")

    /// The lessons of `date` (made first, as opening a journal makes them).
    public func daySubstitutions(on date: SchoolDate, by requester: Requester) throws -> DaySubstitutions {
        _ = try read { db in
            try AccessCheck.require(requester, db, refusal: Self.substitutionsRefusal, Permissions.mayManageSchedule)
        }
        try materializeLessons(through: date)
        return try read { db in try DaySubstitutionsReader(db: db, date: date).day() }
    }

    /// Active teachers with no lesson at the lesson's day and number, not
    /// marked absent; those who teach its subject first.
    public func freeTeachers(for lesson: LessonID, by requester: Requester) throws -> [TeacherChoice] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.substitutionsRefusal, Permissions.mayManageSchedule)
            let facts = try LessonFacts.fetch(db, lesson)
            guard let number = try Int.fetchOne(db, sql: "SELECT lesson_number FROM lesson WHERE id = ?", arguments: [lesson]) else { return [] }
            return try DaySubstitutionsReader(db: db, date: facts.day).free(number: number, subject: facts.subjectID,
                                                                            except: facts.teacherID)
        }
    }

    /// Marks `login` absent on `date` (or present again).
    public func setTeacherAbsent(_ login: String, on date: SchoolDate, _ absent: Bool, note: String? = nil,
                                 by requester: Requester) throws {
        try administration(by: requester, refusal: Self.substitutionsRefusal, Permissions.mayManageSchedule) { ctx in
            let teacher = try SchoolReferences.teacher(ctx.db, login)
            let existing = try Int64.fetchOne(ctx.db, sql: "SELECT id FROM teacher_absence WHERE day = ? AND teacher_id = ?",
                                              arguments: [date, teacher.id])
            if absent, existing == nil {
                try ctx.db.execute(sql: "INSERT INTO teacher_absence (teacher_id, day, note) VALUES (?, ?, ?)",
                                   arguments: [teacher.id, date, normalizedText(note)])
                try ctx.audit(AuditEntry(action: .insert, table: "teacher_absence", rowID: ctx.db.lastInsertedRowID, accountID: teacher.id,
                                         new: ["teacher": login, "day": date.iso, "note": normalizedText(note)]))
            } else if !absent, let existing {
                try ctx.db.execute(sql: "DELETE FROM teacher_absence WHERE id = ?", arguments: [existing])
                try ctx.audit(AuditEntry(action: .delete, table: "teacher_absence", rowID: existing, accountID: teacher.id,
                                         old: ["teacher": login, "day": date.iso]))
            }
        }
    }

    /// Lesson `id` moves to number `number` of its day: it is cancelled
    /// («перенесён на …») and a lesson of the same class or group, subject and
    /// teacher is made at the new number, so the timetable's slot stays
    /// accounted for. A lesson with entries is not moved.
    @discardableResult
    public func moveLesson(_ id: LessonID, toNumber number: Int, by requester: Requester) throws -> LessonID {
        try administration(by: requester, refusal: Self.substitutionsRefusal, Permissions.mayManageSchedule) { ctx in
            let lesson = try LessonFacts.fetch(ctx.db, id)
            guard !lesson.cancelled else { throw JournalError.lessonCancelled }
            try ctx.checkPeriodsOpen(from: lesson.day, to: lesson.day)
            let change = try LessonChangeReader(db: ctx.db).change(lesson, changed: true)
            guard change.number != number else { return id }
            guard change.entryCount == 0 else {
                throw JournalError.conflict(Phrase(ru: "в уроке \(change.label.text) уже есть отметки или посещаемость: его не перенести",
                                                   en: "\(change.label.text) has marks or attendance: it cannot move"))
            }
            let newID = try DayLessonInsert(ctx: ctx).insert(classID: lesson.classID, groupID: lesson.groupID, subjectID: lesson.subjectID,
                                                              teacherID: lesson.teacherID, substituteFor: lesson.substituteFor,
                                                              day: lesson.day, number: number, label: change.label.text)
            let reason = "перенесён на \(number)-й урок"
            try ctx.db.execute(sql: "UPDATE lesson SET cancelled = 1, cancel_reason = ? WHERE id = ?", arguments: [reason, id])
            try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: id.rawValue, lessonID: id,
                                     old: ["cancelled": "0"], new: ["cancelled": "1", "cancel_reason": reason]))
            try LessonStats.refreshDays(ctx.db, from: lesson.day, to: lesson.day)
            return newID
        }
    }

    /// An extra lesson, not in the timetable, of a class (or its group).
    @discardableResult
    public func addExtraLesson(classCode: String, groupCode: String?, subjectCode: String, teacher login: String,
                               on date: SchoolDate, number: Int, by requester: Requester) throws -> LessonID {
        try administration(by: requester, refusal: Self.substitutionsRefusal, Permissions.mayManageSchedule) { ctx in
            let check = TimetableEditCheck(db: ctx.db, edit: TimetableCellEdit(
                classCode: classCode, groupCode: groupCode, weekday: min(max(date.weekday, 1), 6), number: number,
                subjectCode: subjectCode, teacherLogin: login, room: nil, from: date))
            let resolved = try check.resolve()
            guard let subjectID = resolved.subjectID, let teacher = resolved.teacher else {
                throw JournalError.emptyValue(field: Phrase(ru: "предмет", en: "subject"))
            }
            try ctx.checkPeriodsOpen(from: date, to: date)
            let label = resolved.className + (groupCode.map { " · \($0)" } ?? "")
            let id = try DayLessonInsert(ctx: ctx).insert(classID: resolved.classID, groupID: resolved.groupID, subjectID: subjectID,
                                                          teacherID: teacher.id, substituteFor: nil, day: date, number: number,
                                                          label: label)
            try LessonStats.refreshDays(ctx.db, from: date, to: date)
            return id
        }
    }
}

/// A lesson made by hand on a day (moved or extra), at the day's bells.
struct DayLessonInsert {
    let ctx: AdministrationContext

    func insert(classID: ClassID?, groupID: GroupID?, subjectID: SubjectID, teacherID: AccountID, substituteFor: AccountID?,
                day: SchoolDate, number: Int, label: String) throws -> LessonID {
        let short = try Bool.fetchOne(ctx.db, sql: """
            SELECT EXISTS (SELECT 1 FROM calendar_day WHERE day = ? AND kind = 'short' AND (class_id IS NULL OR class_id IS ?))
            """, arguments: [day, classID]) ?? false
        guard let bell = try Row.fetchOne(ctx.db, sql: """
            SELECT ifnull(s.start_min, b.start_min), ifnull(s.end_min, b.end_min) FROM bell b
            LEFT JOIN bell_short s ON s.lesson_number = b.lesson_number AND ?2 WHERE b.lesson_number = ?1
            """, arguments: [number, short]) else {
            throw JournalError.conflict(Phrase(ru: "у \(number)-го урока нет звонка", en: "lesson \(number) has no bell"))
        }
        if let busy = try String.fetchOne(ctx.db, sql: """
            SELECT ifnull(c.name, g.name) FROM lesson l LEFT JOIN class c ON c.id = l.class_id LEFT JOIN teaching_group g ON g.id = l.group_id
            WHERE l.day = ? AND l.lesson_number = ? AND l.cancelled = 0
              AND ((l.class_id IS ?3 AND (l.group_id IS ?4 OR l.group_id IS NULL OR ?4 IS NULL)) OR l.teacher_id = ?5)
            LIMIT 1
            """, arguments: [day, number, classID, groupID, teacherID]) {
            throw JournalError.conflict(Phrase(ru: "\(number)-й урок \(day.russian) уже занят (\(busy)): выберите другой номер",
                                               en: "lesson \(number) on \(day.iso) is taken (\(busy)): choose another number"))
        }
        let starts = SchoolTime(date: day, time: TimeOfDay(minutes: bell[0])), ends = SchoolTime(date: day, time: TimeOfDay(minutes: bell[1]))
        try ctx.db.execute(sql: """
            INSERT INTO lesson (class_id, group_id, subject_id, teacher_id, substitute_for, day, lesson_number, starts_at, ends_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [classID, groupID, subjectID, teacherID, substituteFor, day, number, starts, ends])
        let id = LessonID(ctx.db.lastInsertedRowID)
        try ctx.audit(AuditEntry(action: .insert, table: "lesson", rowID: id.rawValue, lessonID: id,
                                 new: ["lesson": label, "day": day.iso, "number": String(number)]))
        return id
    }
}
