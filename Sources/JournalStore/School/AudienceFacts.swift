import GRDB
import JournalCore

/// What the store needs to know of a class or a group before reading its
/// grid or checking who may: its class (a group's, when it has one), the
/// names for the title, how it is graded.
struct AudienceFacts {
    var audience: ClassOrGroup
    /// The class itself, or the class a `part` (or an `extra`) group belongs to.
    var classID: ClassID?
    var className: String?
    var groupName: String?
    var grading: GroupGrading

    static func fetch(_ db: Database, _ audience: ClassOrGroup) throws -> AudienceFacts {
        switch audience {
        case .wholeClass(let id):
            guard let name = try String.fetchOne(db, sql: "SELECT name FROM class WHERE id = ?", arguments: [id]) else {
                throw JournalError.notFound(Phrase(ru: "класс", en: "class"))
            }
            return AudienceFacts(audience: audience, classID: id, className: name, groupName: nil, grading: .marks)
        case .group(let id):
            guard let row = try Row.fetchOne(db, sql: """
                SELECT g.class_id, c.name AS class_name, g.name, g.grading
                FROM teaching_group g LEFT JOIN class c ON c.id = g.class_id WHERE g.id = ?
                """, arguments: [id]) else {
                throw JournalError.notFound(Phrase(ru: "группа", en: "group"))
            }
            return AudienceFacts(audience: audience, classID: row["class_id"], className: row["class_name"],
                                 groupName: row["name"], grading: GroupGrading(rawValue: row["grading"]) ?? .marks)
        }
    }

    /// The grade whose marking periods apply: the class's; for a group of no
    /// class, the highest grade among its members' classes (an elective of
    /// 10А and 10Б is assessed by half-years, as they are).
    func grade(_ db: Database) throws -> Int {
        if let classID {
            return try Int.fetchOne(db, sql: "SELECT grade FROM class WHERE id = ?", arguments: [classID]) ?? 1
        }
        return try Int.fetchOne(db, sql: """
            SELECT max(c.grade) FROM group_member gm JOIN enrollment e ON e.student_id = gm.student_id
            JOIN class c ON c.id = e.class_id WHERE gm.group_id = ?
            """, arguments: [audience.groupID]) ?? 1
    }
}
