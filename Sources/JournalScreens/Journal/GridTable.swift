import JournalCore
import JournalStore
import TerminalUI

/// The class grid as a `Table`: № and name frozen on the left, the period's
/// lessons scrolling, the weighted average and the final mark frozen on the
/// right; two header rows (the date, then the weekday, «сег» for today, «отмен»
/// for a cancelled lesson, the lesson number when a day has two).
///
/// Cells are asked for only when visible, so a year's grid costs no more to
/// draw than a screenful.
struct GridTable {
    static let numberWidth = 2
    static let nameWidth = 17
    static let lessonWidth = 5
    static let averageWidth = 4
    static let finalWidth = 4

    /// Not in the class on the lesson's day.
    static let notEnrolledMark = "·"
    /// A cancelled lesson's cells.
    static let cancelledMark = "×"

    let state: ClassGridState
    let today: SchoolDate
    let rounding: RoundingRule
    let language: Language

    var table: Table {
        let lessons = state.data.lessons
        let columns = [TableColumn(width: Self.numberWidth, alignment: .right), TableColumn(width: Self.nameWidth)]
            + Array(repeating: TableColumn(width: Self.lessonWidth, alignment: .center), count: lessons.count)
            + [TableColumn(width: Self.averageWidth, alignment: .right), TableColumn(width: Self.finalWidth, alignment: .center)]
        var table = Table(columns: columns, headerRows: headerRows, rowCount: state.data.students.count,
                          frozenColumns: ClassGridState.leadingColumns, trailingFrozenColumns: ClassGridState.trailingColumns,
                          rowHeaderHighlight: .firstColumn) { row, column in
            cell(row: row, column: column)
        }
        // Only the row's number, in the selection's own colour: moving down a
        // column then costs a slow link the fewest bytes (see docs/performance.md).
        table.rowHeaderStyle = .selected
        return table
    }

    private var ru: Bool { language == .ru }

    private var headerRows: [[TableCell]] {
        let lessons = state.data.lessons.indices
        let dates = lessons.map { index -> TableCell in
            let lesson = state.data.lessons[index]
            return TableCell(lesson.date.russianShort, style: headerStyle(lesson))
        }
        let second = lessons.map { index -> TableCell in
            let lesson = state.data.lessons[index]
            return TableCell(secondHeader(index), style: headerStyle(lesson))
        }
        return [["№", ru ? "Ученик" : "Student"] + dates + [ru ? "Ср." : "Avg", ru ? "Итог" : "Final"],
                ["", ""] + second + ["", ""]]
    }

    /// Nil lets the table mark the selected column's header.
    private func headerStyle(_ lesson: GridLesson) -> StyleRole? {
        if lesson.cancelled { return .dim }
        return lesson.date == today ? .today : nil
    }

    private func secondHeader(_ index: Int) -> String {
        let lesson = state.data.lessons[index]
        if lesson.cancelled { return ru ? "отмен" : "canc." }
        let day = lesson.date == today ? (ru ? "сег" : "tdy") : WeekdayNames.short(lesson.date.weekday, language)
        return state.sharesItsDay(index) ? "\(day) \(lesson.lessonNumber)" : day
    }

    private func cell(row: Int, column: Int) -> TableCell {
        let student = state.data.students[row]
        switch column {
        case 0: return TableCell(String(row + 1))
        case 1: return TableCell(PersonName.short(student.fullName),
                                 style: student.enrolledTo.map { $0 < state.period.period.end } == true ? .dim : nil)
        case ClassGridState.leadingColumns + state.data.lessons.count: return averageCell(student)
        case ClassGridState.leadingColumns + state.data.lessons.count + 1: return finalCell(student)
        default: return lessonCell(student, state.data.lessons[column - ClassGridState.leadingColumns])
        }
    }

    func lessonCell(_ student: GridStudent, _ lesson: GridLesson) -> TableCell {
        if !student.isEnrolled(on: lesson.date) { return TableCell(Self.notEnrolledMark, style: .dim) }
        let cell = GridCell(lesson: lesson.id, student: student.id)
        let marks = state.marks(at: cell).map(\.value)
        let code = state.attendance(at: cell)
        if lesson.cancelled && marks.isEmpty && code == nil { return TableCell(Self.cancelledMark, style: .dim) }
        return TableCell(Self.text(marks: marks, code: code), style: Self.style(marks: marks, code: code))
    }

    /// `5/4`, `н`, `оп 5` (or `оп5/4` when a space would not fit).
    static func text(marks: [MarkValue], code: AttendanceCode?) -> String {
        let marksText = marks.map(\.description).joined(separator: "/")
        guard let code else { return marksText }
        if marksText.isEmpty { return code.rawValue }
        let spaced = code.rawValue + " " + marksText
        return spaced.count <= lessonWidth ? spaced : code.rawValue + marksText
    }

    /// A cell's colour: its lowest mark's (a 2 must not hide behind a 5), else
    /// its attendance code's.
    static func style(marks: [MarkValue], code: AttendanceCode?) -> StyleRole? {
        if let lowest = marks.min() { return lowest.styleRole }
        return code?.styleRole
    }

    private func averageCell(_ student: GridStudent) -> TableCell {
        let average = state.data.average(of: student.id)
        let suggested = average.rounded(by: rounding).flatMap { try? MarkValue($0) }
        return TableCell(average.russianText, style: suggested?.styleRole)
    }

    private func finalCell(_ student: GridStudent) -> TableCell {
        guard let final = state.data.finalMarks[student.id] else { return .empty }
        return TableCell(final.text, style: final.styleRole)
    }
}
