import JournalCore
import JournalStore
import TerminalUI

/// «Журнал»: a class's subject for one period, students down, lessons across,
/// the selected lesson's topic and homework underneath. Every key that changes
/// something saves it at once through the store and reads the grid back, so
/// what is shown is what is stored.
public final class ClassGridScreen: Screen {
    var state: ClassGridState
    let user: ActingUser
    let keyMap: KeyMap<GridAction>
    let rounding: RoundingRule

    /// The grid of a lesson's class (or group) and subject in the period
    /// containing it, the cursor on that lesson's column (the dashboard and the
    /// today screen open lessons this way).
    public static func forLesson(_ lessonID: LessonID, context: AppContext) throws -> ClassGridScreen {
        let user = try signedInUser(context)
        let location = try context.db.lessonLocation(lessonID, by: user)
        return try ClassGridScreen(location.audience, subjectID: location.subjectID, on: location.date,
                                   focus: lessonID, context: context)
    }

    /// The grid of a class (or group) and subject in the period of today («Мои классы»).
    public static func forCurrentPeriod(_ audience: ClassOrGroup, subject subjectID: SubjectID,
                                        context: AppContext) throws -> ClassGridScreen {
        try ClassGridScreen(audience, subjectID: subjectID, on: context.today, focus: nil, context: context)
    }

    init(_ audience: ClassOrGroup, subjectID: SubjectID, on date: SchoolDate, focus: LessonID?, context: AppContext) throws {
        user = try Self.signedInUser(context)
        try context.db.materializeLessons(through: context.today)
        try context.db.prepareJournalWrites()
        // the academic year of `date`: a lesson or a report of last year opens last year's grid
        let years = try context.db.academicYears()
        let year = AcademicYearSwitch(years: years, showing: years.code(containing: date))
        let periods = try year.code.map { try context.db.markingPeriods(of: audience, inYear: $0) } ?? context.db.markingPeriods(of: audience)
        guard let index = ClassGridState.periodIndex(for: date, in: periods) else {
            throw JournalError.notFound(Phrase(ru: "учебный период", en: "marking period"))
        }
        let data = try context.db.classGrid(audience, subject: subjectID, period: periods[index].id, by: user)
        state = ClassGridState(data: data, periods: periods, periodIndex: index)
        state.year = year
        state.focus(lesson: focus, today: context.today)
        keyMap = GridKeys.keyMap(context)
        functionBarItems = CommonKeys.barItems(keyMap, context)
        rounding = try context.db.settings().rounding
    }

    static func signedInUser(_ context: AppContext) throws -> ActingUser {
        guard let user = context.user else {
            throw JournalError.forbidden(Phrase(ru: "сначала войдите в журнал", en: "sign in first"))
        }
        return user
    }

    public func title(in context: AppContext) -> String {
        context.t("Журнал", "Journal") + " \(state.data.label.text) · \(state.period.period.name)"
            + (state.year.caption(locked: state.period.period.locked, context).map { " · " + $0 }
               ?? (state.period.period.locked ? context.t(" (закрыт)", " (closed)") : ""))
    }

    public let functionBarItems: [FunctionBarItem]
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    /// The selected student and lesson, for tests and the screens it opens.
    var selectedCell: GridCell? { state.selectedCell }

    /// For measurements (`zhurnal bench`): the grid's size, and how many
    /// student rows the last frame showed.
    public var lessonCount: Int { state.data.lessons.count }
    public var studentCount: Int { state.data.students.count }
    public var visibleStudentRows: Int { state.table.visibleRows }

    // MARK: Drawing

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let gridArea = area.removingBottom(3)
        var tableState = state.table
        table(context).render(in: gridArea, buffer: &buffer, state: &tableState)
        state.table = tableState
        if state.data.students.isEmpty {
            buffer.write(context.t("В классе нет учеников в этом периоде.", "No students in the class this period."),
                         at: Point(x: area.x + 1, y: area.y + 3), style: .dim, clip: area)
        }
        renderLines(in: area.bottom(3).inset(horizontal: 1, vertical: 0), buffer: &buffer, context: context)
    }

    func table(_ context: AppContext) -> Table {
        GridTable(state: state, today: context.today, rounding: rounding, language: context.language).table
    }

    // MARK: Keys

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch state.mode {
        case .editing(let field, let text): return handleEditing(key, field: field, text: text, context: context)
        case .finding(let text, let start): return handleFinding(key, text: text, startRow: start, context: context)
        case .browsing: return handleBrowsing(key, context: context)
        }
    }

    private func handleBrowsing(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else { return unboundKey(key, context) }
        if action.changesTheJournal, let year = state.closedYear {
            return [.status(AcademicYearSwitch.closedMessage(year, context))]
        }
        switch action {
        case .move:
            _ = state.table.handle(key, for: table(context))
            return []
        case .mark: return putMark(key.digit ?? 0, context)
        case .attendance(let code): return setAttendance(code, context)
        case .delete: return deleteLast(context)
        case .cellEditor: return openCellEditor(context)
        case .lessonEditor: return openLessonEditor(context)
        case .edit(let field): return startEditing(field, context)
        case .finalMarks: return openFinalMarks(context)
        case .find:
            state.mode = .finding(TextFieldState(maxLength: 40), startRow: state.table.selectedRow)
            return []
        case .previousPeriod: return switchPeriod(by: -1, context)
        case .nextPeriod: return switchPeriod(by: 1, context)
        case .previousYear: return switchYear(by: -1, context)
        case .nextYear: return switchYear(by: 1, context)
        case .back: return [.popAndReload]
        }
    }

    /// A digit outside 1–5 is a wrong mark; another letter means nothing here.
    private func unboundKey(_ key: Key, _ context: AppContext) -> [ScreenEffect] {
        if let digit = key.digit { return [.status(.error(context.describe(JournalError.invalidMark(String(digit)))))] }
        return CommonKeys.unknownKey(key, context).map { [$0] } ?? []
    }

    // MARK: Data

    public func reload(context: AppContext) {
        refresh(context)
    }

    /// Reads the grid again, keeping the cursor; false (with the reason as an
    /// error) when it cannot be read.
    @discardableResult
    func refresh(_ context: AppContext) -> StatusMessage? {
        do {
            let fresh = try context.db.classGrid(state.data.audience, subject: state.data.subjectID,
                                                 period: state.period.id, by: user)
            state.replace(fresh)
            return nil
        } catch {
            return .error(context.describe(error))
        }
    }

    /// `{` `}`: the same class and subject in another academic year, on its
    /// last term (a past year) or the term of today (the current one).
    private func switchYear(by step: Int, _ context: AppContext) -> [ScreenEffect] {
        var year = state.year
        guard year.step(by: step), let code = year.code else { return [.status(AcademicYearSwitch.edge(step, context))] }
        do {
            let periods = try context.db.markingPeriods(of: state.data.audience, inYear: code)
            guard let index = ClassGridState.periodIndex(for: year.day(today: context.today), in: periods) else {
                return [.status(.error(context.t("В \(code) учебном году нет периодов.", "The \(code) school year has no periods.")))]
            }
            let data = try context.db.classGrid(state.data.audience, subject: state.data.subjectID, period: periods[index].id, by: user)
            state.show(year: year, periods: periods, data, periodIndex: index, today: context.today)
            return [.status(year.switchedMessage(locked: state.period.period.locked, context))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    private func switchPeriod(by step: Int, _ context: AppContext) -> [ScreenEffect] {
        guard let target = state.periodIndex(by: step) else {
            return [.status(StatusMessage(step < 0 ? context.t("Это первый период года.", "This is the year's first period.")
                                                   : context.t("Это последний период: учебный год.", "This is the last period: the year.")))]
        }
        do {
            let data = try context.db.classGrid(state.data.audience, subject: state.data.subjectID,
                                                period: state.periods[target].id, by: user)
            state.show(data, periodIndex: target, today: context.today)
            return [.status(StatusMessage(state.period.period.name))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }
}
