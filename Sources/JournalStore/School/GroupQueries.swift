import GRDB
import JournalCore

/// A teaching group as `zhurnal group list` and the screens show it.
public struct GroupOverview: Hashable, Sendable {
    public var id: GroupID
    public var code: String
    public var name: String
    public var kind: GroupKind
    public var classCode: String?
    public var className: String?
    public var subjectCode: String?
    public var subjectName: String?
    public var grading: GroupGrading
    /// Members on the day asked about.
    public var memberCount: Int
}

/// One membership of a group, with the student.
public struct GroupMemberLine: Hashable, Sendable {
    public var studentCode: String
    public var fullName: String
    public var span: DaySpan
}

enum GroupQueries {
    /// The group with bundle id `code`, or a refusal naming it.
    static func group(_ db: Database, code: String) throws -> AudienceFacts {
        guard let id = try GroupID.fetchOne(db, sql: "SELECT id FROM teaching_group WHERE code = ?", arguments: [code]) else {
            throw JournalError.notFound(Phrase(ru: "группа «\(code)»", en: "group \"\(code)\""))
        }
        return try AudienceFacts.fetch(db, .group(id))
    }
}

extension AppDatabase {
    /// Every teaching group with its members on `day`: by class (groups of no
    /// class last), then name.
    public func groups(on day: SchoolDate) throws -> [GroupOverview] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT g.id, g.code, g.name, g.kind, g.grading, c.code AS class_code, c.name AS class_name,
                       s.code AS subject_code, s.name AS subject_name,
                       (SELECT count(DISTINCT gm.student_id) FROM group_member gm
                        WHERE gm.group_id = g.id AND \(ClassHistorySQL.covers("gm", "?1"))) AS members
                FROM teaching_group g LEFT JOIN class c ON c.id = g.class_id LEFT JOIN subject s ON s.id = g.subject_id
                ORDER BY c.id IS NULL, c.grade, c.name, g.name, g.code
                """, arguments: [day]).map { r in
                GroupOverview(id: r["id"], code: r["code"], name: r["name"], kind: GroupKind(rawValue: r["kind"]) ?? .part,
                              classCode: r["class_code"], className: r["class_name"], subjectCode: r["subject_code"],
                              subjectName: r["subject_name"], grading: GroupGrading(rawValue: r["grading"]) ?? .marks,
                              memberCount: r["members"])
            }
        }
    }

    /// Every membership of the group with bundle id `code`, by student name,
    /// then date: who was in it, from when to when. For those who keep the
    /// lists (`Permissions.mayKeepStudentLists`); a group's teacher sees its
    /// members in its journal.
    public func groupMembers(_ code: String, by requester: Requester) throws -> [GroupMemberLine] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: studentListsRefusal, Permissions.mayKeepStudentLists)
            let group = try GroupQueries.group(db, code: code)
            return try Row.fetchAll(db, sql: """
                SELECT s.code, s.full_name, gm.from_day, gm.to_day FROM group_member gm JOIN student s ON s.id = gm.student_id
                WHERE gm.group_id = ? ORDER BY gm.from_day, s.id
                """, arguments: [group.audience.groupID]).map { r in
                GroupMemberLine(studentCode: r["code"], fullName: r["full_name"], span: DaySpan(from: r["from_day"], to: r["to_day"]))
            }.sortedByRussianName(\.fullName)
        }
    }
}

/// The refusal of a read of class histories and group lists.
let studentListsRefusal = Phrase(ru: "списки учащихся ведут секретарь, завуч и администратор",
                                 en: "student lists are kept by the secretary, the deputy and the administrator")
