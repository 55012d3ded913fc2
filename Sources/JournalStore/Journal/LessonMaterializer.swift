import GRDB
import JournalCore

/// Lessons come into being from the timetable. Each school day's timetable slots
/// become lesson rows the first time anything needs that day (the teacher's
/// today screen, a grid, a report), exactly once: the check and the insert run
/// in one IMMEDIATE transaction, so two processes cannot both create a lesson.
///
/// A school day is a Monday-to-Saturday date inside a teaching period: the
/// quarters if the school has any, else its trimesters, else its halves, else
/// the year. The gaps between quarters are the holidays.
///
/// The lessons a school brought with it (an imported bundle, a generated
/// school) are its history: a bulk load records the last day they cover, and
/// lessons are created only after it — never empty lessons in the past of an
/// import that the other journal did not have. With no lessons at all, the
/// school starts on the day it was loaded.
extension AppDatabase {
    /// Creates the missing lessons of every school day up to and including `day`.
    /// Cheap when nothing is missing: it remembers how far it has gone, and
    /// looks in a read before taking the write lock.
    ///
    /// A read-only file gets none: a reader sees the lessons writers have made
    /// (the lessons the timetable owes, computed without writing, come with the
    /// school-structure work).
    public func materializeLessons(through day: SchoolDate) throws {
        guard !isReadOnly else { return }
        let done = try read { try LessonMaterializer.materializedThrough($0) }
        if let done, done >= day.dayNumber { return }
        try write { db in
            try LessonMaterializer(db: db).run(through: day)
        }
    }
}

struct LessonMaterializer {
    let db: Database

    static let settingKey = "lessons_materialized_through"

    static func materializedThrough(_ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [settingKey])
    }

    /// After a bulk load: the loaded lessons are history up to their last day;
    /// without lessons, history ends the day before `today`.
    static func markHistory(_ db: Database, today: SchoolDate) throws {
        let last = try Int.fetchOne(db, sql: "SELECT max(day) FROM lesson") ?? today.dayNumber - 1
        try SettingsStore.setRaw(db, settingKey, String(last))
    }

    func run(through last: SchoolDate) throws {
        guard let span = try teachingSpan() else { return }
        let done = try Self.materializedThrough(db)
        let first = max(span.start.dayNumber, (done ?? Int.min) + 1)
        let end = min(last.dayNumber, span.end.dayNumber)
        guard first <= end else { return }
        try db.execute(sql: """
            WITH RECURSIVE days(day) AS (SELECT ? UNION ALL SELECT day + 1 FROM days WHERE day < ?),
            school_days(day) AS (
                SELECT day FROM days
                WHERE ((day + 3) % 7) + 1 <= 6
                  AND EXISTS (SELECT 1 FROM period p WHERE p.kind = ? AND p.start_day <= day AND p.end_day >= day))
            INSERT INTO lesson (class_id, subject_id, teacher_id, day, lesson_number, starts_at, ends_at)
            SELECT t.class_id, t.subject_id, t.teacher_id, d.day, t.lesson_number,
                   d.day * 86400 + b.start_min * 60, d.day * 86400 + b.end_min * 60
            FROM school_days d
            JOIN timetable t ON t.weekday = ((d.day + 3) % 7) + 1
                AND t.valid_from <= d.day AND (t.valid_to IS NULL OR t.valid_to >= d.day)
            JOIN bell b ON b.lesson_number = t.lesson_number
            WHERE NOT EXISTS (
                SELECT 1 FROM lesson l
                WHERE l.class_id = t.class_id AND l.day = d.day AND l.lesson_number = t.lesson_number
                  AND l.subject_id = t.subject_id)
            ORDER BY d.day, t.class_id, t.lesson_number
            """, arguments: [first, end, span.kind.rawValue])
        if db.changesCount > 0 {
            try LessonStats.refreshDays(db, from: SchoolDate(dayNumber: first), to: SchoolDate(dayNumber: end))
        }
        try SettingsStore.setRaw(db, Self.settingKey, String(end))
    }

    /// The kind of period that marks school days, and the whole span of them.
    private func teachingSpan() throws -> (kind: PeriodKind, start: SchoolDate, end: SchoolDate)? {
        for kind in [PeriodKind.quarter, .trimester, .half, .year] {
            if let row = try Row.fetchOne(db, sql: """
                SELECT min(start_day) AS s, max(end_day) AS e FROM period WHERE kind = ? HAVING count(*) > 0
                """, arguments: [kind.rawValue]) {
                return (kind, row["s"], row["e"])
            }
        }
        return nil
    }
}
