import JournalCore
import JournalStore
import TerminalUI

/// One cell of the grid opened up: the student's attendance in the lesson,
/// each mark with its work type and comment, and a row to add another mark.
struct CellEditorState {
    enum Row: Equatable {
        case mark(Int)
        case new
    }

    var student: GridStudent
    var lesson: GridLesson
    var marks: [GridMark] = []
    var attendance: AttendanceCode?
    /// The school's work types in its order.
    var workTypes: [WorkType]
    var list = ListState(selected: 0)
    /// The work type a new mark gets.
    var newWorkType = WorkType.defaultCode
    /// The selected mark's comment while it is being edited.
    var comment: TextFieldState?

    var rows: [Row] { marks.indices.map(Row.mark) + [.new] }

    var selectedRow: Row {
        let all = rows
        return all[min(max(0, list.selected ?? 0), all.count - 1)]
    }

    var selectedMark: GridMark? {
        if case .mark(let index) = selectedRow, marks.indices.contains(index) { return marks[index] }
        return nil
    }

    func workType(_ code: String) -> WorkType? {
        workTypes.first { $0.code == code }
    }

    /// The work type `step` places after (or before) `code` in the school's list.
    func workType(after code: String, step: Int) -> String {
        guard let index = workTypes.firstIndex(where: { $0.code == code }), !workTypes.isEmpty else {
            return workTypes.first?.code ?? code
        }
        return workTypes[(index + step + workTypes.count) % workTypes.count].code
    }

    /// Takes the cell from fresh grid data, keeping the selected row where it was.
    mutating func update(from data: ClassGridData) {
        let cell = GridCell(lesson: lesson.id, student: student.id)
        if let fresh = data.lessons.first(where: { $0.id == lesson.id }) { lesson = fresh }
        marks = data.marks[cell] ?? []
        attendance = data.attendance[cell]
        list.clamp(itemCount: rows.count)
    }

    mutating func selectNewRow() {
        list.selected = rows.count - 1
    }
}
