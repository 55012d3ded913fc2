import GRDB
import JournalCore

/// What the summary sheet (сводная ведомость) of a class prints: its
/// students over the school year, the final marks of each marking period and
/// of the year, and the lessons each missed.
public struct SummarySheetData: Sendable {
    public var className: String
    public var homeroomName: String?
    /// The marking periods in order, then the year (`markingPeriods(of:)`).
    public var periods: [PeriodInfo]
    /// The class's students whose stays overlap the year, by name.
    public var students: [GridStudent]
    /// Subjects taught in the class or its groups, or with a final mark, by name.
    public var subjects: [SubjectInfo]
    public var finalMarks: [SummaryCell: FinalMarkValue]
    public var missed: [StudentID: MissedLessons]
    /// The year's last day: a student whose stay ends before it has left.
    public var yearEnd: SchoolDate
}

public struct SubjectInfo: Hashable, Sendable {
    public var id: SubjectID
    public var name: String
}

public struct SummaryCell: Hashable, Sendable {
    public var student: StudentID
    public var subject: SubjectID
    public var period: PeriodID

    public init(student: StudentID, subject: SubjectID, period: PeriodID) {
        self.student = student
        self.subject = subject
        self.period = period
    }
}

/// Lessons missed in the year on the student's roll (н, б, уп on lessons not
/// cancelled), and of them through illness (б).
public struct MissedLessons: Hashable, Sendable {
    public var total: Int
    public var ill: Int

    public init(total: Int = 0, ill: Int = 0) {
        self.total = total
        self.ill = ill
    }
}

/// A journal to print by its bundle ids: a class or a group, and a subject.
public struct JournalUnitCodes: Hashable, Sendable {
    public var classCode: String?
    public var groupCode: String?
    public var subjectCode: String

    /// `5a-en1-eng-q2.pdf`; a group of no class has no class part.
    public func fileName(period: String) -> String {
        ([classCode, groupCode, subjectCode, period].compactMap { $0 }.joined(separator: "-") + ".pdf")
            .replacingOccurrences(of: "/", with: "_")
    }
}

extension AppDatabase {
    /// The classes and groups with a lesson not cancelled in the period, by
    /// subject, in code order.
    public func journalUnitCodes(period: PeriodID) throws -> [JournalUnitCodes] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT c.code AS class_code, g.code AS group_code, s.code AS subject_code
                FROM period p JOIN lesson l ON l.day BETWEEN p.start_day AND p.end_day AND l.cancelled = 0
                LEFT JOIN class c ON c.id = l.class_id LEFT JOIN teaching_group g ON g.id = l.group_id
                JOIN subject s ON s.id = l.subject_id
                WHERE p.id = ? ORDER BY 1, 2, 3
                """, arguments: [period]).map {
                JournalUnitCodes(classCode: $0["class_code"], groupCode: $0["group_code"], subjectCode: $0["subject_code"])
            }
        }
    }

    /// The journal pages of a class or a group in a subject and a period: the
    /// class grid, read for the server operator too. A group given with a
    /// class must be that class's.
    public func journalPages(_ audience: ClassOrGroup, of classID: ClassID?, subject: SubjectID, period: PeriodID,
                             by requester: Requester) throws -> ClassGridData {
        try read { db in
            if case .user(let user) = requester { try JournalReadGuard(db: db, user: user).checkMayRead(audience) }
            if let classID, case .group = audience, try AudienceFacts.fetch(db, audience).classID != classID {
                throw JournalError.notFound(Phrase(ru: "эта группа в этом классе", en: "this group in this class"))
            }
            return try ClassGridReader(db: db).read(audience, subjectID: subject, periodID: period)
        }
    }

    /// The summary sheet of a class for the school year, for the server
    /// operator, a supervisor or the class's homeroom teacher.
    public func summarySheet(of classID: ClassID, by requester: Requester) throws -> SummarySheetData {
        let periods = try markingPeriods(of: .wholeClass(classID))
        return try read { db in
            let facts = try AudienceFacts.fetch(db, .wholeClass(classID))
            let homeroom = try Row.fetchOne(db, sql: """
                SELECT c.homeroom_id, a.full_name FROM class c LEFT JOIN account a ON a.id = c.homeroom_id WHERE c.id = ?
                """, arguments: [classID])
            try SummarySheetSQL.checkMayRead(db, requester, homeroom: homeroom?["homeroom_id"])
            guard let start = periods.map(\.period.start).min(), let end = periods.map(\.period.end).max() else {
                throw JournalError.notFound(Phrase(ru: "учебные периоды в календаре школы", en: "the school's marking periods"))
            }
            let students = try LessonRoster.students(db, .wholeClass(classID), from: start, to: end)
            var data = SummarySheetData(className: facts.className ?? "", homeroomName: homeroom?["full_name"], periods: periods,
                                        students: students, subjects: [], finalMarks: [:], missed: [:], yearEnd: end)
            try SummarySheetSQL.fill(&data, db, classID: classID, from: start, to: end)
            return data
        }
    }
}

enum SummarySheetSQL {
    static func checkMayRead(_ db: Database, _ requester: Requester, homeroom: AccountID?) throws {
        guard case .user(let user) = requester else { return }
        let roles = try AccessCheck.account(db, user).roleList
        guard Permissions.isSupervisor(roles) || homeroom == user.accountID else {
            throw JournalError.forbidden(Phrase(ru: "сводную ведомость класса печатают его классный руководитель, заместитель директора и администратор",
                                                en: "a class's summary sheet is printed by its homeroom teacher, the deputy and the administrator"))
        }
    }

    static func fill(_ data: inout SummarySheetData, _ db: Database, classID: ClassID, from: SchoolDate, to: SchoolDate) throws {
        let ids = data.students.map(\.id.rawValue)
        let studentList = ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
        let periodList = data.periods.map { String($0.id.rawValue) }.joined(separator: ",")
        for r in try Row.fetchAll(db, sql: """
            SELECT student_id, subject_id, period_id, value FROM final_mark
            WHERE student_id IN (\(studentList)) AND period_id IN (\(periodList.isEmpty ? "NULL" : periodList))
            """) {
            guard let value = try? FinalMarkValue(parsing: r["value"]) else { continue }
            data.finalMarks[SummaryCell(student: r["student_id"], subject: r["subject_id"], period: r["period_id"])] = value
        }
        data.subjects = try Row.fetchAll(db, sql: """
            SELECT id, name FROM subject WHERE id IN (
                SELECT l.subject_id FROM lesson l LEFT JOIN teaching_group g ON g.id = l.group_id
                WHERE (l.class_id = ? OR g.class_id = ?) AND l.day BETWEEN ? AND ?
                UNION SELECT subject_id FROM final_mark
                WHERE student_id IN (\(studentList)) AND period_id IN (\(periodList.isEmpty ? "NULL" : periodList)))
            """, arguments: [classID, classID, from, to])
            .map { SubjectInfo(id: $0["id"], name: $0["name"]) }
            .sortedByRussianName(\.name)
        for student in data.students {
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*) AS total, ifnull(sum(a.code = 'б'), 0) AS ill FROM attendance a JOIN lesson l ON l.id = a.lesson_id
                WHERE a.student_id = ?1 AND a.code IN ('н', 'б', 'уп') AND l.cancelled = 0
                  AND a.lesson_id IN (\(LessonRoster.lessonsOf("?1", from: "?2", to: "?3")))
                """, arguments: [student.id, from, to])
            data.missed[student.id] = MissedLessons(total: row?["total"] ?? 0, ill: row?["ill"] ?? 0)
        }
    }
}
