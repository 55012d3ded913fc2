import GRDB
import JournalCore

/// «Нагрузка ДЗ»: how much homework each class has due on each day of a week,
/// for the deputy who checks its volume.
public struct HomeworkLoadWeek: Sendable {
    public var monday: SchoolDate
    /// Monday to Saturday.
    public var days: [SchoolDate]
    public var classes: [HomeworkLoadClass]
    /// Above this a day is flagged (`SettingKey.homeworkLoadLimit`).
    public var limit: Int
}

public struct HomeworkLoadClass: Hashable, Sendable {
    public var classID: ClassID
    public var name: String
    /// Per day of `HomeworkLoadWeek.days`: the subjects with homework due.
    public var counts: [Int]

    public var total: Int { counts.reduce(0, +) }
}

extension AppDatabase {
    /// Every class's homework due on each day of the week of `day`. A subject
    /// counts once a day however many of the class's groups set homework in
    /// it: each student does one group's homework, not all of them. Mixed
    /// groups, which belong to no class, are not counted.
    public func homeworkLoad(week day: SchoolDate, by requester: Requester) throws -> HomeworkLoadWeek {
        try read { db in
            _ = try AccessCheck.require(requester, db, refusal: Phrase(
                ru: "нагрузку ДЗ по классам смотрят заместитель директора и администратор",
                en: "the homework load of the classes is for the deputy and the administrator"), Permissions.mayReadSchoolReports)
            let monday = day.mondayOfWeek
            let days = (0..<6).map { monday.adding(days: $0) }
            var counts: [ClassID: [Int: Int]] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT homework_due_day AS day, class_id, count(DISTINCT subject_id) AS n FROM lesson
                WHERE homework_due_day BETWEEN ? AND ? AND class_id IS NOT NULL AND cancelled = 0 AND homework IS NOT NULL
                GROUP BY homework_due_day, class_id
                """, arguments: [monday, monday.adding(days: 5)]) {
                counts[r["class_id"], default: [:]][r["day"]] = r["n"]
            }
            let classes = try Row.fetchAll(db, sql: "SELECT id, name, grade FROM class ORDER BY grade, name").map { r in
                let id: ClassID = r["id"]
                return HomeworkLoadClass(classID: id, name: r["name"],
                                         counts: days.map { counts[id]?[$0.dayNumber] ?? 0 })
            }
            return HomeworkLoadWeek(monday: monday, days: days, classes: classes,
                                    limit: try SettingsStore.load(db).homeworkLoadLimit)
        }
    }
}
