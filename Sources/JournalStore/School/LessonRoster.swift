import GRDB
import JournalCore

/// The one answer to "who are this lesson's students on its date", in its
/// three shapes. A lesson of the whole class (`group_id` NULL) has the
/// students enrolled in the class that day (the class history, `enrollment`);
/// a lesson of a group, of any kind, has the group's members that day
/// (`group_member`). A `part` group's membership is ended by the class history
/// operations when the student leaves the class, so membership alone decides.
///
/// Every screen, report and write that lists or checks a lesson's students
/// goes through here: the grid and the roll (`students`), a mark or an
/// attendance row (`onRoll`), the family diary (`lessonsOf`).
enum LessonRoster {
    /// Where the stays of an audience are kept: the table and the column that
    /// names the class or the group.
    static func source(_ audience: ClassOrGroup) -> (table: String, owner: String, id: Int64) {
        switch audience {
        case .wholeClass(let id): ("enrollment", "class_id", id.rawValue)
        case .group(let id): ("group_member", "group_id", id.rawValue)
        }
    }

    /// The students of `audience` whose stays (memberships) overlap
    /// `from`...`to`, each with every such stay, in Russian alphabetical
    /// order: a period's for the grid, one day's for a lesson's roll.
    static func students(_ db: Database, _ audience: ClassOrGroup, from: SchoolDate, to: SchoolDate) throws -> [GridStudent] {
        let source = source(audience)
        var byStudent: [StudentID: GridStudent] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT s.id, s.full_name, m.from_day, m.to_day
            FROM \(source.table) m JOIN student s ON s.id = m.student_id
            WHERE m.\(source.owner) = ? AND \(ClassHistorySQL.overlaps("m", from: "?", to: "?"))
            ORDER BY m.from_day
            """, arguments: [source.id, to, from]) {
            let id: StudentID = r["id"]
            let span = DaySpan(from: r["from_day"], to: r["to_day"])
            byStudent[id, default: GridStudent(id: id, fullName: r["full_name"], spans: [])].spans.append(span)
        }
        return byStudent.values.sorted { $0.id < $1.id }.sortedByRussianName(\.fullName)
    }

    /// Whether `student` (a column or a parameter) is on the roll of the lesson
    /// aliased `l` on its day.
    static func onRoll(_ student: String, lesson l: String) -> String {
        """
        CASE WHEN \(l).group_id IS NULL
            THEN EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = \(student) AND e.class_id = \(l).class_id
                         AND \(ClassHistorySQL.covers("e", "\(l).day")))
            ELSE EXISTS (SELECT 1 FROM group_member gm WHERE gm.student_id = \(student) AND gm.group_id = \(l).group_id
                         AND \(ClassHistorySQL.covers("gm", "\(l).day")))
        END
        """
    }

    /// The ids of the lessons from `from` through `to` whose roll has
    /// `student` (parameters or columns), as a subquery: the lessons of their
    /// class while they were in it, and of each group while they were a member.
    static func lessonsOf(_ student: String, from: String, to: String) -> String {
        """
        SELECT l.id FROM enrollment e JOIN lesson l ON l.class_id = e.class_id AND l.group_id IS NULL
        WHERE e.student_id = \(student) AND l.day BETWEEN \(from) AND \(to) AND \(ClassHistorySQL.covers("e", "l.day"))
        UNION ALL
        SELECT l.id FROM group_member gm JOIN lesson l ON l.group_id = gm.group_id
        WHERE gm.student_id = \(student) AND l.day BETWEEN \(from) AND \(to) AND \(ClassHistorySQL.covers("gm", "l.day"))
        """
    }
}

extension AppDatabase {
    /// The students on a lesson's roll on its date, by name.
    public func studentsEnrolled(in lesson: LessonID) throws -> [StudentID] {
        try read { db in
            let facts = try LessonFacts.fetch(db, lesson)
            return try LessonRoster.students(db, facts.audience, from: facts.day, to: facts.day).map(\.id)
        }
    }
}
