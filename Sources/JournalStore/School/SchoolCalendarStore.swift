import GRDB
import JournalCore

/// What a deputy makes of a day in the school calendar.
public enum CalendarDayChange: Hashable, Sendable {
    /// A day off for the whole school.
    case holiday
    /// A day worked on the timetable of `weekday` (1 = Monday … 6 = Saturday).
    case workday(weekday: Int)
    /// No lessons, for one class or the whole school (quarantine, weather).
    case closed
    /// A shortened day: the shortened bells, for one class or the whole school.
    case short
    /// Back to an ordinary day: the calendar's line for it is removed.
    case school

    /// The calendar line's kind; nil for `school`, which has none.
    public var kind: CalendarDayKind? {
        switch self {
        case .holiday: .holiday
        case .workday: .workday
        case .closed: .closed
        case .short: .short
        case .school: nil
        }
    }
}

/// One line of the school calendar, as `zhurnal calendar list` shows it.
public struct CalendarDayRow: Hashable, Sendable {
    public var date: SchoolDate
    public var kind: CalendarDayKind
    public var weekday: Int?
    /// The class a `closed` or `short` day is for (its bundle id and name); nil: the whole school.
    public var classCode: String?
    public var className: String?
    public var note: String?
}

/// What a calendar change did to the lessons already made for that day.
public struct CalendarChangeOutcome: Hashable, Sendable {
    /// Lessons cancelled: the day no longer has them and nothing was entered in them.
    public var cancelled = 0
    /// Lessons the day no longer has but that are kept: something was entered in them.
    public var kept: [KeptLesson] = []
    /// Lessons the calendar had cancelled that the day has again.
    public var restored = 0
    /// Lessons made for the day from the timetable (a day that was not a school day).
    public var created = 0
    /// Lessons whose times changed to the day's bells (a shortened day, or back).
    public var retimed = 0
}

/// A lesson kept on a day that no longer has it, and what was entered in it.
public struct KeptLesson: Hashable, Sendable {
    public var id: LessonID
    public var lessonNumber: Int
    /// «5А · Математика», «5А · Английский язык · гр. 1».
    public var title: String
    public var teacherName: String
    public var marks: Int
    public var attendance: Int
    /// The "lesson held" mark.
    public var held: Bool
    public var hasComment: Bool
}

/// The mark the calendar leaves in `cancel_reason` of a lesson it cancels, so
/// that returning the day to normal brings back exactly those lessons, and not
/// the ones a deputy cancelled for a reason of their own. It travels in a
/// bundle with the reason.
public enum CalendarCancellation {
    public static let prefix = "Календарь: "
}

extension AppDatabase {
    /// The school calendar's lines from `from` to `to` (either open), by date,
    /// the whole school's line before its classes'.
    public func calendarDays(from: SchoolDate? = nil, to: SchoolDate? = nil) throws -> [CalendarDayRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.day, d.kind, d.weekday, c.code, c.name, d.note FROM calendar_day d LEFT JOIN class c ON c.id = d.class_id
                WHERE d.day >= ifnull(?, d.day) AND d.day <= ifnull(?, d.day)
                ORDER BY d.day, d.class_id IS NOT NULL, c.name
                """, arguments: [from, to]).map { row in
                CalendarDayRow(date: row[0], kind: CalendarDayKind(rawValue: row[1]) ?? .holiday, weekday: row[2],
                               classCode: row[3], className: row[4], note: row[5])
            }
        }
    }

    /// Changes the school calendar on `date` — for the whole school, or for
    /// the class with bundle id `classCode` (`closed`, `short`, `school`) — and
    /// puts that day's lessons right in the same transaction
    /// (`CalendarDayReconciler`). A deputy's or an administrator's change,
    /// audited; refused in a closed period and, but for `school`, outside the
    /// academic year.
    public func setCalendarDay(_ date: SchoolDate, _ change: CalendarDayChange, classCode: String? = nil, note: String? = nil,
                               by requester: Requester) throws -> CalendarChangeOutcome {
        try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: Phrase(ru: "календарь школы меняет завуч или администратор",
                                                                             en: "only the deputy or the administrator changes the calendar"),
                                                Permissions.mayManageSchedule)?.id
            let classID = try CalendarDayChangeRules.check(db, date, change, classCode: classCode)
            try PeriodLocks.checkOpen(db, on: date)
            let now = try now(db)
            let weekdayBefore = try CalendarDayFacts.fetch(db, date).timetableWeekday
            try CalendarLine(db: db, date: date, classID: classID).apply(change, note: normalizedText(note)) { entry in
                try AuditLog.append(entry, at: now, actor: actor, in: db)
            }
            return try CalendarDayReconciler(db: db, date: date, classID: classID).run(weekdayBefore: weekdayBefore) { entry in
                try AuditLog.append(entry, at: now, actor: actor, in: db)
            }
        }
    }
}

/// The rules a calendar change must keep.
enum CalendarDayChangeRules {
    /// The class a change is for, after the checks: a known class, only for
    /// the kinds a class may have; a workday's weekday; inside the academic year.
    static func check(_ db: Database, _ date: SchoolDate, _ change: CalendarDayChange, classCode: String?) throws -> ClassID? {
        if case .workday(let weekday) = change, !(1...6).contains(weekday) {
            throw JournalError.invalidWeekday(String(weekday))
        }
        var classID: ClassID?
        if let classCode {
            switch change {
            case .holiday, .workday:
                throw JournalError.other(Phrase(
                    ru: "праздник и рабочий день ставятся для всей школы; для одного класса — closed или short",
                    en: "a holiday or a workday is for the whole school; for one class use closed or short"))
            case .closed, .short, .school:
                guard let id = try ClassID.fetchOne(db, sql: "SELECT id FROM class WHERE code = ?", arguments: [classCode]) else {
                    throw JournalError.notFound(Phrase(ru: "класс «\(classCode)»", en: "class \"\(classCode)\""))
                }
                classID = id
            }
        }
        if change != .school, let year = try Row.fetchOne(db, sql: "SELECT min(start_day), max(end_day) FROM current_period"),
           let first = year[0] as SchoolDate?, let last = year[1] as SchoolDate?, !(first...last).contains(date) {
            throw JournalError.outsideAcademicYear(date: date, first: first, last: last)
        }
        return classID
    }
}

/// The calendar's one line for a day and a class (or the whole school).
private struct CalendarLine {
    let db: Database
    let date: SchoolDate
    let classID: ClassID?

    /// Writes the line the change asks for (or removes it for `school`) and
    /// hands the audit entry over; an unchanged line writes nothing.
    func apply(_ change: CalendarDayChange, note: String?, audit: (AuditEntry) throws -> Void) throws {
        let old = try Row.fetchOne(db, sql: """
            SELECT id, kind, weekday, note FROM calendar_day WHERE day = ? AND ifnull(class_id, 0) = ?
            """, arguments: [date, classID?.rawValue ?? 0])
        let weekday: Int? = if case .workday(let weekday) = change { weekday } else { nil }
        let oldValues = old.map { values(kind: $0["kind"], weekday: $0["weekday"], note: $0["note"]) }
        guard let kind = change.kind else {
            guard let old else { return }
            try db.execute(sql: "DELETE FROM calendar_day WHERE id = ?", arguments: [old["id"] as Int64])
            try audit(AuditEntry(action: .delete, table: "calendar_day", rowID: old["id"], old: oldValues))
            return
        }
        let newValues = values(kind: kind.rawValue, weekday: weekday, note: note)
        if let old {
            guard oldValues != newValues else { return }
            try db.execute(sql: "UPDATE calendar_day SET kind = ?, weekday = ?, note = ? WHERE id = ?",
                           arguments: [kind.rawValue, weekday, note, old["id"] as Int64])
            try audit(AuditEntry(action: .update, table: "calendar_day", rowID: old["id"], old: oldValues, new: newValues))
        } else {
            try db.execute(sql: "INSERT INTO calendar_day (day, kind, weekday, class_id, note) VALUES (?, ?, ?, ?, ?)",
                           arguments: [date, kind.rawValue, weekday, classID, note])
            try audit(AuditEntry(action: .insert, table: "calendar_day", rowID: db.lastInsertedRowID, new: newValues))
        }
    }

    private func values(kind: String, weekday: Int?, note: String?) -> [String: String?] {
        ["day": date.iso, "kind": kind, "weekday": weekday.map(String.init), "class_id": classID.map { String($0.rawValue) },
         "note": note]
    }
}
