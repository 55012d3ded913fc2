import GRDB
import JournalCore

/// The lessons and entries «Замечания по ведению журнала» looks through.
public struct AnomalyFacts: Sendable {
    public struct Lesson: Hashable, Sendable {
        public var id: LessonID
        public var unit: TeachingUnit
        public var teacherID: AccountID
        public var day: SchoolDate
        public var number: Int
        public var startsAt: SchoolTime
        public var hasTopic: Bool
    }

    public struct Mark: Hashable, Sendable {
        /// The mark's row: remarks of marks keep the order of entry.
        public var id: Int64
        public var lessonID: LessonID
        public var studentID: StudentID
        public var value: Int
        public var weightHundredths: Int
    }

    public struct Absence: Hashable, Sendable {
        public var lessonID: LessonID
        public var studentID: StudentID
        public var code: AttendanceCode
    }

    public struct PeriodMarks: Sendable {
        public var periodID: PeriodID
        public var from: SchoolDate
        public var to: SchoolDate
        public var finalMarks: [FinalMarkFact]
    }

    /// Counted lessons from the window's first day to as of (after the
    /// window too: a «2» near its end is followed up after it).
    public var lessons: [Lesson]
    /// The marks of those lessons entered by as of, a lesson's marks together.
    public var marks: [Mark]
    /// Absences (н, б, уп) in a cell that has a mark.
    public var absencesWithMarks: [Absence]
    /// Periods that lie wholly in the window, with their final marks.
    public var periods: [PeriodMarks]
    public var hours: TeachingHours
    public var names: [StudentID: String]
    /// The scope as read: a teacher's own request is narrowed to their lessons.
    public var scope: ReportScope
}

extension AppDatabase {
    public func anomalyFacts(_ scope: ReportScope, window: Phrase, by requester: Requester) throws -> AnomalyFacts {
        try anomalyFacts(scope, window: window, by: requester, afterSideBegan: nil).facts
    }

    /// The marks, the most rows, the students' names and the hours are read
    /// on a second connection meanwhile (`SideRead`); `readAside` says
    /// whether they were, for tests.
    func anomalyFacts(_ scope: ReportScope, window: Phrase, by requester: Requester,
                      afterSideBegan: (() -> Void)?) throws -> (facts: AnomalyFacts, readAside: Bool) {
        try read(alongside: { db in try AnomalySQL.Aside(db, scope, by: requester) }, afterSideBegan: afterSideBegan) { db, sideRead in
            let ranges = try AnomalySQL.Ranges(db, scope, by: requester)
            try ReportFactSQL.requireLessons(db, ranges.scope, window: window)
            let lessons = try AnomalySQL.lessons(db, ranges.begun, ranges.arguments)
            let cells = try AnomalySQL.attendanceCells(db, ranges.inWindow, ranges.arguments)
            let periods = try AnomalySQL.periods(db, ranges.scope, ranges.arguments)
            let aside = try sideRead.value(db)
            let absences = try AnomalySQL.absencesWithMarks(db, cells, ranges, marks: aside.marks)
            let facts = AnomalyFacts(lessons: lessons, marks: aside.marks, absencesWithMarks: absences, periods: periods,
                                     hours: aside.hours, names: aside.names, scope: ranges.scope)
            return (facts, sideRead.isReadAside)
        }
    }
}

/// The many rows of «Замечания», read from cursors by column position.
enum AnomalySQL {
    /// The scope as the requester may read it, and the lessons' conditions.
    struct Ranges {
        var scope: ReportScope
        var arguments: StatementArguments
        /// Lessons begun by as of, from the window's first day.
        var begun: String
        /// Lessons of the window begun by as of.
        var inWindow: String

        init(_ db: Database, _ asked: ReportScope, by requester: Requester) throws {
            scope = try ReportAccess.scope(db, requester, asked, report: Phrase(ru: "Замечания по ведению журнала", en: "Remarks"))
            arguments = scope.arguments
            arguments += ["asOfDay": scope.asOf.date]
            let units = "(:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp) AND (:subject IS NULL OR l.subject_id = :subject)"
            let lessonRange = "l.cancelled = 0 AND l.day >= :from AND l.starts_at <= :asOf AND \(units)"
            // A lesson begins on its own day (`starts_at` is its day's wall clock), so one begun by as of
            // lies on as of's day or before: the bound lets SQLite stop the day index there.
            begun = lessonRange + " AND l.day <= :asOfDay"
            inWindow = lessonRange + " AND l.day <= :to"
        }
    }

    /// What the second connection reads.
    struct Aside: Sendable {
        var marks: [AnomalyFacts.Mark]
        var names: [StudentID: String]
        var hours: TeachingHours

        init(_ db: Database, _ scope: ReportScope, by requester: Requester) throws {
            let ranges = try Ranges(db, scope, by: requester)
            marks = try AnomalySQL.marks(db, ranges)
            names = [:]
            let students = try Row.fetchCursor(db, sql: "SELECT id, full_name FROM student")
            while let r = try students.next() { names[StudentID(r[0] as Int64)] = r[1] }
            hours = try ReportFactSQL.hours(db, ranges.scope)
        }
    }

    /// Periods that lie wholly in the window, with their final marks.
    static func periods(_ db: Database, _ scope: ReportScope, _ arguments: StatementArguments) throws -> [AnomalyFacts.PeriodMarks] {
        try Row.fetchAll(db, sql: "SELECT id, start_day, end_day FROM period WHERE start_day >= :from AND end_day <= :to ORDER BY start_day",
                         arguments: arguments).map { r in
            var periodScope = scope
            periodScope.from = r["start_day"]
            periodScope.to = r["end_day"]
            return AnomalyFacts.PeriodMarks(periodID: r["id"], from: periodScope.from, to: periodScope.to,
                                            finalMarks: try FinalMarkSQL.facts(db, periodScope, period: r["id"]))
        }
    }

    /// Ordered by start, then id — sorted here: the rows come by day nearly
    /// in that order, and SQLite's sorter took longer than reading them.
    static func lessons(_ db: Database, _ range: String, _ arguments: StatementArguments) throws -> [AnomalyFacts.Lesson] {
        var lessons: [AnomalyFacts.Lesson] = []
        let rows = try ReportRows(db, sql: """
            SELECT l.id, l.class_id, l.group_id, l.subject_id, l.teacher_id, l.day, l.lesson_number, l.starts_at,
                   l.topic IS NOT NULL AND trim(l.topic) <> '' AS has_topic
            FROM lesson l WHERE \(range)
            """, arguments: arguments)
        while try rows.next() {
            lessons.append(AnomalyFacts.Lesson(id: LessonID(rows[0]), unit: rows.unit(at: 1), teacherID: AccountID(rows[4]),
                                               day: SchoolDate(dayNumber: Int(rows[5])), number: Int(rows[6]),
                                               startsAt: SchoolTime(seconds: Int(rows[7])), hasTopic: rows[8] != 0))
        }
        lessons.sort { ($0.startsAt.seconds, $0.id.rawValue) < ($1.startsAt.seconds, $1.id.rawValue) }
        return lessons
    }

    /// Driven by the lessons (CROSS JOIN keeps them first): SQLite would
    /// otherwise scan every mark of the year for the quarter's. The rows come
    /// a lesson at a time; callers that need an order sort by `id`. Weights
    /// are looked up here from the few work types rather than joined for
    /// each of 2·10⁵ marks.
    static func marks(_ db: Database, _ ranges: Ranges) throws -> [AnomalyFacts.Mark] {
        let weights = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, weight FROM work_type").map {
            ($0[0] as Int64, Int($0[1] as Int64)) })
        var marks: [AnomalyFacts.Mark] = []
        let rows = try ReportRows(db, sql: """
            SELECT m.id, m.lesson_id, m.student_id, m.value, m.work_type_id FROM lesson l CROSS JOIN mark m ON m.lesson_id = l.id
            WHERE \(ranges.begun) AND m.entered_at <= :asOf
            """, arguments: ranges.arguments)
        var workType: Int64 = -1, weight: Int?
        while try rows.next() {
            if rows[4] != workType {
                workType = rows[4]
                weight = weights[workType]
            }
            guard let weight else { continue }
            marks.append(AnomalyFacts.Mark(id: rows[0], lessonID: LessonID(rows[1]), studentID: StudentID(rows[2]),
                                           value: Int(rows[3]), weightHundredths: weight))
        }
        return marks
    }

    /// The attendance cells of lessons, read from its index alone: a lesson's together.
    struct AttendanceCells {
        var ids: [Int64] = []
        var lessons: [Int64] = []
        var students: [Int64] = []
    }

    static func attendanceCells(_ db: Database, _ range: String, _ arguments: StatementArguments) throws -> AttendanceCells {
        var cells = AttendanceCells()
        let rows = try ReportRows(db, sql: """
            SELECT a.id, a.lesson_id, a.student_id FROM lesson l CROSS JOIN attendance a ON a.lesson_id = l.id WHERE \(range)
            """, arguments: arguments)
        while try rows.next() {
            cells.ids.append(rows[0])
            cells.lessons.append(rows[1])
            cells.students.append(rows[2])
        }
        return cells
    }

    /// Absences (н, б, уп) whose cell also has a mark, in the order they were
    /// entered. Each cell of the window's lessons is looked up among `marks`
    /// (the marks of the same lessons entered by as of, read a lesson at a
    /// time); only the attendance row of a cell with a mark is read whole.
    /// Probing the mark index for each of 10⁵ cells in SQL cost twice as
    /// much, and is kept for marks that did not come a lesson at a time.
    static func absencesWithMarks(_ db: Database, _ cells: AttendanceCells, _ ranges: Ranges,
                                  marks: [AnomalyFacts.Mark]) throws -> [AnomalyFacts.Absence] {
        guard let runs = lessonRuns(marks) else { return try joinedAbsences(db, ranges.inWindow, ranges.arguments) }
        var marked: [Int64] = [], lesson: Int64 = -1, run = 0..<0
        for cell in cells.ids.indices {
            if cells.lessons[cell] != lesson {
                lesson = cells.lessons[cell]
                run = runs[lesson] ?? 0..<0
            }
            let student = cells.students[cell]
            if marks[run].contains(where: { $0.studentID.rawValue == student }) { marked.append(cells.ids[cell]) }
        }
        let row = try db.makeStatement(sql: """
            SELECT a.lesson_id, a.student_id, a.code FROM attendance a
            WHERE a.id = :id AND a.entered_at <= :asOf AND a.code IN ('н', 'б', 'уп')
            """)
        return try marked.sorted().compactMap { id in
            var one = ranges.arguments
            one += ["id": id]
            return try Row.fetchOne(row, arguments: one).map { r in AnomalyFacts.Absence(lessonID: r[0], studentID: r[1], code: r[2]) }
        }
    }

    /// Where each lesson's marks lie in `marks`; nil when a lesson's marks are not together.
    static func lessonRuns(_ marks: [AnomalyFacts.Mark]) -> [Int64: Range<Int>]? {
        var runs: [Int64: Range<Int>] = [:], start = 0
        guard !marks.isEmpty else { return runs }
        for end in 1...marks.count where end == marks.count || marks[end].lessonID != marks[start].lessonID {
            guard runs.updateValue(start..<end, forKey: marks[start].lessonID.rawValue) == nil else { return nil }
            start = end
        }
        return runs
    }

    /// The same absences joined in SQL: lesson → attendance → mark by index
    /// (CROSS JOIN keeps that order); a cell with two marks is one absence.
    private static func joinedAbsences(_ db: Database, _ range: String, _ arguments: StatementArguments) throws -> [AnomalyFacts.Absence] {
        try Row.fetchAll(db, sql: """
            SELECT a.lesson_id, a.student_id, a.code FROM lesson l CROSS JOIN attendance a ON a.lesson_id = l.id
            CROSS JOIN mark m ON m.lesson_id = a.lesson_id AND m.student_id = a.student_id
            WHERE \(range) AND m.entered_at <= :asOf AND a.entered_at <= :asOf AND a.code IN ('н', 'б', 'уп')
            GROUP BY a.id ORDER BY a.id
            """, arguments: arguments).map { r in
            AnomalyFacts.Absence(lessonID: r[0], studentID: r[1], code: r[2])
        }
    }
}
