import GRDB
import JournalCore

/// What a timetable change did.
public struct TimetableEditOutcome: Hashable, Sendable {
    /// Rows that ended the day before the change (or, beginning on or after
    /// it, were removed).
    public var closedRows = 0
    public var openedRow = false
    /// Lessons already made (up to today) that follow the new row: a new
    /// teacher, a new lesson, or an empty lesson of the old row cancelled.
    public var lessonsChanged = 0
    /// Lessons of the old row that keep their teacher: something was entered.
    public var lessonsKept = 0

    public init() {}
}

/// Changing the timetable from a date: history is never rewritten. The rows
/// of the slot end the day before; a new row begins on the date. Lessons
/// already made on or after the date follow the new row while nothing was
/// entered in them; a lesson with an entry (a mark, attendance, "held", a
/// comment, a topic or homework) keeps its teacher and its entries, and so
/// does a lesson someone covers.
extension AppDatabase {
    @discardableResult
    public func setTimetableCell(_ edit: TimetableCellEdit, acceptingConflicts: Bool, by requester: Requester) throws -> TimetableEditOutcome {
        try administration(by: requester, refusal: Self.timetableRefusal, Permissions.mayManageSchedule) { ctx in
            let check = TimetableEditCheck(db: ctx.db, edit: edit)
            let resolved = try check.resolve()
            let conflicts = try check.conflicts()
            if !conflicts.isEmpty, !acceptingConflicts {
                throw JournalError.conflict(Phrase(ru: "конфликт расписания: " + conflicts.map(\.text.ru).joined(separator: "; "),
                                                   en: "timetable conflict: " + conflicts.map(\.text.en).joined(separator: "; ")))
            }
            try ctx.checkPeriodsOpen(from: edit.from, to: edit.from)
            var outcome = TimetableEditOutcome()
            let change = TimetableSlotChange(ctx: ctx, edit: edit, resolved: resolved)
            let oldSubjects = try change.closeSlot(&outcome)
            try change.openRow(&outcome)
            try change.lessonsFollow(oldSubjects: oldSubjects, &outcome)
            return outcome
        }
    }
}

/// The writes of one timetable change, inside its transaction.
struct TimetableSlotChange {
    let ctx: AdministrationContext
    let edit: TimetableCellEdit
    let resolved: TimetableEditCheck.Resolved

    /// Ends the slot's rows the day before the change; removes those that
    /// begin on or after it. The subjects they had.
    func closeSlot(_ outcome: inout TimetableEditOutcome) throws -> Set<SubjectID> {
        let rows = try Row.fetchAll(ctx.db, sql: """
            SELECT t.id, t.subject_id, t.valid_from, t.valid_to, a.login FROM timetable t JOIN account a ON a.id = t.teacher_id
            WHERE t.class_id = ? AND t.group_id IS ? AND t.weekday = ? AND t.lesson_number = ? AND ifnull(t.valid_to, ?5) >= ?5
            """, arguments: [resolved.classID, resolved.groupID, edit.weekday, edit.number, edit.from])
        let last = edit.from.adding(days: -1)
        for row in rows {
            let id: Int64 = row["id"], from: SchoolDate = row["valid_from"], to: SchoolDate? = row["valid_to"]
            let old: [String: String?] = ["from": from.iso, "to": to?.iso, "teacher": row["login"]]
            if from >= edit.from {
                try ctx.db.execute(sql: "DELETE FROM timetable WHERE id = ?", arguments: [id])
                try ctx.audit(AuditEntry(action: .delete, table: "timetable", rowID: id, old: old))
            } else {
                try ctx.db.execute(sql: "UPDATE timetable SET valid_to = ? WHERE id = ?", arguments: [last, id])
                try ctx.audit(AuditEntry(action: .update, table: "timetable", rowID: id, old: old, new: ["to": last.iso]))
            }
            outcome.closedRows += 1
        }
        return Set(rows.map { $0["subject_id"] as SubjectID })
    }

    func openRow(_ outcome: inout TimetableEditOutcome) throws {
        guard let subjectID = resolved.subjectID, let teacher = resolved.teacher else { return }
        try ctx.db.execute(sql: """
            INSERT INTO timetable (class_id, group_id, weekday, lesson_number, subject_id, teacher_id, room, valid_from)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [resolved.classID, resolved.groupID, edit.weekday, edit.number, subjectID, teacher.id,
                             resolved.room, edit.from])
        try ctx.audit(AuditEntry(action: .insert, table: "timetable", rowID: ctx.db.lastInsertedRowID,
                                 new: ["class": edit.classCode, "group": edit.groupCode, "weekday": String(edit.weekday),
                                       "number": String(edit.number), "subject": edit.subjectCode, "teacher": teacher.login,
                                       "room": resolved.room, "from": edit.from.iso]))
        outcome.openedRow = true
    }

    /// The lessons already made from the date on (not in the loaded history)
    /// follow the new row: an empty lesson of the slot takes the new teacher
    /// when the subject stays, and is cancelled when the subject changed or
    /// the slot was cleared; then the new row's missing lessons are made.
    func lessonsFollow(oldSubjects: Set<SubjectID>, _ outcome: inout TimetableEditOutcome) throws {
        guard let made = try LessonMaterializer.materializedThrough(ctx.db), let terms = try TeachingTerms.fetch(ctx.db) else { return }
        let first = max(edit.from.dayNumber, (try LessonMaterializer.historyThrough(ctx.db) ?? Int.min) + 1)
        guard first <= made else { return }
        let lessons = try Row.fetchAll(ctx.db, sql: """
            SELECT l.id, l.day, l.subject_id, l.teacher_id, l.substitute_for,
                   (EXISTS (SELECT 1 FROM mark WHERE lesson_id = l.id) OR EXISTS (SELECT 1 FROM attendance WHERE lesson_id = l.id)
                    OR l.held_at IS NOT NULL OR l.comment IS NOT NULL OR l.topic IS NOT NULL OR l.homework IS NOT NULL) AS entered
            FROM lesson l
            WHERE l.class_id = ? AND l.group_id IS ? AND l.lesson_number = ? AND l.day BETWEEN ? AND ? AND l.cancelled = 0
            """, arguments: [resolved.classID, resolved.groupID, edit.number, first, made])
        for lesson in lessons {
            let day: SchoolDate = lesson["day"]
            guard day.weekday == edit.weekday, oldSubjects.contains(lesson["subject_id"]) else { continue }
            if lesson["entered"] as Bool || lesson["substitute_for"] as AccountID? != nil {
                outcome.lessonsKept += 1
                continue
            }
            let id: LessonID = lesson["id"]
            if let subjectID = resolved.subjectID, let teacher = resolved.teacher, subjectID == lesson["subject_id"] {
                guard teacher.id != lesson["teacher_id"] as AccountID else { continue }
                try ctx.db.execute(sql: "UPDATE lesson SET teacher_id = ? WHERE id = ?", arguments: [teacher.id, id])
                try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: id.rawValue, lessonID: id,
                                         old: ["teacher_id": String((lesson["teacher_id"] as AccountID).rawValue)],
                                         new: ["teacher_id": String(teacher.id.rawValue), "reason": "расписание с \(edit.from.russian)"]))
            } else {
                let reason = "расписание изменено с \(edit.from.russian)"
                try ctx.db.execute(sql: "UPDATE lesson SET cancelled = 1, cancel_reason = ? WHERE id = ?", arguments: [reason, id])
                try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: id.rawValue, lessonID: id,
                                         old: ["cancelled": "0"], new: ["cancelled": "1", "cancel_reason": reason]))
            }
            outcome.lessonsChanged += 1
        }
        let from = SchoolDate(dayNumber: first), to = SchoolDate(dayNumber: made)
        outcome.lessonsChanged += try LessonMaterializer(db: ctx.db).create(from: from, to: to, terms: terms, classID: resolved.classID)
        try LessonStats.refreshDays(ctx.db, from: from, to: to)
    }
}
