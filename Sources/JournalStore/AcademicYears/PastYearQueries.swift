import GRDB
import JournalCore

extension AppDatabase {
    /// Every period of every academic year, earliest first: what a period
    /// named by its code or a past date is looked up in.
    public func periodsOfEveryYear() throws -> [PeriodInfo] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM period ORDER BY start_day, end_day DESC, id").map(PeriodQueries.info)
        }
    }

    /// The periods a window is chosen among: the current year's, unless
    /// `code` is a period of another year, then that year's (`zhurnal report
    /// … --period` of last year's quarter).
    public func periods(ofYearHolding code: String?) throws -> [PeriodInfo] {
        guard let code, let year = try read({ db in
            try String.fetchOne(db, sql: "SELECT academic_year FROM period WHERE code = ?", arguments: [code])
        }) else { return try periods() }
        return try periods(inYear: year)
    }

    /// The classes (or groups) and subjects `user` taught in the academic year
    /// `year`, from that year's lessons: a past year's timetable is gone, its
    /// lessons are not. A class whose students have since moved on is still
    /// here, by the class it was then. Ordered as `teachingAssignments(of:)`.
    public func teachingAssignments(of user: ActingUser, in year: AcademicYearInfo) throws -> [TeachingAssignment] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT l.class_id, l.group_id, c.name AS class_name, gc.name AS group_class_name, g.name AS group_name,
                       s.id AS subject_id, s.name AS subject_name, min(l.substitute_for IS NOT NULL) AS substitution_only
                FROM lesson l
                LEFT JOIN teaching_group g ON g.id = l.group_id
                LEFT JOIN class c ON c.id = l.class_id AND l.group_id IS NULL
                LEFT JOIN class gc ON gc.id = g.class_id
                JOIN subject s ON s.id = l.subject_id
                WHERE l.teacher_id = ? AND l.day BETWEEN ? AND ?
                GROUP BY ifnull(l.group_id, 0), CASE WHEN l.group_id IS NULL THEN l.class_id END, s.id
                ORDER BY coalesce(c.grade, gc.grade) IS NULL, coalesce(c.grade, gc.grade), coalesce(c.name, gc.name),
                         l.group_id IS NOT NULL, s.name, g.name
                """, arguments: [user.accountID, year.start, year.end]).map { r in
                TeachingAssignment(r, substitutionOnly: r["substitution_only"])
            }
        }
    }
}
