import GRDB
import JournalCore

/// One line of the curriculum (учебный план) with names, for the control
/// reports and the КТП check that compare it with the timetable and the plans.
public struct CurriculumLine: Hashable, Sendable {
    /// The class, or the class of a `part` group; nil for a group of several classes.
    public var classID: ClassID?
    public var className: String?
    /// The group; nil for the whole class.
    public var groupID: GroupID?
    public var groupName: String?
    public var subjectID: SubjectID
    public var subjectName: String
    public var hours: WeeklyHours
}

extension AppDatabase {
    /// The curriculum, narrowed to a class (its own lines and its `part`
    /// groups'), a group, a subject, or any of them together; by class, group
    /// (whole class first) and subject name.
    public func curriculum(class classID: ClassID? = nil, group groupID: GroupID? = nil,
                           subject subjectID: SubjectID? = nil) throws -> [CurriculumLine] {
        try read { db in try CurriculumQueries.lines(db, class: classID, group: groupID, subject: subjectID) }
    }
}

/// The curriculum's lines inside a read that needs more (the control reports' norms).
enum CurriculumQueries {
    /// `pastYear`: that past year's curriculum as it was kept (`PastYearTables`); nil: the current one.
    static func lines(_ db: Database, class classID: ClassID? = nil, group groupID: GroupID? = nil,
                      subject subjectID: SubjectID? = nil, pastYear: String? = nil) throws -> [CurriculumLine] {
        let source = PastYearTables.curriculum(pastYear)
        return try Row.fetchAll(db, sql: """
            SELECT cu.class_id, c.name AS class_name, cu.group_id, g.name AS group_name, cu.subject_id,
                   s.name AS subject_name, cu.hours_x100
            FROM \(source.table) cu LEFT JOIN class c ON c.id = cu.class_id LEFT JOIN teaching_group g ON g.id = cu.group_id
            JOIN subject s ON s.id = cu.subject_id
            WHERE (?1 IS NULL OR cu.class_id = ?1) AND (?2 IS NULL OR cu.group_id = ?2) AND (?3 IS NULL OR cu.subject_id = ?3)
              AND \(source.filter)
            ORDER BY c.id IS NULL, c.grade, c.name, g.name IS NOT NULL, g.name, s.name, cu.rowid
            """, arguments: [classID, groupID, subjectID]).map { r in
            CurriculumLine(classID: r["class_id"], className: r["class_name"], groupID: r["group_id"], groupName: r["group_name"],
                           subjectID: r["subject_id"], subjectName: r["subject_name"],
                           hours: WeeklyHours(hundredths: r["hours_x100"]))
        }
    }
}
