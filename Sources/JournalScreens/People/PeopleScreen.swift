import JournalCore
import JournalStore
import TerminalUI

/// «Ученики и сотрудники» (ui.md screen 7, the secretary's part): the
/// secretary's home, and the administrator's through «Разделы». Four lists —
/// classes, students, staff, parents — switched by Tab; typing finds by name,
/// login or class. Every change goes through a small form or a question and
/// one store write; one-time codes are shown once, in a dialog or on the
/// printed slips.
public final class PeopleScreen: Screen {
    let user: ActingUser
    private let asHome: Bool
    var state = PeopleState()
    var form: (form: PeopleForm, purpose: PeopleFormPurpose)?
    private var problem: String?
    let keyMap: KeyMap<PeopleAction>
    public let helpEntries: [HelpEntry]

    public init(user: ActingUser, context: AppContext, asHome: Bool) {
        self.user = user
        self.asHome = asHome
        keyMap = PeopleAction.keyMap(context, asHome: asHome)
        helpEntries = keyMap.helpEntries + [
            HelpEntry(keys: context.t("буквы, цифры", "letters, digits"),
                      text: context.t("поиск по ФИО, логину, классу; Esc — очистить", "search by name, login, class; Esc clears")),
            HelpEntry(keys: "↑ ↓ PgUp PgDn", text: context.t("выбрать строку", "choose a row")),
        ]
        load(context)
    }

    public func title(in context: AppContext) -> String { context.t("Ученики и сотрудники", "Students and staff") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }

    public func reload(context: AppContext) {
        load(context)
    }

    func load(_ context: AppContext) {
        do {
            state.directory = try context.db.peopleDirectory(on: context.today, by: .user(user))
            problem = nil
        } catch {
            state.directory = PeopleDirectory()
            problem = context.describe(error)
        }
        if state.table.selectedRow >= state.rowCount { state.table = TableState(selectedRow: max(0, state.rowCount - 1)) }
    }

    // MARK: Keys

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if form != nil { return handleForm(key, context) }
        if key == .escape, state.clearSearch() { return [] }
        switch keyMap.action(for: key) {
        case .nextTab?: state.switchTab(by: 1)
        case .previousTab?: state.switchTab(by: -1)
        case .add?: openAddForm(context)
        case .edit?: openEditForm(context)
        case .move?: return openMoveForm(context)
        case .history?: return history(context)
        case .link?: return openLinkForm(context)
        case .unlink?: return unlink(context)
        case .slips?: return slips(context)
        case .password?: return [.push(ChangePasswordScreen(user: user, context: context))]
        case .leave?: return asHome ? [.confirm(SignOut.confirmation(context))] : [.pop]
        case nil:
            if state.table.handle(key, for: table(width: 78)) == .handled { return [] }
            _ = state.type(key)
        }
        return []
    }

    private func handleForm(_ key: Key, _ context: AppContext) -> [ScreenEffect] {
        guard var open = form else { return [] }
        switch open.form.handle(key) {
        case .editing:
            form = open
            return []
        case .cancelled:
            form = nil
            return []
        case .submitted(let values):
            do {
                let effects = try submit(open.purpose, values, context)
                form = nil
                load(context)
                return effects
            } catch {
                open.form.problem = context.describe(error)
                form = open
                return [.status(.error(context.describe(error)))]
            }
        }
    }

    // MARK: Drawing

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        var x = area.x + 1
        for tab in PeopleTab.allCases {
            let chosen = tab == state.tab
            let text = chosen ? "[\(tab.title(context.language))]" : " \(tab.title(context.language)) "
            x = buffer.write(text, at: Point(x: x, y: area.y), style: chosen ? .selected : .dim, clip: area) + 1
        }
        let afterLabel = buffer.write(context.t(" Поиск: ", " Search: "), at: Point(x: area.x, y: area.y + 1), style: .dim, clip: area)
        TextField(isFocused: false, placeholder: context.t("ФИО, логин или класс", "name, login or class"))
            .render(in: Rect(x: afterLabel, y: area.y + 1, width: 30, height: 1), buffer: &buffer, state: &state.search)
        let count = context.t("строк: \(state.rowCount) из \(state.totalCount)", "\(state.rowCount) of \(state.totalCount)")
        _ = buffer.write(count, at: Point(x: area.maxX - DisplayWidth.of(count) - 1, y: area.y + 1), style: .dim, clip: area)
        let body = area.removingTop(3)
        if let problem {
            Paragraph(wrapping: problem, width: body.width - 2, style: .error).render(in: body.inset(horizontal: 1, vertical: 0), buffer: &buffer)
        } else {
            table(width: body.width, language: context.language).render(in: body, buffer: &buffer, state: &state.table)
        }
        form?.form.render(in: area, buffer: &buffer, language: context.language)
    }

    func table(width: Int, language: Language = .ru) -> Table {
        let columns = PeopleTable.widths(state.tab, width: width).map { TableColumn(width: $0) }
        let rows = PeopleTable.rows(state)
        return Table(columns: columns, headerRows: [PeopleTable.header(state.tab, language)], rowCount: rows.count, selectionMode: .row) { row, column in
            rows[row][column]
        }
    }
}
