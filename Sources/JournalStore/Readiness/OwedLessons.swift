import GRDB
import JournalCore

/// The lessons the timetable owes that nobody has made yet (readiness.md,
/// "Lessons the timetable owes"): after the last day the materializer has made
/// lessons for, every slot of a school day counts as an empty lesson. A report
/// counts them here instead of making them, so that it never writes and a user
/// who may only read the file gets the same figures.
///
/// They are the lessons `LessonMaterializer` would make (`OwedLessonsSQL`):
/// empty, not cancelled, timed by the day's bells. Without entries, they add
/// to the counted lessons and to nothing else.
struct OwedLessons {
    let db: Database
    let request: LessonCountRequest

    /// The counted owed lessons, grouped as asked.
    func counts() throws -> [LessonGroupCounts] {
        guard let arguments = try Self.arguments(db, from: request.from, to: request.to, asOf: request.asOf,
                                                 slice: request.slice) else { return [] }
        let columns = LessonSQL.groupColumns(request.grouping, "o")
        let select = (columns.map { "\($0.expression) AS \($0.name)" } + ["count(*) AS lessons"]).joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: OwedLessonsSQL.with(missingOnly: true) + """
            SELECT \(select) FROM owed o WHERE \(Self.countedCondition(request.slice))\(LessonSQL.groupBy(request.grouping, "o"))
            """, arguments: arguments)
        return rows.compactMap { row in
            let lessons: Int = row["lessons"]
            guard lessons > 0 else { return nil }
            let key = GroupKey(row, request.grouping)
            return LessonGroupCounts(day: key.day, classID: key.line?.classID, groupID: key.line?.groupID,
                                     teacherID: key.teacherID, subjectID: key.subjectID, lessons: lessons)
        }
    }

    /// An owed lesson `o` that counts: begun by `asOf`, in the slice (its day
    /// is in the window by `arguments`).
    static func countedCondition(_ slice: LessonSlice) -> String {
        "o.starts_at <= :asOf" + LessonSQL.sliceCondition(slice, "o")
    }

    /// The arguments of a report's query over owed lessons, or nil when the
    /// window has no day after the made ones up to `asOf`'s day: the readiness
    /// arguments and `OwedLessonsSQL`'s.
    static func arguments(_ db: Database, from: SchoolDate, to: SchoolDate, asOf: SchoolTime,
                          slice: LessonSlice) throws -> StatementArguments? {
        guard let terms = try TeachingTerms.fetch(db) else { return nil }
        let made = try LessonMaterializer.materializedThrough(db).map(SchoolDate.init(dayNumber:))
        let first = max(from, made?.adding(days: 1) ?? from)
        let last = min(to, asOf.date)
        guard first <= last, first <= terms.end, terms.start <= last else { return nil }
        var arguments = ReadinessListSQL.namedArguments(from: from, to: to, asOf: asOf, slice: slice)
        arguments.merge(OwedLessonsSQL.arguments(from: first, to: last, terms: terms)) { _, owed in owed }
        return StatementArguments(arguments)
    }
}
