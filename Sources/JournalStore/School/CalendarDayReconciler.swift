import GRDB
import JournalCore

/// Puts one day's lessons right after its calendar changed: for the whole
/// school, or for one class (its whole-class lessons and its `part` groups').
///
/// The calendar takes a lesson away when the day is no longer a school day
/// for it (a holiday, the school or its class closed, a Sunday, outside the
/// terms), or when the day follows another weekday's timetable (a `workday`)
/// that has no such lesson. A lesson taken away is cancelled when it has no
/// journal entry (no mark, attendance, "held" mark or comment: what says the
/// lesson took place), with `CalendarCancellation.prefix` in its reason; a
/// topic or homework planned ahead stays in the cancelled lesson. One with
/// entries is kept and named in the outcome. A lesson the calendar cancelled
/// comes back when the day has it again. The timetable's lessons the day now
/// owes are made when the materializer has already passed the day (but not in
/// the history a school was loaded with, which keeps the lessons the other
/// journal had), and every lesson of the day takes the day's bells
/// (shortened or not).
struct CalendarDayReconciler {
    let db: Database
    let date: SchoolDate
    /// The one class the change was for; nil: the whole school.
    let classID: ClassID?

    /// `weekdayBefore`: the timetable the day followed before the change
    /// (`CalendarDayFacts.timetableWeekday`).
    func run(weekdayBefore: Int?, audit: (AuditEntry) throws -> Void) throws -> CalendarChangeOutcome {
        var outcome = CalendarChangeOutcome()
        let day = try CalendarDayFacts.fetch(db, date)
        let owed = try owedSlots(day.terms)
        // a day whose timetable changed keeps only the new timetable's lessons
        let timetableChanged = (day.timetableWeekday ?? date.weekday) != (weekdayBefore ?? date.weekday)
        for lesson in try lessons() {
            let takenAway = day.isOff(for: lesson.classID)
                || ((day.followsAnotherWeekday || timetableChanged) && !owed.contains(lesson.slot))
            if !lesson.cancelled, takenAway {
                if lesson.isEmpty {
                    try setCancelled(lesson, reason: CalendarCancellation.prefix + day.reason(for: lesson.classID), audit: audit)
                    outcome.cancelled += 1
                } else {
                    outcome.kept.append(lesson.kept)
                }
            } else if lesson.cancelledByCalendar, !takenAway {
                try setCancelled(lesson, reason: nil, audit: audit)
                outcome.restored += 1
            }
        }
        if let terms = day.terms, let made = try LessonMaterializer.materializedThrough(db), date.dayNumber <= made,
           date.dayNumber > (try LessonMaterializer.historyThrough(db) ?? Int.min) {
            outcome.created = try LessonMaterializer(db: db).create(from: date, to: date, terms: terms, classID: classID)
        }
        outcome.retimed = try retime(day)
        if outcome.cancelled + outcome.restored + outcome.created + outcome.retimed > 0 {
            try LessonStats.refreshDays(db, from: date, to: date)
        }
        return outcome
    }

    private var scope: String { classID == nil ? "" : " AND l.class_id = :class" }

    private var arguments: [String: (any DatabaseValueConvertible)?] { ["day": date, "class": classID] }

    /// The slots the timetable owes on the day after the change, made or not.
    private func owedSlots(_ terms: TeachingTerms?) throws -> Set<LessonSlot> {
        guard let terms else { return [] }
        var arguments = OwedLessonsSQL.arguments(from: date, to: date, terms: terms)
        arguments["class"] = classID
        let rows = try Row.fetchAll(db, sql: OwedLessonsSQL.with(missingOnly: false) + """
            SELECT o.class_id, o.group_id, o.lesson_number, o.subject_id FROM owed o\(classID == nil ? "" : " WHERE o.class_id = :class")
            """, arguments: StatementArguments(arguments))
        return Set(rows.map { LessonSlot(classID: $0[0], groupID: $0[1], number: $0[2], subjectID: $0[3]) })
    }

    private func lessons() throws -> [DayLesson] {
        try Row.fetchAll(db, sql: """
            SELECT l.id, l.class_id, l.group_id, l.lesson_number, l.subject_id, l.cancelled, l.cancel_reason,
                c.name AS class_name, g.name AS group_name, s.name AS subject_name, a.full_name AS teacher_name,
                (SELECT count(*) FROM mark m WHERE m.lesson_id = l.id) AS marks,
                (SELECT count(*) FROM attendance t WHERE t.lesson_id = l.id) AS attendance,
                l.held_at IS NOT NULL AS held, l.comment IS NOT NULL AS has_comment
            FROM lesson l LEFT JOIN class c ON c.id = l.class_id LEFT JOIN teaching_group g ON g.id = l.group_id
            JOIN subject s ON s.id = l.subject_id JOIN account a ON a.id = l.teacher_id
            WHERE l.day = :day\(scope)
            ORDER BY l.lesson_number, c.name, g.name, l.id
            """, arguments: StatementArguments(arguments)).map(DayLesson.init)
    }

    private func setCancelled(_ lesson: DayLesson, reason: String?, audit: (AuditEntry) throws -> Void) throws {
        try db.execute(sql: "UPDATE lesson SET cancelled = ?, cancel_reason = ? WHERE id = ?",
                       arguments: [reason != nil, reason, lesson.id])
        try audit(AuditEntry(action: .update, table: "lesson", rowID: lesson.id.rawValue, lessonID: lesson.id,
                             old: ["cancelled": lesson.cancelled ? "1" : "0", "cancel_reason": lesson.cancelReason],
                             new: ["cancelled": reason == nil ? "0" : "1", "cancel_reason": reason]))
    }

    /// Every lesson of the day in scope takes the day's bells: the shortened
    /// ones on a `short` day (of the school or of its class) where they have
    /// its number, the usual ones otherwise. How many moved.
    private func retime(_ day: CalendarDayFacts) throws -> Int {
        let usual = try bells("bell"), shortened = try bells("bell_short")
        var moved = 0
        for row in try Row.fetchAll(db, sql: """
            SELECT l.id, l.class_id, l.lesson_number, l.starts_at, l.ends_at FROM lesson l WHERE l.day = :day\(scope)
            """, arguments: StatementArguments(arguments)) {
            let number: Int = row["lesson_number"]
            let isShort = day.schoolIsShort || (row["class_id"] as ClassID?).map { day.classes[$0]?.kind == .short } ?? false
            guard let bell = (isShort ? shortened[number] : nil) ?? usual[number] else { continue }
            let starts = SchoolTime(date: date, time: bell.start), ends = SchoolTime(date: date, time: bell.end)
            guard starts != row["starts_at"] || ends != row["ends_at"] else { continue }
            try db.execute(sql: "UPDATE lesson SET starts_at = ?, ends_at = ? WHERE id = ?", arguments: [starts, ends, row["id"] as LessonID])
            moved += 1
        }
        return moved
    }

    private func bells(_ table: String) throws -> [Int: Bell] {
        var bells: [Int: Bell] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT lesson_number, start_min, end_min FROM \(table)") {
            bells[row[0]] = Bell(lessonNumber: row[0], start: TimeOfDay(minutes: row[1]), end: TimeOfDay(minutes: row[2]))
        }
        return bells
    }
}

/// A lesson's place in the day: the timetable owes one lesson per slot.
struct LessonSlot: Hashable {
    var classID: ClassID?
    var groupID: GroupID?
    var number: Int
    var subjectID: SubjectID
}

/// A lesson of the day being put right, with what was entered in it.
private struct DayLesson {
    var id: LessonID
    var classID: ClassID?
    var slot: LessonSlot
    var cancelled: Bool
    var cancelReason: String?
    var kept: KeptLesson

    init(_ row: Row) {
        id = row["id"]
        classID = row["class_id"]
        slot = LessonSlot(classID: row["class_id"], groupID: row["group_id"], number: row["lesson_number"],
                          subjectID: row["subject_id"])
        cancelled = row["cancelled"]
        cancelReason = row["cancel_reason"]
        let names = [row["class_name"], row["subject_name"], row["group_name"]].compactMap { $0 as String? }
        kept = KeptLesson(id: id, lessonNumber: slot.number, title: names.joined(separator: " · "),
                          teacherName: row["teacher_name"], marks: row["marks"], attendance: row["attendance"],
                          held: row["held"], hasComment: row["has_comment"])
    }

    var isEmpty: Bool { kept.marks == 0 && kept.attendance == 0 && !kept.held && !kept.hasComment }

    var cancelledByCalendar: Bool {
        cancelled && (cancelReason?.hasPrefix(CalendarCancellation.prefix) ?? false)
    }
}

/// What the calendar says of one day.
struct CalendarDayFacts {
    var date: SchoolDate
    /// The school's terms, when the day is inside one.
    var terms: TeachingTerms?
    var school: (kind: CalendarDayKind, weekday: Int?, note: String?)?
    var classes: [ClassID: (kind: CalendarDayKind, note: String?)]

    static func fetch(_ db: Database, _ date: SchoolDate) throws -> CalendarDayFacts {
        var facts = CalendarDayFacts(date: date, classes: [:])
        if let terms = try TeachingTerms.fetch(db), try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM period WHERE kind = ? AND start_day <= ? AND end_day >= ?)
            """, arguments: [terms.kind.rawValue, date, date]) == true {
            facts.terms = terms
        }
        for row in try Row.fetchAll(db, sql: "SELECT class_id, kind, weekday, note FROM calendar_day WHERE day = ?", arguments: [date]) {
            guard let kind = CalendarDayKind(rawValue: row["kind"]) else { continue }
            if let classID = row["class_id"] as ClassID? {
                facts.classes[classID] = (kind, row["note"])
            } else {
                facts.school = (kind, row["weekday"], row["note"])
            }
        }
        return facts
    }

    var schoolIsShort: Bool { school?.kind == .short }

    /// The weekday whose timetable the day follows: a workday's, else its own.
    var timetableWeekday: Int? {
        school?.kind == .workday ? school?.weekday : date.weekday
    }

    /// A workday on the timetable of a weekday other than its own.
    var followsAnotherWeekday: Bool {
        school?.kind == .workday && school?.weekday != date.weekday
    }

    /// Whether the day is not a school day for the lessons of `classID` (nil:
    /// a `mixed` or `extra` group's).
    func isOff(for classID: ClassID?) -> Bool {
        terms == nil || school?.kind == .holiday || school?.kind == .closed
            || (date.weekday == 7 && school?.kind != .workday)
            || classID.map { classes[$0]?.kind == .closed } ?? false
    }

    /// Why a lesson of `classID` was cancelled, after the prefix.
    func reason(for classID: ClassID?) -> String {
        let note = { (text: String?) in text.map { " (\($0))" } ?? "" }
        if let classID, let line = classes[classID], line.kind == .closed { return "класс не учится" + note(line.note) }
        switch school?.kind {
        case .holiday: return "нерабочий день" + note(school?.note)
        case .closed: return "школа закрыта" + note(school?.note)
        case .workday: return "день идёт по расписанию другого дня недели" + note(school?.note)
        default: return "не учебный день"
        }
    }
}
