import JournalCore
import JournalStore
import TerminalUI

/// What «Учебный план и КТП» shows: every class × subject with the
/// curriculum's hours and the КТП's, narrowed by the typed search and, with
/// the check on, to the lines where the plan is missing or disagrees.
struct PlanState {
    var all: [PlanOverviewLine] = []
    var checkOnly = false
    var filter = TextFieldState(maxLength: 30)
    var table = TableState()
    var form: FieldsForm?
    var formPurpose: Purpose?
    var loadError: String?
    /// The current year's curriculum copied from the year before, if it was.
    var curriculumDraft: YearDraftState?
    /// КТП carried into the current year and not yet confirmed.
    var waiting: [PlanUnit: PlanCarryoverState] = [:]

    /// Of the lines this user sees, those whose КТП waits for confirmation.
    var waitingCount: Int { all.filter { waiting[$0.unit] != nil }.count }

    enum Purpose: Equatable { case hours, importFile }

    var shown: [PlanOverviewLine] {
        let needle = filter.text.trimmingSpaces.lowercased()
        return all.filter { line in
            (!checkOnly || line.status.isProblem)
                && (needle.isEmpty || line.ownerName.lowercased().hasPrefix(needle) || line.subjectName.lowercased().contains(needle)
                    || line.teachers.contains { $0.lowercased().hasPrefix(needle) })
        }
    }

    var selected: PlanOverviewLine? {
        let list = shown
        return list.indices.contains(table.selectedRow) ? list[table.selectedRow] : nil
    }

    var problemCount: Int { all.filter(\.status.isProblem).count }

    /// Keeps the cursor on the same class × subject after a reload.
    mutating func load(_ lines: [PlanOverviewLine]) {
        let unit = selected?.unit
        all = lines
        if let unit, let index = shown.firstIndex(where: { $0.unit == unit }) {
            table.selectedRow = index
        } else {
            table.selectedRow = min(table.selectedRow, max(0, shown.count - 1))
        }
    }

    static func cells(_ line: PlanOverviewLine) -> [TableCell] {
        let style: StyleRole? = switch line.status {
        case .missing: .error
        case .disagrees: .warning
        case .noCurriculum: .dim
        case .agrees: nil
        }
        return [TableCell(line.ownerName), TableCell(line.subjectName),
                TableCell(line.weeklyHours?.text.withDecimalComma ?? "—", alignment: .right),
                TableCell(line.expectedHours.map(String.init) ?? "—", alignment: .right),
                TableCell(line.topicCount == 0 ? "—" : String(line.planHours), alignment: .right),
                TableCell(line.teachers.joined(separator: ", ")),
                TableCell(line.status.title.ru, style: style)]
    }
}
