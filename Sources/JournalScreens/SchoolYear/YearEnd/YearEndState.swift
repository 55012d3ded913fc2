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
    /// The secretary or the administrator asked to start the next year: the
    /// screen lists what will happen and the next key confirms (Д) or not.
    var confirmingNewYear = false

    /// «2026/2027» after a closed «2025/2026»; nil while the year is open.
    var nextYear: String? {
        guard let checklist, checklist.closing != nil else { return nil }
        return AcademicYearCode(checklist.academicYear)?.next.text
    }

    /// What starting the next year does, for the confirmation.
    func newYearSteps(_ language: Language) -> [String] {
        guard let checklist, let next = nextYear else { return [] }
        let old = checklist.academicYear
        return language == .ru ? [
            "Начать учебный год \(next)?",
            "",
            "• периоды \(next) — по образцу \(old), на год позже; выходные — по официальному календарю;",
            "• расписание и учебный план \(old) копируются черновиком: их утверждает завуч;",
            "• КТП переносятся: их подтверждают учителя;",
            "• учётные записи остаются; \(old) остаётся в базе целиком, только для чтения;",
            "• нужен проведённый перевод учащихся по приказу.",
            "",
            "Д — начать, другая клавиша — нет.",
        ] : [
            "Start the academic year \(next)?",
            "",
            "• the periods of \(next) follow \(old), a year later; days off from the official calendar;",
            "• the timetable and the curriculum of \(old) are copied as drafts for the deputy to confirm;",
            "• the plans are carried over for the teachers to confirm;",
            "• the accounts stay; \(old) stays whole in the database, read-only;",
            "• the students must have been promoted by order.",
            "",
            "Y — start, any other key — no.",
        ]
    }

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
