import JournalCore
import TerminalUI

/// The week grid of «Расписание» without a database: the cells, the cursor
/// (a weekday column and a lesson-number row), and what each cell says.
struct TimetableGridState: Equatable {
    var week: TimetableWeek?
    /// 1 = Monday ... 6 = Saturday
    var weekday = 1
    /// An index into `week.lessonNumbers`.
    var row = 0

    static let weekdays = 1...6

    var numbers: [Int] { week?.lessonNumbers.isEmpty == false ? week!.lessonNumbers : Array(1...7) }

    var number: Int { numbers[min(row, numbers.count - 1)] }

    var selectedCells: [TimetableCell] { week?.cells(weekday: weekday, number: number) ?? [] }

    /// Arrows move the cursor; Home and End go to the first and last lesson.
    /// False for any other key.
    mutating func move(_ key: Key) -> Bool {
        switch key {
        case .left: weekday = max(1, weekday - 1)
        case .right: weekday = min(6, weekday + 1)
        case .up: row = max(0, row - 1)
        case .down: row = min(numbers.count - 1, row + 1)
        case .home: row = 0
        case .end: row = numbers.count - 1
        default: return false
        }
        return true
    }

    mutating func clamp() {
        row = min(max(0, row), numbers.count - 1)
        weekday = min(max(1, weekday), 6)
    }

    /// Puts the cursor on `weekday`/`number` when the bells have it.
    mutating func select(weekday: Int, number: Int) {
        self.weekday = min(max(1, weekday), 6)
        if let index = numbers.firstIndex(of: number) { row = index }
    }

    /// The two lines a cell shows in `width` columns: the subject (and the
    /// class when the owner is a teacher or a room), then the teacher and the
    /// room; two groups share the lines.
    func cellLines(weekday: Int, number: Int, width: Int) -> (String, String) {
        let cells = week?.cells(weekday: weekday, number: number) ?? []
        guard !cells.isEmpty else { return ("", "") }
        let showsClass: Bool = if case .schoolClass = week?.owner { false } else { true }
        let share = cells.count > 1 ? max(1, (width - 1) / cells.count) : width
        let oneSubject = Set(cells.map(\.subjectName)).count == 1 && !showsClass
        let first = oneSubject ? [Self.abbreviation(cells[0].subjectName, width: width)] : cells.map { cell in
            TextFitting.truncate((showsClass ? (cell.className ?? cell.groupName ?? "") + " " : "")
                                 + Self.abbreviation(cell.subjectName, width: share), toWidth: share)
        }
        let second = cells.map { cell in
            let teacher: String = if case .teacher = week?.owner { cell.room ?? "" } else {
                PersonName.short(cell.teacherName).split(separator: " ").first.map(String.init) ?? ""
            }
            let group = cells.count > 1 ? (cell.groupName.map { Self.groupMark($0) + " " } ?? "") : ""
            return TextFitting.truncate(group + teacher, toWidth: share)
        }
        return (first.joined(separator: "/"), second.joined(separator: "/"))
    }

    /// «гр. 1» → «1»: the group's own mark, short enough for a shared cell.
    static func groupMark(_ name: String) -> String {
        name.split(separator: " ").last.map(String.init) ?? name
    }

    /// A subject's name in `width` columns: whole when it fits, else «Русский яз.»,
    /// else its first word cut short.
    static func abbreviation(_ subject: String, width: Int) -> String {
        guard subject.count > width else { return subject }
        let words = subject.split(separator: " ")
        if words.count > 1 {
            let short = "\(words[0]) \(words[1].prefix(2))."
            if short.count <= width { return short }
        }
        return TextFitting.truncate(String(words.first ?? ""), toWidth: width)
    }

    /// The full text of the chosen slot, for the line under the grid.
    func detail(_ language: Language) -> String {
        let ru = language == .ru
        let slot = WeekdayNames.short(weekday, language) + (ru ? ", \(number)-й урок: " : ", lesson \(number): ")
        let cells = selectedCells
        guard !cells.isEmpty else { return slot + (ru ? "пусто" : "empty") }
        return slot + cells.map { cell in
            var parts = [cell.className, cell.subjectName, cell.groupName].compactMap { $0 }
            parts.append(PersonName.short(cell.teacherName))
            if let room = cell.room { parts.append((ru ? "каб. " : "room ") + room) }
            parts.append((ru ? "с " : "from ") + (ru ? cell.validFrom.russian : cell.validFrom.iso))
            return parts.joined(separator: " · ")
        }.joined(separator: "; ")
    }
}
