/// The class history in SQL: the one place that says how "a student's stay in
/// a class covers a day" reads over the `enrollment` table. A stay runs from
/// `from_day` to `to_day` inclusive; an open stay has no `to_day`.
enum ClassHistorySQL {
    /// A stay `e` covers `day` (a column or a parameter).
    static func covers(_ e: String, _ day: String) -> String {
        "\(e).from_day <= \(day) AND (\(e).to_day IS NULL OR \(e).to_day >= \(day))"
    }

    /// A stay `e` covers at least one day of `from`...`to`. With positional
    /// parameters, mind the order: `to` comes first in the text.
    static func overlaps(_ e: String, from: String, to: String) -> String {
        "\(e).from_day <= \(to) AND (\(e).to_day IS NULL OR \(e).to_day >= \(from))"
    }

    /// The class of student `student` (a column) on `day`, as a scalar subquery.
    static func classOn(_ student: String, _ day: String) -> String {
        "(SELECT e.class_id FROM enrollment e WHERE e.student_id = \(student) AND \(covers("e", day)) ORDER BY e.from_day DESC LIMIT 1)"
    }

    /// The class of the student's latest stay: where they are, or were last.
    static func latestClass(_ student: String) -> String {
        "(SELECT e.class_id FROM enrollment e WHERE e.student_id = \(student) ORDER BY e.from_day DESC LIMIT 1)"
    }
}
