import Foundation
import GRDB
import JournalCore

/// Row types of the tables, internal to the store. Screens and reports see the
/// JournalCore values and the read models built from these.
struct SchoolRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "school"
    var id: Int64 = 1
    var name: String
    var timezone: String
    var academicYear: String

    enum CodingKeys: String, CodingKey {
        case id, name, timezone, academicYear = "academic_year"
    }

    var school: School { School(name: name, timeZoneID: timezone, academicYear: academicYear) }

    static func timeZone(_ db: Database) throws -> TimeZone {
        guard let id = try String.fetchOne(db.cachedStatement(sql: "SELECT timezone FROM school WHERE id = 1")) else {
            throw StoreError.noSchool
        }
        return TimeZone(identifier: id) ?? TimeZone(identifier: "Europe/Moscow")!
    }
}

struct AccountRow: FetchableRecord, TableRecord {
    static let databaseTableName = "account"
    var id: AccountID
    var login: String
    var fullName: String
    var roles: String
    var createdAt: SchoolTime
    var activatedAt: SchoolTime?
    var disabled: Bool
    var disabledAt: SchoolTime?
    var passwordHash: String?
    var mustChangePassword: Bool

    init(row: Row) throws {
        id = row["id"]
        login = row["login"]
        fullName = row["full_name"]
        roles = row["roles"]
        createdAt = row["created_at"]
        activatedAt = row["activated_at"]
        disabled = row["disabled"]
        disabledAt = row["disabled_at"]
        passwordHash = row["password_hash"]
        mustChangePassword = row["must_change_password"]
    }

    var roleList: [Role] { (try? Role.parseList(roles)) ?? [] }

    var account: Account {
        Account(login: login, fullName: fullName, roles: roleList, createdAt: createdAt,
                activatedAt: activatedAt, disabled: disabled, disabledAt: disabledAt)
    }

    var actingUser: ActingUser {
        ActingUser(accountID: id, login: login, fullName: fullName, roles: roleList)
    }
}

/// The facts about a lesson that rights and validation need.
/// What the checks of a journal write or read need of one lesson.
struct LessonFacts: FetchableRecord {
    var id: LessonID
    var classID: ClassID?
    var groupID: GroupID?
    var subjectID: SubjectID
    var teacherID: AccountID
    /// The scheduled teacher a substitute replaced: they may read, not write.
    var substituteFor: AccountID?
    var day: SchoolDate
    var cancelled: Bool
    var groupName: String?
    var grading: GroupGrading
    /// «5А · Английский язык · гр. 1», «Робототехника · 6А»: the group as
    /// screens name it, for refusals; nil for the whole class.
    var groupLabel: String?

    init(row: Row) throws {
        id = row["id"]
        classID = row["class_id"]
        groupID = row["group_id"]
        subjectID = row["subject_id"]
        teacherID = row["teacher_id"]
        substituteFor = row["substitute_for"]
        day = row["day"]
        cancelled = row["cancelled"]
        groupName = row["group_name"]
        grading = (row["grading"] as String?).flatMap(GroupGrading.init(rawValue:)) ?? .marks
        groupLabel = groupName.map { LessonLabel(className: row["class_name"], subjectName: row["subject_name"], groupName: $0).text }
    }

    /// The students on its roll: its group's members, else its class's.
    var audience: ClassOrGroup {
        if let groupID { return .group(groupID) }
        // A lesson has a class or a group (CHECK in the schema).
        return .wholeClass(classID ?? ClassID(0))
    }

    static func fetch(_ db: Database, _ id: LessonID) throws -> LessonFacts {
        guard let facts = try LessonFacts.fetchOne(db.cachedStatement(sql: """
            SELECT l.id, l.class_id, l.group_id, l.subject_id, l.teacher_id, l.substitute_for, l.day, l.cancelled,
                   g.name AS group_name, g.grading, c.name AS class_name, s.name AS subject_name
            FROM lesson l LEFT JOIN teaching_group g ON g.id = l.group_id
                LEFT JOIN class c ON c.id = g.class_id JOIN subject s ON s.id = l.subject_id
            WHERE l.id = ?
            """), arguments: [id]) else {
            throw JournalError.notFound(Phrase(ru: "урок", en: "lesson"))
        }
        return facts
    }
}
