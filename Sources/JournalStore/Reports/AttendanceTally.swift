import GRDB
import JournalCore

/// «Посещаемость» tallied in one pass over the window's counted lessons with
/// their attendance rows, against the window's stays held in memory
/// (`LessonRoster.Stays`): per student and month, the lessons their rolls had,
/// the codes entered by as of on lessons whose roll holds them, and the days
/// on which they missed (н, б, уп) every lesson their rolls had that day.
/// Grouped in SQL instead, the roll check (an index lookup per attendance row)
/// and the sorts for the groupings were 0,3 s of a huge school's quarter.
enum AttendanceTally {
    /// Per student and month with at least one expected lesson; the class
    /// filter is the caller's (it narrows students by their class at the end).
    static func months(_ db: Database, _ scope: ReportScope) throws -> [AttendanceMonthFacts] {
        // The days from the window's first lesson to its last: the tallies by
        // day stay as small as the school's data, whatever window is asked.
        let bounds = try Row.fetchOne(db, sql: """
            SELECT (SELECT min(day) FROM lesson WHERE day BETWEEN :from AND :to), (SELECT max(day) FROM lesson WHERE day BETWEEN :from AND :to)
            """, arguments: scope.arguments)
        guard let bounds, let first = bounds[0] as Int?, let last = bounds[1] as Int? else { return [] }
        let dayCount = last - first + 1
        let calendar = WindowMonths(first: first, dayCount: dayCount)
        let stays = try LessonRoster.Stays(db, from: SchoolDate(dayNumber: first), to: SchoolDate(dayNumber: last))
        let students = stays.studentIDs.count, months = calendar.names.count
        var lessons: [LessonRoster.Stays.Audience: [Int32]] = [:]
        var codes = [Codes](repeating: Codes(), count: students * months)
        var missed = [Int32](repeating: 0, count: students * dayCount)

        let rows = try ReportRows(db, sql: lessonsWithAttendance, arguments: scope.arguments)
        var lesson = -1, day = 0, audience = LessonRoster.Stays.Audience(classID: nil, groupID: nil)
        while try rows.next() {
            if rows.int(0) != lesson {   // a lesson's rows come together: the join reads attendance per lesson
                lesson = rows.int(0)
                audience = LessonRoster.Stays.Audience(classID: rows.optionalInt(1), groupID: rows.optionalInt(2))
                day = rows.int(3) - first
                lessons[audience, default: [Int32](repeating: 0, count: dayCount)][day] += 1
            }
            guard let student = rows.optionalInt(4).flatMap(stays.index(of:)), stays.isOnRoll(student, audience, on: first + day)
            else { continue }
            let code = rows.int(5)
            codes[student * months + calendar.month[day]].add(code)
            if code != Codes.late { missed[student * dayCount + day] += 1 }
        }

        var expected = [Int32](repeating: 0, count: students * months)
        var wholeDays = [Int32](repeating: 0, count: students * months)
        for student in 0..<students {
            for stay in stays.ofStudent[student] {
                guard let perDay = lessons[stay.audience] else { continue }
                let from = max(stay.from, first) - first, to = min(stay.to, first + dayCount - 1) - first
                guard from <= to else { continue }
                for d in from...to where perDay[d] > 0 { expected[student * months + calendar.month[d]] += perDay[d] }
            }
            for d in 0..<dayCount where missed[student * dayCount + d] > 0 {
                var dayLessons: Int32 = 0
                for stay in stays.ofStudent[student] where stay.covers(first + d) { dayLessons += lessons[stay.audience]?[d] ?? 0 }
                if missed[student * dayCount + d] == dayLessons { wholeDays[student * months + calendar.month[d]] += 1 }
            }
        }

        var result: [AttendanceMonthFacts] = []
        for student in 0..<students {
            for month in 0..<months where expected[student * months + month] > 0 {
                let i = student * months + month, c = codes[i]
                result.append(AttendanceMonthFacts(
                    studentID: StudentID(Int64(stays.studentIDs[student])), month: calendar.names[month],
                    expected: Int(expected[i]), absent: Int(c.absent), ill: Int(c.ill), excused: Int(c.excused), late: Int(c.late),
                    wholeDaysMissed: Int(wholeDays[i])))
            }
        }
        return result
    }

    /// The scope's counted lessons (the class filter narrows students, not
    /// lessons), each with its attendance rows entered by as of, the code as
    /// a number (`Codes`). A lesson with none comes once, with NULLs.
    private static let lessonsWithAttendance = """
        SELECT l.id, l.class_id, l.group_id, l.day, a.student_id,
               CASE a.code WHEN 'н' THEN 0 WHEN 'б' THEN 1 WHEN 'уп' THEN 2 WHEN 'оп' THEN 3 END
        FROM lesson l LEFT JOIN attendance a ON a.lesson_id = l.id AND a.entered_at <= :asOf
        WHERE l.day BETWEEN :from AND :to AND l.cancelled = 0 AND l.starts_at <= :asOf
          AND (:grp IS NULL OR l.group_id = :grp) AND (:teacher IS NULL OR l.teacher_id = :teacher)
          AND (:subject IS NULL OR l.subject_id = :subject)
        """

    /// One student's codes in one month: н, б, уп, оп.
    private struct Codes {
        static let late = 3
        var absent: Int32 = 0, ill: Int32 = 0, excused: Int32 = 0, late: Int32 = 0

        mutating func add(_ code: Int) {
            switch code {
            case 0: absent += 1
            case 1: ill += 1
            case 2: excused += 1
            default: late += 1
            }
        }
    }
}

/// The months of a window of days: each day's month by its offset from the
/// first, and the months' names as `2024-09`.
struct WindowMonths {
    var month: [Int] = []
    var names: [String] = []

    init(first: Int, dayCount: Int) {
        month.reserveCapacity(dayCount)
        var last: (year: Int, month: Int)?
        for offset in 0..<dayCount {
            let c = SchoolDate(dayNumber: first + offset).components
            if last.map({ $0 != (c.year, c.month) }) ?? true {
                last = (c.year, c.month)
                names.append("\(c.year)-\(c.month < 10 ? "0" : "")\(c.month)")
            }
            month.append(names.count - 1)
        }
    }
}
