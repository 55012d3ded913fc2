import JournalCore
import JournalStore
import TerminalUI

/// Which column of the year-marks screen the keys write into.
enum YearMarksFocus: Equatable, CaseIterable {
    case year, exam, overall
}

/// What the year-marks screen shows, without a database: the data as read,
/// the row chosen and the column the keys write into (the exam and итоговая
/// columns exist for grades 9 and 11 only).
struct YearMarksState {
    var data: YearMarksData
    var table = TableState()
    var focus = YearMarksFocus.year

    var columns: [YearMarksFocus] { data.isGraduating ? YearMarksFocus.allCases : [.year] }

    mutating func moveFocus(by step: Int) {
        let all = columns
        let index = all.firstIndex(of: focus) ?? 0
        focus = all[(index + step + all.count) % all.count]
    }

    var selectedStudent: GridStudent? {
        data.grid.students.indices.contains(table.selectedRow) ? data.grid.students[table.selectedRow] : nil
    }

    /// The proposal of a row in the focused column (the exam has none).
    func proposal(for student: StudentID) -> FinalMarkValue? {
        switch focus {
        case .year: data.proposedYearMark(student)
        case .exam: nil
        case .overall: data.proposedOverall(student)
        }
    }

    /// The confirmed mark of a row in a column.
    func confirmed(_ column: YearMarksFocus, of student: StudentID) -> FinalMarkValue? {
        switch column {
        case .year: data.grid.finalMarks[student]
        case .exam: data.exam[student]
        case .overall: data.overall[student]
        }
    }

    /// How many rows have a proposal and no confirmed mark in the focused column.
    var openProposals: Int {
        data.grid.students.filter { confirmed(focus, of: $0.id) == nil && proposal(for: $0.id) != nil }.count
    }

    /// «4 5 4 –»: the period marks in order, a dash where one is missing.
    func periodMarksText(_ student: StudentID) -> String {
        data.marks(of: student).map { $0?.text ?? "–" }.joined(separator: " ")
    }
}
