import GRDB
import JournalCore

extension AppDatabase {
    /// The children `user` may open in the family view: a parent's linked
    /// children, a student themself. Staff get none here; they read a class's
    /// journal instead.
    public func familyChildren(of user: ActingUser) throws -> [FamilyChild] {
        try read { db in
            let roles = try AccessCheck.account(db, user).roleList
            var rows: [Row] = []
            if roles.contains(.parent) {
                rows += try Row.fetchAll(db, sql: """
                    SELECT s.id, s.full_name, c.name AS class_name FROM guardian g
                    JOIN student s ON s.id = g.student_id JOIN class c ON c.id = \(ClassHistorySQL.latestClass("s.id"))
                    WHERE g.parent_id = ?
                    """, arguments: [user.accountID])
            }
            if roles.contains(.student) {
                rows += try Row.fetchAll(db, sql: """
                    SELECT s.id, s.full_name, c.name AS class_name FROM student s
                    JOIN class c ON c.id = \(ClassHistorySQL.latestClass("s.id")) WHERE s.account_id = ?
                    """, arguments: [user.accountID])
            }
            var seen: Set<StudentID> = []
            return rows.map(FamilyReader.child).filter { seen.insert($0.id).inserted }.sortedByRussianName(\.fullName)
        }
    }

    /// One child's marks, attendance, homework and final marks for a period, for
    /// a user who may read them (`Permissions.mayReadStudentRecord`): a parent
    /// only their linked children, a student only themself.
    public func familyRecord(of student: StudentID, period: PeriodID, by user: ActingUser) throws -> FamilyRecord {
        try read { db in
            try StudentReadGuard(db: db, user: user).checkMayRead(student)
            return try FamilyReader(db: db, student: student).read(period: period)
        }
    }
}

/// Who may read one student's record.
struct StudentReadGuard {
    let db: Database
    let user: ActingUser

    func checkMayRead(_ student: StudentID) throws {
        let roles = try AccessCheck.account(db, user).roleList
        let facts = try Row.fetchOne(db, sql: """
            SELECT s.account_id = ?2 AS is_self,
                   EXISTS (SELECT 1 FROM guardian g WHERE g.student_id = s.id AND g.parent_id = ?2) AS is_guardian,
                   c.homeroom_id = ?2 AS is_homeroom
            FROM student s JOIN class c ON c.id = \(ClassHistorySQL.latestClass("s.id")) WHERE s.id = ?1
            """, arguments: [student, user.accountID])
        guard let facts, Permissions.mayReadStudentRecord(
            roles: roles, isSelf: facts["is_self"] ?? false, isGuardian: facts["is_guardian"] ?? false,
            isHomeroom: facts["is_homeroom"] ?? false) else {
            // The same words whether the student exists or not: an id tried at
            // random must not tell that a child is there.
            throw JournalError.forbidden(Phrase(ru: "это не ваш ученик", en: "this is not your student"))
        }
    }
}

/// Reads one student's family record.
struct FamilyReader {
    let db: Database
    let student: StudentID

    static func child(_ row: Row) -> FamilyChild {
        FamilyChild(id: row["id"], fullName: row["full_name"], className: row["class_name"])
    }

    func read(period periodID: PeriodID) throws -> FamilyRecord {
        guard let period = try PeriodQueries.period(db, periodID) else {
            throw JournalError.notFound(Phrase(ru: "период", en: "period"))
        }
        // the class of the period: last year's diary names last year's class
        guard let childRow = try Row.fetchOne(db, sql: """
            SELECT s.id, s.full_name, c.name AS class_name FROM student s
            JOIN class c ON c.id = coalesce(
                (SELECT e.class_id FROM enrollment e WHERE e.student_id = s.id AND \(ClassHistorySQL.overlaps("e", from: "?2", to: "?3"))
                 ORDER BY e.from_day DESC LIMIT 1),
                \(ClassHistorySQL.latestClass("s.id")))
            WHERE s.id = ?1
            """, arguments: [student, period.period.start, period.period.end]) else {
            throw JournalError.notFound(Phrase(ru: "ученик", en: "student"))
        }
        let finals = try finalMarks(year: period.academicYear)
        return FamilyRecord(child: Self.child(childRow), period: period,
                            subjects: try subjects(in: period.period, finals: finals, periodID: periodID),
                            attendance: try attendance(in: period.period), homework: try homework(in: period.period),
                            finalMarks: finals)
    }

    /// Every subject the child had lessons in during the period (their class's
    /// and their groups'), or that has a mark or final mark there, in
    /// alphabetical order; by id, so that two subjects of one name stay two rows.
    private func subjects(in period: Period, finals: FamilyFinalMarks, periodID: PeriodID) throws -> [FamilySubject] {
        let marks = try marksBySubject(in: period)
        let weights = try WorkTypeQueries.all(db)
        var names = Dictionary(marks.values.compactMap(\.first).map { ($0.subject.id, $0.subject.name) }) { first, _ in first }
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT sub.id, sub.name FROM lesson l JOIN subject sub ON sub.id = l.subject_id
            WHERE l.id IN (\(LessonRoster.lessonsOf("?1", from: "?2", to: "?3"))) AND l.cancelled = 0
            """, arguments: [student, period.start, period.end]) {
            names[row["id"]] = row["name"]
        }
        for subject in finals.subjects where finals.value(subject: subject.id, period: periodID) != nil {
            names[subject.id] = subject.name
        }
        return Self.ordered(names).map { subject in
            let list = marks[subject.id] ?? []
            let average = WeightedAverage(list.map { ($0.mark.value, weights[$0.code]?.weight ?? .one) })
            return FamilySubject(id: subject.id, name: subject.name, marks: list.map(\.mark), average: average,
                                 finalMark: finals.value(subject: subject.id, period: periodID))
        }
    }

    /// Alphabetical, and by id among subjects of one name.
    static func ordered(_ names: [SubjectID: String]) -> [FamilySubjectName] {
        names.map { FamilySubjectName(id: $0.key, name: $0.value) }
            .sorted { $0.name == $1.name ? $0.id.rawValue < $1.id.rawValue : RussianOrder.areInIncreasingOrder($0.name, $1.name) }
    }

    private func marksBySubject(in period: Period) throws -> [SubjectID: [(subject: FamilySubjectName, mark: FamilyMark, code: String)]] {
        var result: [SubjectID: [(subject: FamilySubjectName, mark: FamilyMark, code: String)]] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT l.day, sub.id AS subject_id, sub.name AS subject, m.value, w.code, w.name AS work_type
            FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN subject sub ON sub.id = l.subject_id
            JOIN work_type w ON w.id = m.work_type_id
            WHERE m.student_id = ? AND l.day BETWEEN ? AND ? AND l.cancelled = 0
            ORDER BY l.day, l.lesson_number, m.entered_at, m.id
            """, arguments: [student, period.start, period.end]) {
            guard let value = try? MarkValue(r["value"] as Int) else { continue }
            let subject = FamilySubjectName(id: r["subject_id"], name: r["subject"])
            result[subject.id, default: []].append((subject, FamilyMark(date: r["day"], value: value, workType: r["work_type"]), r["code"]))
        }
        return result
    }

    private func attendance(in period: Period) throws -> [FamilyAttendance] {
        try Row.fetchAll(db, sql: """
            SELECT l.day, l.lesson_number, sub.name AS subject, a.code
            FROM attendance a JOIN lesson l ON l.id = a.lesson_id JOIN subject sub ON sub.id = l.subject_id
            WHERE a.student_id = ? AND l.day BETWEEN ? AND ? AND l.cancelled = 0
            ORDER BY l.day, l.lesson_number
            """, arguments: [student, period.start, period.end]).compactMap { r in
            AttendanceCode(rawValue: r["code"]).map {
                FamilyAttendance(date: r["day"], lessonNumber: r["lesson_number"], subject: r["subject"], code: $0)
            }
        }
    }

    /// The homework of the child's lessons: their class's while they were in
    /// it, their groups' while they were members.
    private func homework(in period: Period) throws -> [FamilyHomework] {
        try Row.fetchAll(db, sql: """
            SELECT l.day, sub.name AS subject, l.homework
            FROM lesson l JOIN subject sub ON sub.id = l.subject_id
            WHERE l.id IN (\(LessonRoster.lessonsOf("?1", from: "?2", to: "?3"))) AND l.homework IS NOT NULL AND l.cancelled = 0
            ORDER BY l.day DESC, l.lesson_number
            """, arguments: [student, period.start, period.end]).map { r in
            FamilyHomework(date: r["day"], subject: r["subject"], text: r["homework"])
        }
    }

    /// The final marks of the periods of academic year `year` (the current
    /// year's when the period names none): the columns are that year's periods.
    private func finalMarks(year: String) throws -> FamilyFinalMarks {
        let periods = try year.isEmpty ? PeriodQueries.all(db) : PeriodQueries.all(db, inYear: year)
        let ids = Set(periods.map(\.id))
        var values: [SubjectID: [PeriodID: FinalMarkValue]] = [:]
        var names: [SubjectID: String] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT sub.id AS subject_id, sub.name AS subject, f.period_id, f.value
            FROM final_mark f JOIN subject sub ON sub.id = f.subject_id
            WHERE f.student_id = ?
            """, arguments: [student]) {
            guard ids.contains(r["period_id"]), let value = try? FinalMarkValue(parsing: r["value"]) else { continue }
            values[r["subject_id"], default: [:]][r["period_id"]] = value
            names[r["subject_id"]] = r["subject"]
        }
        return FamilyFinalMarks(periods: periods, subjects: Self.ordered(names), values: values)
    }
}
