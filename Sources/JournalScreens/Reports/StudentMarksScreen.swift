import JournalCore
import JournalStore
import TerminalUI

/// One student's marks for a period, every subject on one screen, as the
/// reports' drill-down reaches them: marks, averages and final marks, then
/// (Tab) attendance and final marks. Read through the store's check of who
/// may read a student's record (the administration and the class teacher).
final class StudentMarksScreen: Screen {
    enum Action: Equatable { case move, nextSection, open, back }

    private let record: FamilyRecord
    private var section = FamilySection.marks
    private var cursor = TableState()
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(student: StudentID, period: PeriodID, context: AppContext) throws {
        record = try context.db.familyRecord(of: student, period: period, by: try ClassGridScreen.signedInUser(context))
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown], action: .move, help: context.t("выбрать предмет", "choose a subject"),
                       caption: "↑ ↓"),
            KeyBinding([.tab], action: .nextSection, help: context.t("отметки → посещаемость → домашние задания → итоговые",
                                                                     "marks → attendance → homework → final marks")),
            KeyBinding(.enter, action: .open, help: context.t("все отметки предмета с датами", "a subject's marks with dates")),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String {
        context.t("Отметки ученика", "Student's marks") + ": \(record.child.fullName), \(record.child.className) · \(record.period.period.name)"
    }

    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .move?:
            _ = cursor.handle(key, for: FamilyTables.table(section, record, width: 80, context: context))
        case .nextSection?:
            section = section.next(by: 1)
            cursor = TableState()
        case .open?:
            guard section == .marks, record.subjects.indices.contains(cursor.selectedRow) else { return [] }
            return [.push(FamilySubjectScreen(subject: record.subjects[cursor.selectedRow], child: record.child,
                                              period: record.period.period.name))]
        case .back?: return [.pop]
        case nil: break
        }
        return []
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        var x = inner.x
        for part in FamilySection.allCases {
            let text = " " + (context.language == .ru ? part.title : part.englishTitle) + " "
            x = buffer.write(text, at: Point(x: x, y: inner.y), style: part == section ? .selected : .header, clip: inner) + 1
        }
        var rest = inner.removingTop(2)
        if section == .attendance {
            buffer.write(FamilyTables.attendanceSummary(record, context: context), at: rest.origin, clip: rest)
            rest = rest.removingTop(2)
        }
        let table = FamilyTables.table(section, record, width: rest.width, context: context)
        guard table.rowCount > 0 else {
            buffer.write(section.emptyText(record.period.period.name, context), at: rest.origin, style: .dim, clip: rest)
            return
        }
        table.render(in: rest, buffer: &buffer, state: &cursor)
    }
}
