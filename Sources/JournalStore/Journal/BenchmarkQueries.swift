import GRDB
import JournalCore

/// A lesson to measure the journal on.
public struct BenchmarkLesson: Hashable, Sendable {
    public var lesson: LessonID
    public var teacherLogin: String
    /// Students of its class enrolled that day.
    public var students: Int
}

extension AppDatabase {
    /// For `zhurnal bench`: lessons of the latest day with marks (up to
    /// `through`), not cancelled, one per teacher, the biggest classes first —
    /// what teachers at many PCs would be filling in at once.
    public func benchmarkLessons(count: Int, through: SchoolDate? = nil) throws -> [BenchmarkLesson] {
        try read { db in
            try Row.fetchAll(db, sql: """
                WITH d AS (SELECT max(day) AS day FROM lesson WHERE mic_n + moc_n > 0 AND day <= ?),
                sizes AS (SELECT e.class_id, count(*) AS n FROM enrollment e, d
                          WHERE \(ClassHistorySQL.covers("e", "d.day")) GROUP BY e.class_id),
                ranked AS (SELECT l.id, a.login, s.n,
                                  row_number() OVER (PARTITION BY l.teacher_id ORDER BY s.n DESC, l.id) AS k
                           FROM lesson l JOIN d ON l.day = d.day JOIN sizes s ON s.class_id = l.class_id
                                JOIN account a ON a.id = l.teacher_id
                           WHERE l.cancelled = 0)
                SELECT id, login, n FROM ranked WHERE k = 1 ORDER BY n DESC, id LIMIT ?
                """, arguments: [through?.dayNumber ?? Int.max, count]).map { BenchmarkLesson(lesson: $0["id"], teacherLogin: $0["login"], students: $0["n"]) }
        }
    }
}

extension AppDatabase {
    /// For `zhurnal-bench --part diary`: the parent of a child in the biggest
    /// class from the fifth grade up (the first grades get no homework), and a day in the middle of the homework (a full week of the diary).
    public func benchmarkParent() throws -> (login: String, student: StudentID, day: SchoolDate)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.login, g.student_id FROM guardian g JOIN account a ON a.id = g.parent_id
                JOIN enrollment e ON e.student_id = g.student_id JOIN class c ON c.id = e.class_id
                WHERE c.grade >= 5
                ORDER BY (SELECT count(*) FROM enrollment x WHERE x.class_id = e.class_id) DESC, g.student_id LIMIT 1
                """) else { return nil }
            // the middle of the days homework was set: a full week of lessons, marks and homework due
            let day = try SchoolDate.fetchOne(db, sql: "SELECT (min(day) + max(day)) / 2 FROM lesson WHERE homework IS NOT NULL")
                ?? SchoolDate.fetchOne(db, sql: "SELECT max(day) FROM lesson")
            guard let day else { return nil }
            return (row["login"], row["student_id"], day)
        }
    }
}
