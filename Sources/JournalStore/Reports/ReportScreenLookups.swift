import GRDB
import JournalCore

/// What the reports screen offers to choose from: classes, groups, teachers
/// and subjects with their bundle ids, in the order a person looks for them.
public struct ReportChoices: Sendable, Equatable {
    public struct Item: Sendable, Hashable {
        /// The bundle id (a teacher's login).
        public var code: String
        public var name: String
        /// A group's class name, when it has one.
        public var className: String?

        public init(code: String, name: String, className: String? = nil) {
            self.code = code
            self.name = name
            self.className = className
        }
    }

    public var classes: [Item] = []
    public var groups: [Item] = []
    public var teachers: [Item] = []
    public var subjects: [Item] = []

    public init(classes: [Item] = [], groups: [Item] = [], teachers: [Item] = [], subjects: [Item] = []) {
        self.classes = classes
        self.groups = groups
        self.teachers = teachers
        self.subjects = subjects
    }
}

/// A lesson of a teacher in a window, as a report's drill-down lists it.
public struct TeacherLessonLine: Sendable, Hashable {
    public var id: LessonID
    public var date: SchoolDate
    public var number: Int
    public var className: String
    public var groupName: String?
    public var subjectName: String
    public var hasTopic: Bool
    public var hasHomework: Bool
    public var cancelled: Bool
    /// Taught in place of another teacher.
    public var asSubstitute: Bool
}

extension AppDatabase {
    /// The classes (by grade, then name), groups, active teachers and subjects.
    public func reportChoices() throws -> ReportChoices {
        try read { db in
            var choices = ReportChoices()
            let classes = try Row.fetchAll(db, sql: "SELECT code, name, grade FROM class")
                .map { (grade: $0["grade"] as Int, item: ReportChoices.Item(code: $0["code"], name: $0["name"])) }
            choices.classes = classes.sorted { a, b in
                a.grade != b.grade ? a.grade < b.grade : RussianOrder.areInIncreasingOrder(a.item.name, b.item.name)
            }.map(\.item)
            choices.groups = try Row.fetchAll(db, sql: """
                SELECT g.code, g.name, c.name AS class_name FROM teaching_group g LEFT JOIN class c ON c.id = g.class_id
                """).map { ReportChoices.Item(code: $0["code"], name: $0["name"], className: $0["class_name"]) }
                .sortedByRussianName { ($0.className ?? "") + " " + $0.name }
            choices.teachers = try AccountRow.fetchAll(db, sql: "SELECT * FROM account WHERE disabled = 0")
                .filter { $0.roleList.contains(.teacher) }
                .map { ReportChoices.Item(code: $0.login, name: $0.fullName) }.sortedByRussianName(\.name)
            choices.subjects = try Row.fetchAll(db, sql: "SELECT code, name FROM subject")
                .map { ReportChoices.Item(code: $0["code"], name: $0["name"]) }.sortedByRussianName(\.name)
            return choices
        }
    }

    /// The student of a report's row, named by their full name and the class
    /// the report printed beside it (the class they were in during the
    /// window); nil when there is none (any more).
    public func reportStudent(named fullName: String, inClassNamed className: String, from: SchoolDate,
                              to: SchoolDate) throws -> StudentID? {
        try read { db in
            try StudentID.fetchOne(db, sql: """
                SELECT s.id FROM student s JOIN enrollment e ON e.student_id = s.id JOIN class c ON c.id = e.class_id
                WHERE s.full_name = ? AND c.name = ? AND \(ClassHistorySQL.overlaps("e", from: "?", to: "?"))
                ORDER BY e.from_day DESC LIMIT 1
                """, arguments: [fullName, className, to, from])
        }
    }

    /// A group named as a report prints it, beside its class's name (a mixed
    /// group has none).
    public func reportGroup(named name: String, inClassNamed className: String?) throws -> GroupID? {
        try read { db in
            try GroupID.fetchOne(db, sql: """
                SELECT g.id FROM teaching_group g LEFT JOIN class c ON c.id = g.class_id
                WHERE g.name = ? AND (ifnull(?, '') = '' OR c.name = ?) LIMIT 1
                """, arguments: [name, className, className])
        }
    }

    /// The lessons of one teacher in a window, for the reports' drill-down:
    /// what they taught (their own and as a substitute), cancelled ones too.
    /// A teacher who is not a reports reader sees only their own.
    public func teacherLessons(_ teacher: AccountID, from: SchoolDate, to: SchoolDate, asOf: SchoolTime,
                               by requester: Requester) throws -> [TeacherLessonLine] {
        try read { db in
            let asked = ReportScope(teacherID: teacher, from: from, to: to, asOf: asOf)
            let scope = try ReportAccess.scope(db, requester, asked,
                                               report: Phrase(ru: "Уроки учителя", en: "A teacher's lessons"))
            return try Row.fetchAll(db, sql: """
                SELECT l.id, l.day, l.lesson_number, ifnull(c.name, '') AS class_name, g.name AS group_name,
                       s.name AS subject_name, l.topic IS NOT NULL AND trim(l.topic) <> '' AS has_topic,
                       l.homework IS NOT NULL AND trim(l.homework) <> '' AS has_homework, l.cancelled,
                       l.substitute_for IS NOT NULL AS as_substitute
                FROM lesson l LEFT JOIN class c ON c.id = l.class_id LEFT JOIN teaching_group g ON g.id = l.group_id
                JOIN subject s ON s.id = l.subject_id
                WHERE l.teacher_id = :teacher AND l.day BETWEEN :from AND :to AND l.starts_at <= :asOf
                ORDER BY l.starts_at, l.id
                """, arguments: scope.arguments).map { r in
                TeacherLessonLine(id: r["id"], date: r["day"], number: r["lesson_number"], className: r["class_name"],
                                  groupName: r["group_name"], subjectName: r["subject_name"], hasTopic: r["has_topic"],
                                  hasHomework: r["has_homework"], cancelled: r["cancelled"], asSubstitute: r["as_substitute"])
            }
        }
    }
}
