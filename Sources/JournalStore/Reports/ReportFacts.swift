import GRDB
import JournalCore

/// A unit of teaching as the control reports count it: a class, a group of a
/// class, or a group of no class, in one subject — what a lesson belongs to.
public struct TeachingUnit: Hashable, Sendable {
    public var classID: ClassID?
    public var groupID: GroupID?
    public var subjectID: SubjectID

    public init(classID: ClassID?, groupID: GroupID?, subjectID: SubjectID) {
        self.classID = classID
        self.groupID = groupID
        self.subjectID = subjectID
    }

    init(_ row: Row) {
        self.init(classID: row["class_id"], groupID: row["group_id"], subjectID: row["subject_id"])
    }

    /// From the class, group and subject columns at `index`, `index + 1` and
    /// `index + 2` of a cursor's row: by position, because looking a column up
    /// by name costs more than reading it when a report reads 10⁵ rows.
    init(_ row: Row, at index: Int) {
        self.init(classID: (row[index] as Int64?).map(ClassID.init), groupID: (row[index + 1] as Int64?).map(GroupID.init),
                  subjectID: SubjectID(row[index + 2] as Int64))
    }
}

/// Where a student stands at the end of a window (reports.md «Whose, and
/// where»): their last day in it, their class that day, and whether they left.
public struct StudentStanding: Hashable, Sendable {
    public var studentID: StudentID
    public var fullName: String
    public var lastDay: SchoolDate
    public var classID: ClassID
    /// Not enrolled in any class on the window's last day.
    public var left: Bool
}

/// The curriculum and the timetable as the norm of marks reads them.
public struct TeachingHours: Sendable {
    /// Curriculum rows by their class, group and subject.
    public var curriculum: [TeachingUnit: WeeklyHours] = [:]
    /// Weekly timetable slots of each unit valid in the window.
    public var timetableSlots: [TeachingUnit: Int] = [:]
}

enum ReportFactSQL {
    /// Each student enrolled during the window, with their last day in it
    /// and their class that day.
    static func standings(_ db: Database, _ scope: ReportScope) throws -> [StudentID: StudentStanding] {
        var result: [StudentID: StudentStanding] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT x.student_id, s.full_name, x.last_day, \(ClassHistorySQL.classOn("x.student_id", "x.last_day")) AS class_id
            FROM (SELECT e.student_id, max(min(ifnull(e.to_day, :to), :to)) AS last_day FROM enrollment e
                  WHERE \(ClassHistorySQL.overlaps("e", from: ":from", to: ":to")) GROUP BY e.student_id) x
            JOIN student s ON s.id = x.student_id
            """, arguments: scope.arguments)
        while let r = try rows.next() {
            let student = StudentID(r[0] as Int64), last = SchoolDate(dayNumber: Int(r[2] as Int64))
            result[student] = StudentStanding(studentID: student, fullName: r[1], lastDay: last, classID: ClassID(r[3] as Int64),
                                              left: last < scope.to)
        }
        return result
    }

    static func hours(_ db: Database, _ scope: ReportScope) throws -> TeachingHours {
        var hours = TeachingHours()
        // The rows alone, without the names and order the curriculum screen
        // reads: a unit has one row (the table's unique key), so order is moot.
        let source = PastYearTables.curriculum(try PastYearTables.keptYear(db, containing: scope.from))
        let lines = try ReportRows(db, sql: "SELECT class_id, group_id, subject_id, hours_x100 FROM \(source.table) WHERE \(source.filter)",
                                   arguments: [])
        while try lines.next() { hours.curriculum[lines.unit(at: 0)] = WeeklyHours(hundredths: lines.int(3)) }
        let slots = try ReportRows(db, sql: """
            SELECT class_id, group_id, subject_id, count(DISTINCT weekday * 100 + lesson_number) AS slots FROM timetable
            WHERE valid_from <= :to AND (valid_to IS NULL OR valid_to >= :from) GROUP BY class_id, group_id, subject_id
            """, arguments: scope.arguments)
        while try slots.next() { hours.timetableSlots[slots.unit(at: 0)] = slots.int(3) }
        return hours
    }

    /// Whether the scope has any lesson in its window: a report over a window
    /// with nothing in it is refused, naming the window.
    static func requireLessons(_ db: Database, _ scope: ReportScope, window: Phrase) throws {
        guard try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM lesson l WHERE l.day BETWEEN :from AND :to AND \(ReportScope.lessonFilter))
            """, arguments: scope.arguments) == true else {
            throw JournalError.other(Phrase(ru: "за \(window.ru) в журнале нет уроков: отчёту не из чего считать",
                                            en: "the journal has no lessons in \(window.en): nothing to report"))
        }
    }
}
