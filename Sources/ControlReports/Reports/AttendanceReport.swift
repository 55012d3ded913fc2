import JournalCore
import JournalStore

/// «Посещаемость» (reports.md attendance): per student and month, and the
/// window's totals per student.
enum AttendanceReport {
    static let countColumns = [
        ReportColumn("expected", "Уроков"), ReportColumn("absent", "н"), ReportColumn("ill", "б"), ReportColumn("excused", "уп"),
        ReportColumn("late", "оп (опоздания)"), ReportColumn("missed", "Пропущено уроков"),
        ReportColumn("whole_days_missed", "Пропущено дней"),
    ]

    static func tables(_ data: AttendanceData, _ context: ReportContext) -> [ReportTable] {
        let head = [ReportColumn("class", "Класс", weight: 0.7), ReportColumn("student", "Ученик", weight: 2)]
        var months = ReportTable(name: "rows", title: "По месяцам", columns: head + [ReportColumn("month", "Месяц")] + countColumns)
        var totals = ReportTable(name: "totals", title: "За весь срок", columns: head + countColumns)
        let byStudent = Dictionary(grouping: data.months, by: \.studentID)
        let students = context.sortedByClassAndName(byStudent.keys.compactMap { data.standings[$0] })
        for student in students {
            let rows = (byStudent[student.studentID] ?? []).sorted { $0.month < $1.month }
            let head: [ReportValue] = [.text(context.className(student.classID)), .text(student.fullName)]
            for month in rows { months.rows.append(head + [.text(month.month)] + counts(month).map(ReportValue.integer)) }
            let sum = rows.map(counts).reduce(Array(repeating: 0, count: countColumns.count)) { zip($0, $1).map(+) }
            totals.rows.append(head + sum.map(ReportValue.integer))
        }
        return [months, totals]
    }

    /// In the order of `countColumns`.
    private static func counts(_ m: AttendanceMonthFacts) -> [Int] {
        [m.expected, m.absent, m.ill, m.excused, m.late, m.absent + m.ill + m.excused, m.wholeDaysMissed]
    }
}
