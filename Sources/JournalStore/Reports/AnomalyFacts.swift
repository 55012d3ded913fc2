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
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Замечания по ведению журнала", en: "Remarks"))
            try ReportFactSQL.requireLessons(db, scope, window: window)
            let args = scope.arguments
            let units = "(:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp) AND (:subject IS NULL OR l.subject_id = :subject)"
            let lessonRange = "l.cancelled = 0 AND l.day >= :from AND l.starts_at <= :asOf AND \(units)"
            let lessons = try Row.fetchAll(db, sql: """
                SELECT l.id, l.class_id, l.group_id, l.subject_id, l.teacher_id, l.day, l.lesson_number, l.starts_at,
                       l.topic IS NOT NULL AND trim(l.topic) <> '' AS has_topic
                FROM lesson l WHERE \(lessonRange) ORDER BY l.starts_at, l.id
                """, arguments: args).map { r in
                AnomalyFacts.Lesson(id: r["id"], unit: TeachingUnit(r), teacherID: r["teacher_id"], day: r["day"],
                                    number: r["lesson_number"], startsAt: r["starts_at"], hasTopic: r["has_topic"])
            }
            let marks = try Row.fetchAll(db, sql: """
                SELECT m.lesson_id, m.student_id, m.value, w.weight FROM lesson l JOIN mark m ON m.lesson_id = l.id
                JOIN work_type w ON w.id = m.work_type_id WHERE \(lessonRange) AND m.entered_at <= :asOf
                """, arguments: args).map { r in
                AnomalyFacts.Mark(lessonID: r["lesson_id"], studentID: r["student_id"], value: r["value"], weightHundredths: r["weight"])
            }
            let absences = try Row.fetchAll(db, sql: """
                SELECT a.lesson_id, a.student_id, a.code FROM lesson l JOIN attendance a ON a.lesson_id = l.id
                JOIN mark m ON m.lesson_id = a.lesson_id AND m.student_id = a.student_id AND m.entered_at <= :asOf
                WHERE \(lessonRange) AND l.day <= :to AND a.entered_at <= :asOf AND a.code IN ('н', 'б', 'уп')
                GROUP BY a.id
                """, arguments: args).map { r in
                AnomalyFacts.Absence(lessonID: r["lesson_id"], studentID: r["student_id"], code: r["code"])
            }
            var periods: [AnomalyFacts.PeriodMarks] = []
            for r in try Row.fetchAll(db, sql: "SELECT id, start_day, end_day FROM period WHERE start_day >= :from AND end_day <= :to ORDER BY start_day",
                                      arguments: args) {
                var periodScope = scope
                periodScope.from = r["start_day"]
                periodScope.to = r["end_day"]
                periods.append(AnomalyFacts.PeriodMarks(periodID: r["id"], from: periodScope.from, to: periodScope.to,
                                                        finalMarks: try FinalMarkSQL.facts(db, periodScope, period: r["id"])))
            }
            var names: [StudentID: String] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT id, full_name FROM student") { names[r["id"]] = r["full_name"] }
            return AnomalyFacts(lessons: lessons, marks: marks, absencesWithMarks: absences, periods: periods,
                                hours: try ReportFactSQL.hours(db, scope), names: names, scope: scope)
        }
    }
}
