import JournalCore
import JournalStore
import TerminalUI

/// «Расписание»: the week of a class, a teacher or a room as a grid of
/// weekdays × lesson numbers. The deputy changes a class's slot from a date
/// (history stays: the old row ends the day before); conflicts show as the
/// form is typed, and saving one asks first. F5 opens the bells. A timetable
/// copied into a new academic year says «черновик, скопировано из …» in the
/// title until the deputy confirms it (F6).
public final class TimetableScreen: Screen {
    let user: ActingUser
    let keyMap: KeyMap<TimetableAction>
    var grid = TimetableGridState()
    var owner: TimetableOwner?
    var date: SchoolDate
    var choices = TimetableChoices()
    var form: TimetableCellForm?
    var picker: ChoicePicker?
    /// What the picker chooses.
    var picking: TimetableAction?
    private(set) var loadError: String?
    /// The current year's timetable copied from the year before, if it was.
    private(set) var draft: YearDraftState?

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        keyMap = TimetableAction.keyMap(context, mayConfirm: Permissions.mayConfirmYearDraft(user.roles))
        date = context.today
        do {
            choices = try context.db.timetableChoices(by: .user(user))
            owner = choices.classes.first.map { .schoolClass(code: $0.code) }
        } catch {
            loadError = context.describe(error)
        }
        load(context)
    }

    public func title(in context: AppContext) -> String {
        let week = context.t(" · неделя с ", " · week of ") + date.mondayOfWeek.russian + draftNote(context)
        switch owner {
        case .schoolClass(let code): return context.t("Расписание ", "Timetable ") + className(code) + week
        case .teacher(let login):
            return context.t("Расписание учителя ", "Timetable of ") + (choices.teachers.first { $0.login == login }?.fullName ?? login) + week
        case .room(let room): return context.t("Расписание кабинета ", "Timetable of room ") + room + week
        case nil: return context.t("Расписание", "Timetable")
        }
    }

    /// « · черновик, скопировано из 2025/2026» while the copy is not confirmed.
    func draftNote(_ context: AppContext) -> String {
        guard let draft, draft.isDraft else { return "" }
        return context.t(" · черновик, скопировано из \(draft.copiedFrom)", " · draft, copied from \(draft.copiedFrom)")
    }

    func className(_ code: String) -> String { choices.classes.first { $0.code == code }?.name ?? code }

    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func reload(context: AppContext) {
        load(context)
        if form != nil { checkForm(context) }
    }

    func load(_ context: AppContext) {
        draft = try? context.db.yearDraft(.timetable)
        guard let owner else { return }
        do {
            grid.week = try context.db.timetableWeek(owner, on: date, by: .user(user))
            grid.clamp()
            loadError = nil
        } catch {
            grid.week = nil
            loadError = context.describe(error)
        }
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if picker != nil { return handlePicker(key, context: context) }
        if form != nil { return handleForm(key, context: context) }
        if grid.move(key) { return [] }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move: break
        case .edit: return edit(context)
        case .previousWeek: date = date.adding(days: -7); load(context)
        case .nextWeek: date = date.adding(days: 7); load(context)
        case .byClass, .byTeacher, .byRoom: openPicker(action, context)
        case .bells: return [.push(BellsScreen(user: user, context: context))]
        case .confirmDraft: return confirmDraft(context)
        case .back: return [.pop]
        }
        return []
    }

    private func confirmDraft(_ context: AppContext) -> [ScreenEffect] {
        do {
            let state = try context.db.confirmYearDraft(.timetable, by: .user(user))
            load(context)
            return [.status(.success(context.t("Расписание \(state.academicYear) утверждено.", "The timetable of \(state.academicYear) is confirmed.")))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    private func openPicker(_ action: TimetableAction, _ context: AppContext) {
        let items: [ChoicePicker.Item] = switch action {
        case .byClass: choices.classes.map { .init(value: $0.code, label: $0.name) }
        case .byTeacher: choices.teachers.map { .init(value: $0.login, label: "\($0.fullName) (\($0.login))") }
        default: choices.rooms.map { .init(value: $0, label: $0) }
        }
        let title = switch action {
        case .byClass: context.t("Класс", "Class")
        case .byTeacher: context.t("Учитель", "Teacher")
        default: context.t("Кабинет", "Room")
        }
        picker = ChoicePicker(title: title, items: items)
        picking = action
    }

    private func handlePicker(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var current = picker else { return [] }
        switch current.handle(key) {
        case .picking: picker = current
        case .cancelled: picker = nil
        case .chosen(let value):
            picker = nil
            switch picking {
            case .byClass: owner = .schoolClass(code: value)
            case .byTeacher: owner = .teacher(login: value)
            default: owner = .room(value)
            }
            load(context)
        }
        return []
    }

    /// A class's slot opens the form; a teacher's or a room's opens that
    /// class's timetable at the slot.
    private func edit(_ context: AppContext) -> [ScreenEffect] {
        guard case .schoolClass(let code) = owner else {
            guard let cell = grid.selectedCells.first, let classCode = cell.classCode else {
                return [.status(.warning(context.t("Уроки меняются в расписании класса: выберите урок или F2.",
                                                   "Lessons change in a class's timetable: choose a lesson or F2.")))]
            }
            let (weekday, number) = (grid.weekday, grid.number)
            owner = .schoolClass(code: classCode)
            load(context)
            grid.select(weekday: weekday, number: number)
            return []
        }
        let dayOfCell = date.mondayOfWeek.adding(days: grid.weekday - 1)
        form = TimetableCellForm(classCode: code, weekday: grid.weekday, number: grid.number, cell: grid.selectedCells.first,
                                 from: max(dayOfCell, context.today))
        checkForm(context)
        return []
    }

    /// Conflicts as typed: asked of the store after every change.
    func checkForm(_ context: AppContext) {
        guard var current = form else { return }
        switch current.edit() {
        case .failure(let error):
            current.conflicts = []
            current.problem = context.describe(error)
        case .success(let edit):
            do {
                current.conflicts = try context.db.timetableConflicts(edit, by: .user(user))
                current.problem = nil
            } catch {
                current.conflicts = []
                current.problem = context.describe(error)
            }
        }
        form = current
    }

    private func handleForm(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var current = form else { return [] }
        switch current.handle(key, choices: choices) {
        case .cancelled: form = nil
        case .editing(let changed):
            form = current
            if changed { checkForm(context) }
        case .submitted:
            form = current
            checkForm(context)
            guard let checked = form, case .success(let edit) = checked.edit() else { return [] }
            if let problem = checked.problem { return [.status(.error(context.t("Не сохранено: ", "Not saved: ") + problem))] }
            guard checked.needsConfirmation else { return save(edit, acceptingConflicts: false, context) }
            return [.confirm(Confirmation(
                title: context.t("Сохранить с конфликтом?", "Save with a conflict?"),
                message: checked.conflicts.map { $0.text.text(in: context.language) }.joined(separator: "\n"),
                buttons: [context.t("Нет", "No"), context.t("Сохранить", "Save")]) { [weak self] choice in
                    guard let self, choice == 1 else { return [] }
                    return self.save(edit, acceptingConflicts: true, context)
                })]
        }
        return []
    }

    func save(_ edit: TimetableCellEdit, acceptingConflicts: Bool, _ context: AppContext) -> [ScreenEffect] {
        do {
            let outcome = try context.db.setTimetableCell(edit, acceptingConflicts: acceptingConflicts, by: .user(user))
            form = nil
            load(context)
            let kept = outcome.lessonsKept > 0
                ? context.t("; проведённые уроки (\(outcome.lessonsKept)) остались как были", "; held lessons (\(outcome.lessonsKept)) kept") : ""
            return [.status(.success(context.t("Расписание изменено с \(edit.from.russian)", "Timetable changed from \(edit.from.iso)") + kept + "."))]
        } catch {
            return [.status(.error(context.t("Не сохранено: ", "Not saved: ") + context.describe(error)))]
        }
    }
}
