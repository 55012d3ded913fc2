import GRDB
import JournalCore

/// Lessons come into being from the timetable. Each school day's timetable slots
/// become lesson rows the first time anything that writes needs that day (the
/// teacher's today screen, a grid), exactly once: the check and the insert run
/// in one IMMEDIATE transaction, so two processes cannot both create a lesson.
/// Which days are school days and which lessons they owe is `OwedLessonsSQL`
/// (terms, the school calendar, groups, shortened bells); reports count the
/// same lessons without creating them.
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

extension AppDatabase {
    /// The lesson in a slot of `date` (class or group, number, subject): one a
    /// readiness list counted as owed is made here first, with every school day
    /// up to `date`, as opening the journal makes them. Nil when there is none;
    /// in a read-only file, where nothing can be made, a lesson not made yet is
    /// refused as a write would be.
    public func lesson(on date: SchoolDate, number: Int, classID: ClassID?, groupID: GroupID?,
                       subjectID: SubjectID) throws -> LessonID? {
        try materializeLessons(through: date)
        let id = try read { db in
            try LessonID.fetchOne(db, sql: """
                SELECT id FROM lesson WHERE day = ? AND lesson_number = ? AND class_id IS ? AND group_id IS ? AND subject_id = ?
                ORDER BY cancelled, id LIMIT 1
                """, arguments: [date, number, classID, groupID, subjectID])
        }
        if id == nil, isReadOnly { throw JournalError.storageFailure(.readOnly, nothingSaved: true) }
        return id
    }
}

struct LessonMaterializer {
    let db: Database

    static let settingKey = "lessons_materialized_through"
    /// The last day of the loaded history, which the calendar does not fill in
    /// with lessons the other journal did not have.
    static let historyKey = "lessons_history_through"

    static func materializedThrough(_ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [settingKey])
    }

    static func historyThrough(_ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [historyKey])
    }

    /// After a bulk load: the loaded lessons are history up to their last day;
    /// without lessons, history ends the day before `today`.
    static func markHistory(_ db: Database, today: SchoolDate) throws {
        let last = try Int.fetchOne(db, sql: "SELECT max(day) FROM lesson") ?? today.dayNumber - 1
        try SettingsStore.setRaw(db, settingKey, String(last))
        try SettingsStore.setRaw(db, historyKey, String(last))
    }

    func run(through last: SchoolDate) throws {
        guard let terms = try TeachingTerms.fetch(db) else { return }
        let done = try Self.materializedThrough(db)
        let first = max(terms.start.dayNumber, (done ?? Int.min) + 1)
        let end = min(last.dayNumber, terms.end.dayNumber)
        guard first <= end else { return }
        try create(from: SchoolDate(dayNumber: first), to: SchoolDate(dayNumber: end), terms: terms)
        try SettingsStore.setRaw(db, Self.settingKey, String(end))
    }

    /// Inserts the lessons `[from, to]` owes that are missing, then the class
    /// days' ends and summaries. The number of lessons created.
    @discardableResult
    func create(from: SchoolDate, to: SchoolDate, terms: TeachingTerms, classID: ClassID? = nil) throws -> Int {
        let scope = classID == nil ? "" : " WHERE o.class_id = :class"
        var arguments = OwedLessonsSQL.arguments(from: from, to: to, terms: terms)
        arguments["class"] = classID
        try db.execute(sql: OwedLessonsSQL.with(missingOnly: true) + """
            INSERT INTO lesson (class_id, group_id, subject_id, teacher_id, day, lesson_number, starts_at, ends_at)
            SELECT o.class_id, o.group_id, o.subject_id, o.teacher_id, o.day, o.lesson_number, o.starts_at, o.ends_at
            FROM owed o\(scope)
            ORDER BY o.day, o.class_id IS NULL, o.class_id, o.group_id, o.lesson_number
            """, arguments: StatementArguments(arguments))
        let created = db.changesCount
        if created > 0 { try LessonStats.refreshDays(db, from: from, to: to) }
        return created
    }
}
