import JournalCore
import JournalStore
import ReadinessMetrics
import TerminalUI

/// What the computers' keys do.
enum ComputersAction: Equatable {
    case move, add, remove, back
}

/// «ПК и график доступа»: the register of journal PCs, the teachers-per-PC
/// ratio against «1 на 3–4 учителя», and the staff-PC schedule of this week's
/// timetable. The administrator and the deputy add and remove PCs; the
/// director reads. `zhurnal transition schedule --pdf` prints the schedule.
public final class ComputersScreen: Screen {
    /// One row of the list: a PC (which Delete removes) or a line of text.
    enum Row: Equatable {
        case computer(StaffComputer)
        case text(String, StyleRole?)
    }

    let user: ActingUser
    let mayManage: Bool
    let keyMap: KeyMap<ComputersAction>
    private(set) var report: StaffPCScheduleReport?
    private(set) var loadError: String?
    private(set) var rows: [Row] = []
    var list = ListState()
    var form: ComputerForm?

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        mayManage = Permissions.mayManageTransition(user.roles)
        var bindings: [KeyBinding<ComputersAction>] = [
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("листать ПК и график", "scroll the PCs and the schedule"), caption: "↑ ↓"),
        ]
        if mayManage {
            bindings += [
                KeyBinding([.insert], action: .add, help: context.t("внести ПК: название, где стоит, учительская или кабинет",
                                                                    "add a PC: name, where, staff room or classroom"),
                           label: context.t("Внести", "Add"), slot: 2),
                KeyBinding([.delete], action: .remove, help: context.t("убрать выбранный ПК из перечня (спросит)",
                                                                       "remove the chosen PC (asks first)"),
                           label: context.t("Убрать", "Remove"), slot: 8),
            ]
        }
        bindings.append(KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10))
        keyMap = KeyMap(bindings)
        load(context)
    }

    public func title(in context: AppContext) -> String { context.t("ПК и график доступа к ПК", "PCs and the staff-PC schedule") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func reload(context: AppContext) {
        load(context)
    }

    func load(_ context: AppContext) {
        do {
            let report = StaffPCScheduleReport(facts: try context.db.staffPCFacts(on: context.today, by: .user(user)))
            self.report = report
            rows = ComputerRows(report: report, context: context).rows
            loadError = nil
        } catch {
            report = nil
            rows = []
            loadError = context.describe(error)
        }
        list.clamp(itemCount: rows.count)
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if form != nil { return handleForm(key, context: context) }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move: _ = list.handle(key, itemCount: rows.count)
        case .add: form = ComputerForm()
        case .remove: return confirmRemoval(context)
        case .back: return [.pop]
        }
        return []
    }

    private func handleForm(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var current = form else { return [] }
        switch current.handle(key, language: context.language) {
        case .editing: form = current
        case .cancelled: form = nil
        case .submitted(let name, let room, let place):
            form = current
            do {
                let computer = try context.db.addStaffComputer(name: name, room: room, place: place, by: .user(user))
                form = nil
                load(context)
                return [.status(.success(context.t("ПК «\(computer.name)» внесён.", "PC \"\(computer.name)\" added.")))]
            } catch {
                return [.status(.error(context.t("Не внесён: ", "Not added: ") + context.describe(error)))]
            }
        }
        return []
    }

    private func confirmRemoval(_ context: AppContext) -> [ScreenEffect] {
        guard let index = list.selected, rows.indices.contains(index), case .computer(let computer) = rows[index] else {
            return [.status(.warning(context.t("Выберите строку ПК в начале списка.", "Choose a PC's line at the top of the list.")))]
        }
        return [.confirm(Confirmation(
            title: context.t("Убрать ПК?", "Remove the PC?"),
            message: context.t("ПК «\(computer.name)» (\(computer.room)) будет убран из перечня, график составится без него.",
                               "PC \"\(computer.name)\" (\(computer.room)) leaves the register; the schedule is made without it."),
            buttons: [context.t("Нет", "No"), context.t("Убрать", "Remove")]) { [weak self] choice in
                guard let self, choice == 1 else { return [] }
                do {
                    try context.db.removeStaffComputer(name: computer.name, by: .user(self.user))
                    self.load(context)
                    return [.status(.success(context.t("ПК «\(computer.name)» убран.", "PC \"\(computer.name)\" removed.")))]
                } catch {
                    return [.status(.error(context.t("Не убран: ", "Not removed: ") + context.describe(error)))]
                }
            })]
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let loadError {
            Paragraph(TextFitting.wrap(loadError, width: area.width).map { Line($0, style: .error) }).render(in: area, buffer: &buffer)
            return
        }
        if let report {
            let supplyStyle: StyleRole = report.facts.supply.meetsNorm ? .success : .error
            buffer.write(TextFitting.truncate(report.supplyText(context.language), toWidth: area.width), at: area.origin,
                         style: supplyStyle, clip: area)
            let served = context.t("Учителей с уроками: \(report.teachingTeachers), с окном за ПК в каждый учебный день: \(report.teachersServed)",
                                   "Teachers with lessons: \(report.teachingTeachers), with a PC turn each teaching day: \(report.teachersServed)")
            buffer.write(served, at: Point(x: area.x, y: area.y + 1), style: report.missing.isEmpty ? .normal : .error, clip: area)
        }
        let items = rows.map { row -> ListItem in
            switch row {
            case .computer(let computer): ListItem(ComputerRows.line(computer, context: context))
            case .text(let text, let style): ListItem(text, style: style)
            }
        }
        List(items: items).render(in: area.removingTop(3), buffer: &buffer, state: &list)
        form?.render(in: area, buffer: &buffer, language: context.language)
    }
}

/// The list under the two summary lines: the PCs, then the week's turns day by day.
struct ComputerRows {
    let report: StaffPCScheduleReport
    let context: AppContext

    static func line(_ computer: StaffComputer, context: AppContext) -> String {
        context.t("ПК  ", "PC  ") + TextFitting.fit(computer.name, width: 12) + " " + TextFitting.fit(computer.room, width: 16) + " "
            + computer.place.title.text(in: context.language)
    }

    var rows: [ComputersScreen.Row] {
        var rows = report.facts.computers.map { ComputersScreen.Row.computer($0) }
        if rows.isEmpty {
            rows.append(.text(context.t("ПК для журнала не внесены: Insert (F2) — внести.", "No journal PCs yet: Insert (F2) adds one."), .warning))
        }
        rows.append(.text(context.t("График доступа: \(report.schedule.slotMinutes) мин за ПК в течение часа после последнего урока",
                                    "Schedule: \(report.schedule.slotMinutes) min at a PC within an hour of the last lesson"),
                          .header))
        for line in report.lines {
            let text = WeekdayNames.short(line.weekday, context.language) + "  " + line.start.text + "–" + line.end.text + "  "
                + TextFitting.fit(line.computer, width: 10) + " " + line.teacher
                + context.t(" (уроки до \(line.lastLessonEnd.text))", " (lessons until \(line.lastLessonEnd.text))")
            rows.append(.text(text, nil))
        }
        for missing in report.missing {
            rows.append(.text(WeekdayNames.short(missing.weekday, context.language) + "  "
                              + context.t("нет окна: \(missing.teacher) (уроки до \(missing.lastLessonEnd.text)) — нужен ещё ПК",
                                          "no turn: \(missing.teacher) (lessons until \(missing.lastLessonEnd.text)) — another PC is needed"),
                              .error))
        }
        return rows
    }
}
