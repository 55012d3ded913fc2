/// The roster of many lessons (or classes and groups) at once, for reports
/// that count a whole school: the same rule as `onRoll`, written as a join so
/// that SQLite walks the class history and group memberships by their indexes
/// instead of asking lesson by lesson.
extension LessonRoster {
    /// Each row `u` of `units` (a table or CTE with `class_id` and `group_id`)
    /// with the stays of its audience — enrollment in the class for a whole
    /// class, membership for a group of any kind — that cover `day(stay)`.
    /// `columns(stay)` is the select list; `join(stay)` may join more tables
    /// to the stay (aliased `e` or `gm`).
    static func rolls(of units: String, selecting columns: (String) -> String, covering day: (String) -> String,
                      joining join: (String) -> String = { _ in "" }) -> String {
        """
        SELECT \(columns("e")) FROM \(units) u JOIN enrollment e ON u.group_id IS NULL AND e.class_id = u.class_id \(join("e"))
        WHERE \(ClassHistorySQL.covers("e", day("e")))
        UNION ALL
        SELECT \(columns("gm")) FROM \(units) u JOIN group_member gm ON gm.group_id = u.group_id \(join("gm"))
        WHERE \(ClassHistorySQL.covers("gm", day("gm")))
        """
    }
}
