import JournalCore
import JournalStore
import TerminalUI

/// What «Закрытие года» shows: the checklist, narrowed by the typed search,
/// and whether the administrator is being asked to confirm a forced closing.
struct YearEndState {
    var checklist: YearEndChecklist?
    var filter = TextFieldState(maxLength: 30)
    var table = TableState()
    var loadError: String?
    /// The administrator asked to close the year while lines are open: the next key confirms (Д) or not.
    var confirmingForce = false

    var all: [YearEndItem] { checklist?.items ?? [] }

    /// The lines whose class, subject, period or kind begins with (or, for
    /// the subject, contains) what was typed.
    func shown(_ language: Language) -> [YearEndItem] {
        let needle = filter.text.trimmingSpaces.lowercased()
        guard !needle.isEmpty else { return all }
        return all.filter { item in
            item.ownerName.lowercased().hasPrefix(needle) || (item.subjectName?.lowercased().contains(needle) ?? false)
                || (item.periodName?.lowercased().hasPrefix(needle) ?? false)
                || item.kind.shortTitle.text(in: language).lowercased().hasPrefix(needle)
        }
    }

    func selected(_ language: Language) -> YearEndItem? {
        let list = shown(language)
        return list.indices.contains(table.selectedRow) ? list[table.selectedRow] : nil
    }

    /// Keeps the cursor on the same line after a reload when it is still there.
    mutating func load(_ checklist: YearEndChecklist, _ language: Language) {
        let previous = selected(language)
        self.checklist = checklist
        let list = shown(language)
        if let previous, let index = list.firstIndex(of: previous) {
            table.selectedRow = index
        } else {
            table.selectedRow = min(table.selectedRow, max(0, list.count - 1))
        }
    }

    /// «годовая 265 · итоговая 267 · период 5 · уроки 48 · КТП 16».
    func countsLine(_ language: Language) -> String {
        guard let checklist else { return "" }
        return checklist.counts.map { "\($0.kind.shortTitle.text(in: language)) \($0.lines)" }.joined(separator: " · ")
    }

    static func cells(_ item: YearEndItem, _ language: Language) -> [TableCell] {
        let style: StyleRole = switch item.kind {
        case .yearMarks, .periodMarks: .error
        case .openPeriod, .planHours: .warning
        case .emptyLessons: .warning
        }
        let what: String = switch item.kind {
        case .yearMarks, .periodMarks: language == .ru ? "без отметки: \(item.count)" : "no mark: \(item.count)"
        case .openPeriod: language == .ru ? "не закрыт" : "not closed"
        case .emptyLessons: (language == .ru ? "пустых: \(item.count)" : "empty: \(item.count)")
            + (item.firstDay.map { ", с \($0.russianShort)" } ?? "")
        case .planHours: item.planStatus == .missing || item.expected == nil ? (item.planStatus?.title.text(in: language) ?? "")
            : (language == .ru ? "КТП \(item.count) из \(item.expected ?? 0) ч" : "plan \(item.count) of \(item.expected ?? 0) h")
        }
        let isPeriod = item.kind == .openPeriod
        return [TableCell(item.kind.shortTitle.text(in: language), style: style), TableCell(isPeriod ? "" : item.ownerName),
                TableCell(item.subjectName ?? ""), TableCell(isPeriod ? item.ownerName : item.periodName ?? ""), TableCell(what)]
    }
}
