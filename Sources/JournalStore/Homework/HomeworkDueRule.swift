import GRDB
import JournalCore

/// When a homework is due: by default at the next lesson of the same subject
/// for the same class or group, on a later day (a double lesson's second hour
/// is not "the next lesson" of the first), skipping cancelled lessons,
/// holidays and closed days. The lessons already made count first; after
/// them, the lessons the timetable owes (`OwedLessonsSQL`), which know the
/// school calendar.
struct HomeworkDueRule {
    let db: Database

    /// How far ahead the owed lessons are looked for, in days: long enough for
    /// the longest holidays inside the year, short enough to stay quick.
    static let horizons = [21, 120]

    /// The next `count` lessons after `facts`' day that a homework of it may be due at.
    func upcoming(after facts: LessonFacts, count: Int) throws -> [DueLesson] {
        try upcoming(classID: facts.classID, groupID: facts.groupID, subjectID: facts.subjectID, after: facts.day, count: count)
    }

    func upcoming(classID: ClassID?, groupID: GroupID?, subjectID: SubjectID, after day: SchoolDate, count: Int) throws -> [DueLesson] {
        let made = try Row.fetchAll(db, sql: """
            SELECT day, lesson_number FROM lesson
            WHERE class_id IS ? AND group_id IS ? AND subject_id = ? AND day > ? AND cancelled = 0
            ORDER BY day, lesson_number LIMIT ?
            """, arguments: [classID, groupID, subjectID, day, count]).map(Self.due)
        var all = made
        for horizon in Self.horizons {
            all = Array(Set(made + (try owed(classID: classID, groupID: groupID, subjectID: subjectID,
                                              after: day, horizon: horizon, count: count))).sorted().prefix(count))
            if all.count >= count { break }
        }
        return all
    }

    /// The slots the timetable owes and no lesson fills yet, from the day after
    /// `day` (and after the days already made: a day made without a slot's
    /// lesson does not owe it any more).
    private func owed(classID: ClassID?, groupID: GroupID?, subjectID: SubjectID, after day: SchoolDate,
                      horizon: Int, count: Int) throws -> [DueLesson] {
        guard let terms = try TeachingTerms.fetch(db) else { return [] }
        let made = try LessonMaterializer.materializedThrough(db) ?? Int.min
        let from = SchoolDate(dayNumber: max(day.dayNumber, made) + 1)
        var arguments = OwedLessonsSQL.arguments(from: from, to: day.adding(days: horizon), terms: terms)
        // `updateValue`: a nil class or group must stay a NULL argument, not a missing one.
        arguments.updateValue(classID, forKey: "class")
        arguments.updateValue(groupID, forKey: "group")
        arguments["subject"] = subjectID
        arguments["count"] = count
        return try Row.fetchAll(db, sql: OwedLessonsSQL.with(
            missingOnly: true, rows: "t.class_id IS :class AND t.group_id IS :group AND t.subject_id = :subject") + """
            SELECT day, lesson_number FROM owed ORDER BY day, lesson_number LIMIT :count
            """, arguments: StatementArguments(arguments)).map(Self.due)
    }

    static func due(_ row: Row) -> DueLesson {
        DueLesson(date: row["day"], lessonNumber: row["lesson_number"])
    }
}

/// Gives every homework without a due lesson its default one, in bulk: after
/// the migration that brought the column, and after a school is loaded.
/// The lessons made answer most of it in two statements (the next later day
/// of each class's or group's subject, then its first lesson that day); the
/// last homework of each subject, set before any lesson of it was made,
/// takes its slot from the timetable's owed lessons, read once for the school.
struct HomeworkDueFill {
    let db: Database

    func run() throws {
        try db.execute(sql: """
            UPDATE lesson SET homework_due_day = n.due FROM (
                SELECT id, min(day) OVER (PARTITION BY class_id, group_id, subject_id ORDER BY day
                                          RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS due
                FROM lesson WHERE cancelled = 0) n
            WHERE n.id = lesson.id AND lesson.homework IS NOT NULL AND lesson.homework_due_day IS NULL AND n.due IS NOT NULL;
            UPDATE lesson SET homework_due_number = (
                SELECT min(n.lesson_number) FROM lesson n
                WHERE n.day = lesson.homework_due_day AND n.class_id IS lesson.class_id AND n.group_id IS lesson.group_id
                      AND n.subject_id = lesson.subject_id AND n.cancelled = 0)
            WHERE homework_due_day IS NOT NULL AND homework_due_number IS NULL;
            """)
        try fillFromTimetable()
    }

    private struct Slot: Hashable {
        var classID: Int64?
        var groupID: Int64?
        var subjectID: Int64
    }

    /// The homework still without a due lesson, set at most `HomeworkDueRule.horizons[0]`
    /// days before the last day made: its next lesson is one the timetable owes.
    private func fillFromTimetable() throws {
        let waiting = try Row.fetchAll(db, sql: """
            SELECT id, class_id, group_id, subject_id, day FROM lesson
            WHERE homework IS NOT NULL AND homework_due_day IS NULL AND cancelled = 0
            """)
        guard !waiting.isEmpty, let terms = try TeachingTerms.fetch(db) else { return }
        let first = SchoolDate(dayNumber: waiting.map { $0["day"] as Int }.min() ?? 0)
        let made = try LessonMaterializer.materializedThrough(db) ?? Int.min
        let from = SchoolDate(dayNumber: max(first.dayNumber, made) + 1)
        let to = SchoolDate(dayNumber: max(first.dayNumber, made) + HomeworkDueRule.horizons[0])
        var owed: [Slot: [DueLesson]] = [:]
        for r in try Row.fetchAll(db, sql: OwedLessonsSQL.with(missingOnly: true) + """
            SELECT class_id, group_id, subject_id, day, lesson_number FROM owed ORDER BY day, lesson_number
            """, arguments: StatementArguments(OwedLessonsSQL.arguments(from: from, to: to, terms: terms))) {
            owed[Slot(classID: r["class_id"], groupID: r["group_id"], subjectID: r["subject_id"]), default: []]
                .append(HomeworkDueRule.due(r))
        }
        let update = try db.makeStatement(sql: "UPDATE lesson SET homework_due_day = ?, homework_due_number = ? WHERE id = ?")
        for r in waiting {
            let day: SchoolDate = r["day"]
            let slot = Slot(classID: r["class_id"], groupID: r["group_id"], subjectID: r["subject_id"])
            guard let due = owed[slot]?.first(where: { $0.date > day }) else { continue }
            try update.execute(arguments: [due.date, due.lessonNumber, r["id"] as Int64])
        }
    }
}
