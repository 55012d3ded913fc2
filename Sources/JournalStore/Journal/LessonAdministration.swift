import GRDB
import JournalCore

/// What a substitution or a cancellation changed, for the deputy to read.
public struct LessonChange: Hashable, Sendable {
    public var lessonID: LessonID
    /// «5А · Английский язык · гр. 1»
    public var label: LessonLabel
    public var date: SchoolDate
    public var number: Int
    /// False when the lesson already was so: nothing was written.
    public var changed: Bool
    /// Marks and attendance rows the lesson holds (a cancelled lesson keeps
    /// them, out of averages and reports until it is restored).
    public var entryCount: Int
    /// The substitute's other lessons at that hour (a merged lesson, or a
    /// mistake), as labels.
    public var busyElsewhere: [String]
}

/// Substitutions (замены) and cancellations: the deputy's daily record. A
/// substitute becomes the lesson's teacher, and the scheduled teacher is kept
/// in `substitute_for`: the substitute writes into the lesson, the replaced
/// teacher reads it. A cancelled lesson keeps its entries and the reason.
/// Both are supervisors' actions, audited, refused inside a closed period.
extension AppDatabase {
    /// `teacher` takes the lesson of `address` (by login). Naming the scheduled
    /// teacher again undoes the substitution. `reason` goes to the audit log.
    @discardableResult
    public func substitute(_ address: LessonAddress, teacher login: String, reason: String?, by requester: Requester) throws -> LessonChange {
        try lessonAdministration(by: requester) { ctx in
            try Self.substitute(ctx, try LessonAddressFinder(db: ctx.db).lesson(address), teacher: login, reason: reason)
        }
    }

    /// `teacher` takes lesson `id`, as `substitute(_:teacher:reason:by:)` does.
    @discardableResult
    public func substitute(lesson id: LessonID, teacher login: String, reason: String?, by requester: Requester) throws -> LessonChange {
        try lessonAdministration(by: requester) { ctx in
            try Self.substitute(ctx, try LessonFacts.fetch(ctx.db, id), teacher: login, reason: reason)
        }
    }

    private static func substitute(_ ctx: AdministrationContext, _ lesson: LessonFacts, teacher login: String,
                                   reason: String?) throws -> LessonChange {
        let teacher = try SchoolReferences.teacher(ctx.db, login)
        guard !lesson.cancelled else { throw JournalError.lessonCancelled }
        try ctx.checkPeriodsOpen(from: lesson.day, to: lesson.day)
        let scheduled = lesson.substituteFor ?? lesson.teacherID
        let replaced: AccountID? = teacher.id == scheduled ? nil : scheduled
        var change = try LessonChangeReader(db: ctx.db).change(lesson, changed: teacher.id != lesson.teacherID)
        guard change.changed else { return change }
        try ctx.db.execute(sql: "UPDATE lesson SET teacher_id = ?, substitute_for = ? WHERE id = ?",
                           arguments: [teacher.id, replaced, lesson.id])
        try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: lesson.id.rawValue, lessonID: lesson.id,
                                 old: ["teacher_id": String(lesson.teacherID.rawValue), "substitute_for": lesson.substituteFor.map { String($0.rawValue) }],
                                 new: ["teacher_id": String(teacher.id.rawValue), "substitute_for": replaced.map { String($0.rawValue) },
                                       "reason": normalizedText(reason)]))
        change.busyElsewhere = try LessonChangeReader(db: ctx.db).otherLessons(of: teacher.id, at: lesson)
        return change
    }

    /// Cancels the lesson of `address` for `reason` (required), or changes the
    /// reason of a cancelled one.
    @discardableResult
    public func cancelLesson(_ address: LessonAddress, reason: String, by requester: Requester) throws -> LessonChange {
        guard let reason = normalizedText(reason) else {
            throw JournalError.emptyValue(field: Phrase(ru: "причина отмены (--reason)", en: "the reason (--reason)"))
        }
        return try lessonAdministration(by: requester) { ctx in
            try Self.setCancelled(ctx, try LessonAddressFinder(db: ctx.db).lesson(address), true, reason: reason)
        }
    }

    /// Restores a cancelled lesson of `address`.
    @discardableResult
    public func restoreLesson(_ address: LessonAddress, by requester: Requester) throws -> LessonChange {
        try lessonAdministration(by: requester) { ctx in
            try Self.setCancelled(ctx, try LessonAddressFinder(db: ctx.db).lesson(address), false, reason: nil)
        }
    }

    /// Cancels a lesson (with its reason) or restores it, by id.
    public func setCancelled(lesson id: LessonID, _ cancelled: Bool, reason: String? = nil, by requester: Requester) throws {
        try lessonAdministration(by: requester) { ctx in
            _ = try Self.setCancelled(ctx, try LessonFacts.fetch(ctx.db, id), cancelled, reason: normalizedText(reason))
        }
    }

    private func lessonAdministration<T>(by requester: Requester, _ body: (AdministrationContext) throws -> T) throws -> T {
        try administration(by: requester, refusal: Phrase(ru: "замены и отмены уроков вносит завуч или администратор",
                                                          en: "only the deputy or the administrator records substitutions and cancellations"),
                           Permissions.mayManageSchedule, body)
    }

    /// Its class's (or group's) other lessons that day get a new day end
    /// (the `crimea` deadline).
    private static func setCancelled(_ ctx: AdministrationContext, _ lesson: LessonFacts, _ cancelled: Bool,
                                     reason: String?) throws -> LessonChange {
        let old = try Row.fetchOne(ctx.db, sql: "SELECT cancelled, cancel_reason FROM lesson WHERE id = ?", arguments: [lesson.id])
        let oldReason: String? = old?["cancel_reason"]
        if !cancelled, let oldReason, oldReason.hasPrefix(CalendarCancellation.prefix) {
            throw JournalError.conflict(Phrase(
                ru: "урок отменён по календарю школы («\(oldReason)»): он вернётся, когда день снова станет учебным",
                en: "the school calendar cancelled the lesson (\"\(oldReason)\"): it comes back when the day is a school day again"))
        }
        let change = try LessonChangeReader(db: ctx.db).change(lesson, changed: lesson.cancelled != cancelled || oldReason != reason)
        guard change.changed else { return change }
        try ctx.checkPeriodsOpen(from: lesson.day, to: lesson.day)
        try ctx.db.execute(sql: "UPDATE lesson SET cancelled = ?, cancel_reason = ? WHERE id = ?", arguments: [cancelled, reason, lesson.id])
        try ctx.audit(AuditEntry(action: .update, table: "lesson", rowID: lesson.id.rawValue, lessonID: lesson.id,
                                 old: ["cancelled": lesson.cancelled ? "1" : "0", "cancel_reason": oldReason],
                                 new: ["cancelled": cancelled ? "1" : "0", "cancel_reason": reason]))
        if let classID = lesson.classID {
            try LessonStats.refreshClassDay(ctx.db, classID: classID, day: lesson.day)
        } else {
            try LessonStats.refreshDays(ctx.db, from: lesson.day, to: lesson.day)
        }
        return change
    }
}

/// Reads what a `LessonChange` reports.
struct LessonChangeReader {
    let db: Database

    func change(_ lesson: LessonFacts, changed: Bool) throws -> LessonChange {
        let row = try Row.fetchOne(db, sql: """
            SELECT c.name AS class_name, s.name AS subject_name, g.name AS group_name, l.lesson_number,
                   (SELECT count(*) FROM mark WHERE lesson_id = l.id) + (SELECT count(*) FROM attendance WHERE lesson_id = l.id) AS entries
            FROM lesson l LEFT JOIN class c ON c.id = l.class_id LEFT JOIN teaching_group g ON g.id = l.group_id
            JOIN subject s ON s.id = l.subject_id WHERE l.id = ?
            """, arguments: [lesson.id])
        return LessonChange(lessonID: lesson.id,
                            label: LessonLabel(className: row?["class_name"], subjectName: row?["subject_name"] ?? "",
                                               groupName: row?["group_name"]),
                            date: lesson.day, number: row?["lesson_number"] ?? 0, changed: changed,
                            entryCount: row?["entries"] ?? 0, busyElsewhere: [])
    }

    /// `teacher`'s other lessons, not cancelled, at the same day and number.
    func otherLessons(of teacher: AccountID, at lesson: LessonFacts) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT c.name AS class_name, s.name AS subject_name, g.name AS group_name
            FROM lesson this JOIN lesson l ON l.teacher_id = ? AND l.day = this.day AND l.lesson_number = this.lesson_number
                AND l.id <> this.id AND l.cancelled = 0
            LEFT JOIN class c ON c.id = l.class_id LEFT JOIN teaching_group g ON g.id = l.group_id
            JOIN subject s ON s.id = l.subject_id
            WHERE this.id = ?
            ORDER BY l.id
            """, arguments: [teacher, lesson.id]).map { r in
            LessonLabel(className: r["class_name"], subjectName: r["subject_name"], groupName: r["group_name"]).text
        }
    }
}
