import JournalCore
import JournalStore
import TerminalUI

/// The tables of the family view, built from a `FamilyRecord` the store has
/// already checked the user may read. Nothing here asks the store for more.
enum FamilyTables {
    static func table(_ section: FamilySection, _ record: FamilyRecord, width: Int, context: AppContext) -> Table {
        switch section {
        case .marks: marks(record, width: width, context: context)
        case .attendance: attendance(record, width: width, context: context)
        case .homework: homework(record, width: width, context: context)
        case .finalMarks: finalMarks(record, context: context)
        case .week: Table(columns: [], rowCount: 0) { _, _ in TableCell("") }
        }
    }

    private static func marks(_ record: FamilyRecord, width: Int, context: AppContext) -> Table {
        let marksWidth = max(10, width - 22 - 8 - 6 - 3)
        return Table(columns: [TableColumn(width: 22), TableColumn(width: marksWidth), TableColumn(width: 8, alignment: .right),
                               TableColumn(width: 6, alignment: .center)],
                     headerRows: [[TableCell(context.t("Предмет", "Subject")), TableCell(context.t("Отметки", "Marks")),
                                   TableCell(context.t("Средний", "Average")), TableCell(context.t("Итог", "Final"))]],
                     rowCount: record.subjects.count, selectionMode: .row) { row, column in
            let subject = record.subjects[row]
            switch column {
            case 0: return TableCell(subject.name)
            case 1: return TableCell(subject.marks.map { String($0.value.value) }.joined(separator: " "))
            case 2: return TableCell(subject.average.russianText)
            default: return TableCell(subject.finalMark?.text ?? "")
            }
        }
    }

    private static func attendance(_ record: FamilyRecord, width: Int, context: AppContext) -> Table {
        Table(columns: [TableColumn(width: 10), TableColumn(width: 5, alignment: .center), TableColumn(width: 24),
                        TableColumn(width: max(10, width - 10 - 5 - 24 - 3))],
              headerRows: [[TableCell(context.t("Дата", "Date")), TableCell(context.t("Урок", "Lesson")),
                            TableCell(context.t("Предмет", "Subject")), TableCell(context.t("Отметка", "Record"))]],
              rowCount: record.attendance.count, selectionMode: .row) { row, column in
            let entry = record.attendance[row]
            switch column {
            case 0: return TableCell(entry.date.russian)
            case 1: return TableCell(String(entry.lessonNumber))
            case 2: return TableCell(entry.subject)
            default: return TableCell("\(entry.code.rawValue) — \(entry.code.title.text(in: context.language))",
                                      style: entry.code == .late ? .late : .absence)
            }
        }
    }

    private static func homework(_ record: FamilyRecord, width: Int, context: AppContext) -> Table {
        Table(columns: [TableColumn(width: 10), TableColumn(width: 18), TableColumn(width: max(10, width - 10 - 18 - 2))],
              headerRows: [[TableCell(context.t("Дата", "Date")), TableCell(context.t("Предмет", "Subject")),
                            TableCell(context.t("Задание (Enter — полностью)", "Task (Enter shows all)"))]],
              rowCount: record.homework.count, selectionMode: .row) { row, column in
            let entry = record.homework[row]
            switch column {
            case 0: return TableCell(entry.date.russian)
            case 1: return TableCell(entry.subject)
            default: return TableCell(entry.text)
            }
        }
    }

    /// Terms in calendar order, the year last; the subject stays while ← → scroll.
    private static func finalMarks(_ record: FamilyRecord, context: AppContext) -> Table {
        let finals = record.finalMarks
        let periods = finals.periods.filter { $0.period.kind != .year } + finals.periods.filter { $0.period.kind == .year }
        return Table(columns: [TableColumn(width: 22)] + periods.map { _ in TableColumn(width: 11, alignment: .center) },
                     headerRows: [[TableCell(context.t("Предмет", "Subject"))] + periods.map { TableCell($0.period.name) }],
                     rowCount: finals.subjects.count, frozenColumns: 1, selectionMode: .row) { row, column in
            let subject = finals.subjects[row]
            guard column > 0 else { return TableCell(subject.name) }
            return TableCell(finals.value(subject: subject.id, period: periods[column - 1].id)?.text ?? "")
        }
    }

    /// The attendance summary over the table: missed lessons by reason, and late arrivals.
    static func attendanceSummary(_ record: FamilyRecord, context: AppContext) -> String {
        let count = { (code: AttendanceCode) in record.attendance.filter { $0.code == code }.count }
        let missed = record.attendance.filter(\.code.isMissed).count
        return context.t("Пропущено уроков: \(missed) (по болезни \(count(.ill)), по уваж. причине \(count(.excused))) · опозданий: \(count(.late))",
                         "Lessons missed: \(missed) (ill \(count(.ill)), excused \(count(.excused))) · late: \(count(.late))")
    }
}
