import JournalCore
import JournalStore

/// Why a mark typed into a grid cell deserves a word before it is saved: the
/// student's final mark for the period is already given (the mark would not
/// be in it), or the cell says the student missed the lesson. The teacher is
/// told once per cell and the mark goes in on the next press; an ordinary cell
/// takes its mark at once, as ever.
enum MarkWarning: Equatable {
    case finalMarkGiven(FinalMarkValue, period: String)
    case missedLesson(AttendanceCode)

    /// The status line: what is odd, and the key that goes on (one line at 80 columns).
    func text(putting value: MarkValue, _ language: Language) -> String {
        let ru = language == .ru
        let goOn = ru ? "Чтобы поставить \(value), нажмите \(value) ещё раз." : "Press \(value) again to put the mark."
        switch self {
        case .finalMarkGiven(let final, let period):
            return (ru ? "Итоговая за \(period) уже стоит: \(final.text). " : "The final mark for \(period) is \(final.text) already. ") + goOn
        case .missedLesson(let code):
            return (ru ? "В клетке «\(code.rawValue)»: ученика не было на уроке. " : "The cell has «\(code.rawValue)»: not at the lesson. ") + goOn
        }
    }
}

extension ClassGridState {
    /// The word a mark typed into `cell` deserves first, once: nil for an
    /// ordinary cell and for a cell already warned about, which is then marked
    /// as warned.
    mutating func warningBeforeMark(at cell: GridCell) -> MarkWarning? {
        guard !warnedCells.contains(cell) else { return nil }
        let warning: MarkWarning? = if let final = data.finalMarks[cell.student] {
            .finalMarkGiven(final, period: period.period.name)
        } else if let code = attendance(at: cell), code.isMissed {
            .missedLesson(code)
        } else {
            nil
        }
        if warning != nil { warnedCells.insert(cell) }
        return warning
    }
}
