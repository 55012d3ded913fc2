import JournalCore
import JournalStore
import TerminalUI

/// What «Виды работ и итоговая» shows: the work types with their weights,
/// the rounding rule and a rule being edited, and the preview on one real
/// student's marks (a class × subject of the curriculum, the current period).
struct WorkTypesState {
    enum Purpose: Equatable { case add, edit(code: String), rounding }

    var types: [WorkType] = []
    var list = ListState()
    var rule = RoundingRule.halfUp
    /// The rule typed in the rounding form, before it is saved.
    var draft: RoundingRule?
    var units: [PlanOverviewLine] = []
    var unitIndex = 0
    var studentIndex = 0
    var grid: ClassGridData?
    var form: FieldsForm?
    var purpose: Purpose?
    var loadError: String?

    var selectedType: WorkType? {
        guard let index = list.selected, types.indices.contains(index) else { return nil }
        return types[index]
    }

    var unit: PlanOverviewLine? { units.indices.contains(unitIndex) ? units[unitIndex] : nil }

    var student: GridStudent? {
        guard let students = grid?.students, students.indices.contains(studentIndex) else { return nil }
        return students[studentIndex]
    }

    mutating func shiftUnit(_ by: Int) {
        guard !units.isEmpty else { return }
        unitIndex = (unitIndex + by + units.count) % units.count
        studentIndex = 0
    }

    mutating func shiftStudent(_ by: Int) {
        guard let count = grid?.students.count, count > 0 else { return }
        studentIndex = (studentIndex + by + count) % count
    }

    /// The student's marks in lesson order, each with its weight when not 1: «5 4×2 3×1,5».
    var marksText: String {
        guard let grid, let student else { return "" }
        var parts: [String] = []
        for lesson in grid.lessons where !lesson.cancelled {
            for mark in grid.marks[GridCell(lesson: lesson.id, student: student.id)] ?? [] {
                let weight = grid.workTypes[mark.workTypeCode]?.weight ?? .one
                parts.append(mark.value.description + (weight == .one ? "" : "×" + weight.text.withDecimalComma))
            }
        }
        return parts.joined(separator: " ")
    }

    var average: WeightedAverage? {
        guard let grid, let student else { return nil }
        return grid.average(of: student.id)
    }

    /// «4,33 → 4 (с 0,50)», and under the edited rule when there is one.
    func finalText(_ language: Language) -> String {
        let ru = language == .ru
        guard let average, !average.isEmpty else { return ru ? "отметок нет — итоговой не будет" : "no marks, no final mark" }
        let current = average.rounded(by: rule).map(String.init) ?? "—"
        var text = average.russianText + (ru ? " → итоговая \(current) (с \(rule.text.withDecimalComma))"
                                              : " → final \(current) (from \(rule.text))")
        if let draft, draft != rule {
            let edited = average.rounded(by: draft).map(String.init) ?? "—"
            text += ru ? " · по новому правилу \(edited) (с \(draft.text.withDecimalComma))" : " · new rule \(edited) (from \(draft.text))"
        }
        return text
    }
}
