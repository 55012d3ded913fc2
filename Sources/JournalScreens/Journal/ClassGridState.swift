import JournalCore
import JournalStore
import TerminalUI

/// What the class grid shows and where its cursor is: one class, subject and
/// period, the class's periods for `[` `]`, the table's selection, and what the
/// line under the grid is doing. A value, so a test can check the cursor
/// arithmetic without a terminal; the screen keeps one and replaces its data
/// when the database changes, keeping the cursor on the same student and lesson.
struct ClassGridState {
    /// № and name.
    static let leadingColumns = 2
    /// Average and final mark.
    static let trailingColumns = 2

    var data: ClassGridData
    var periods: [PeriodInfo]
    var periodIndex: Int
    /// The academic year of `periods`; `{` `}` move to another one.
    var year = AcademicYearSwitch(years: [])
    var table = TableState()
    var mode = GridMode.browsing
    /// Cells the teacher has been warned about (`warningBeforeMark`); the next
    /// mark typed there goes in without a word.
    var warnedCells: Set<GridCell> = []

    init(data: ClassGridData, periods: [PeriodInfo], periodIndex: Int) {
        self.data = data
        self.periods = periods
        self.periodIndex = periodIndex
    }

    var period: PeriodInfo { data.period }

    /// The past academic year («2024/2025») whose closed period is shown:
    /// nothing in it may change until the administrator reopens it, and the
    /// grid says so before asking the store. Nil in the current year, and
    /// in a past year reopened.
    var closedYear: String? {
        guard !year.isCurrent, period.period.locked else { return nil }
        return year.code ?? period.academicYear
    }

    /// The period to open among `periods` for `date`: the term holding it (or
    /// the one just ended), the year when there are no terms.
    static func periodIndex(for date: SchoolDate, in periods: [PeriodInfo]) -> Int? {
        let terms = periods.filter { $0.period.kind != .year }.map(\.period)
        return MarkingPeriods.index(for: date, in: terms.isEmpty ? periods.map(\.period) : terms)
    }

    /// Another academic year's periods and grid, opened on `index`.
    mutating func show(year: AcademicYearSwitch, periods: [PeriodInfo], _ fresh: ClassGridData, periodIndex index: Int,
                       today: SchoolDate) {
        self.year = year
        self.periods = periods
        show(fresh, periodIndex: index, today: today)
    }

    var selectedStudent: GridStudent? {
        data.students.indices.contains(table.selectedRow) ? data.students[table.selectedRow] : nil
    }

    var selectedLessonIndex: Int? {
        let index = table.selectedColumn - Self.leadingColumns
        return data.lessons.indices.contains(index) ? index : nil
    }

    var selectedLesson: GridLesson? { selectedLessonIndex.map { data.lessons[$0] } }

    var selectedCell: GridCell? {
        guard let student = selectedStudent, let lesson = selectedLesson else { return nil }
        return GridCell(lesson: lesson.id, student: student.id)
    }

    func marks(at cell: GridCell) -> [GridMark] { data.marks[cell] ?? [] }
    func attendance(at cell: GridCell) -> AttendanceCode? { data.attendance[cell] }

    /// Whether the student was in the class on the lesson's day.
    func isEnrolled(_ student: GridStudent, in lesson: GridLesson) -> Bool {
        student.isEnrolled(on: lesson.date)
    }

    /// Lessons held on the same day as the one at `index` (a double lesson).
    func sharesItsDay(_ index: Int) -> Bool {
        let date = data.lessons[index].date
        return (index > 0 && data.lessons[index - 1].date == date)
            || (index + 1 < data.lessons.count && data.lessons[index + 1].date == date)
    }

    /// Puts the cursor on a student and a lesson by identity; a student or
    /// lesson no longer there leaves the cursor where it was (then clamped).
    mutating func select(student: StudentID?, lesson: LessonID?) {
        if let student, let row = data.students.firstIndex(where: { $0.id == student }) { table.selectedRow = row }
        if let lesson, let index = data.lessons.firstIndex(where: { $0.id == lesson }) {
            table.selectedColumn = index + Self.leadingColumns
        }
        clamp()
    }

    /// The lesson to start on: `lesson` when given, else today's, else the last
    /// one up to today, else the first.
    mutating func focus(lesson: LessonID?, today: SchoolDate) {
        let lessons = data.lessons
        let index = lesson.flatMap { id in lessons.firstIndex { $0.id == id } }
            ?? lessons.firstIndex { $0.date == today }
            ?? lessons.lastIndex { $0.date <= today }
            ?? 0
        table.selectedColumn = index + Self.leadingColumns
        clamp()
    }

    /// New data for the same or another period, the cursor kept on the same
    /// student and lesson where they still are.
    mutating func replace(_ fresh: ClassGridData) {
        let student = selectedStudent?.id, lesson = selectedLesson?.id
        data = fresh
        select(student: student, lesson: lesson)
    }

    /// The index of the period `step` away from the one shown (`[` is -1, `]`
    /// is +1); nil before the first and after the last.
    func periodIndex(by step: Int) -> Int? {
        let target = periodIndex + step
        return periods.indices.contains(target) ? target : nil
    }

    /// Another period's grid: scrolled back to its start, on its lesson of
    /// today (else the last one before), the same student selected.
    mutating func show(_ fresh: ClassGridData, periodIndex index: Int, today: SchoolDate) {
        let student = selectedStudent?.id
        data = fresh
        periodIndex = index
        table.columnOffset = 0
        focus(lesson: nil, today: today)
        select(student: student, lesson: nil)
    }

    mutating func moveDown() {
        table.selectedRow = min(table.selectedRow + 1, max(0, data.students.count - 1))
    }

    /// The first student from the cursor on (wrapping) whose surname begins with
    /// `prefix`, case and ё/е aside.
    func student(startingWith prefix: String, from start: Int) -> Int? {
        let wanted = Self.folded(prefix)
        guard !wanted.isEmpty, !data.students.isEmpty else { return nil }
        let count = data.students.count
        return (0..<count).map { (start + $0) % count }.first { Self.folded(data.students[$0].fullName).hasPrefix(wanted) }
    }

    static func folded(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е").trimmingSpaces
    }

    private mutating func clamp() {
        table.selectedRow = min(max(0, table.selectedRow), max(0, data.students.count - 1))
        let lastColumn = Self.leadingColumns + max(0, data.lessons.count - 1)
        table.selectedColumn = min(max(Self.leadingColumns, table.selectedColumn), lastColumn)
    }
}

/// What the lines under the grid are doing.
enum GridMode: Equatable {
    case browsing
    /// F3 / F4: the lesson's topic or homework edited in place.
    case editing(LessonText, TextFieldState)
    /// F7 / `/`: finding a student by the first letters of the surname; the
    /// row the search started from.
    case finding(TextFieldState, startRow: Int)
}

/// The two texts of a lesson edited in place.
enum LessonText: Equatable {
    case topic, homework
}
