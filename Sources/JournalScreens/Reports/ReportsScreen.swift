import ControlReports
import Foundation
import JournalCore
import JournalStore
import PaperJournal
import TerminalUI

/// «Отчёты» (ui.md screen 6): the control reports on screen. Choose a report
/// (F2, or [ ]), whose (F3: the school, a class, group, teacher or subject)
/// and the period (F4); read it as a table, ← → over its figures, Tab to its
/// other tables; Enter goes from a figure to the students, the lesson or the
/// teacher behind it. F5 prints it, F6 writes it as XLSX, CSV or JSON, F7 and
/// F8 print the class journal pages and the summary sheet. The store decides
/// what the user may read: a teacher's report is narrowed to their lessons,
/// a class teacher's to their class.
public final class ReportsScreen: Screen {
    var state: ReportsState
    private let user: ActingUser
    private let choices: ReportChoices
    private let names: ReportNames
    private let delivery: ReportsDelivery
    let keyMap: KeyMap<ReportsAction>
    public let functionBarItems: [FunctionBarItem]

    public init(user: ActingUser, context: AppContext, reportFolder: URL? = nil) throws {
        self.user = user
        let reader = Permissions.mayReadSchoolReports(user.roles)
        choices = try context.db.reportChoices()
        names = try context.db.reportNames()
        var offered = choices
        if !reader { offered.teachers = offered.teachers.filter { $0.code == user.login } }
        let windows = ReportWindowChoice.list(try context.db.periods().map(\.period))
        state = ReportsState(kinds: ReportKind.allCases.filter { reader || $0 != .activity },
                             filters: ReportFilter.list(offered, allLabel: reader ? context.t("вся школа", "whole school")
                                                                                   : context.t("мои уроки", "my lessons"),
                                                        language: context.language),
                             windows: windows, windowIndex: ReportWindowChoice.current(in: windows, today: context.today))
        state.year = AcademicYearSwitch(years: try context.db.academicYears())
        delivery = ReportsDelivery(root: reportFolder ?? ReportFolder.default(databasePath: context.db.path))
        keyMap = ReportsAction.keyMap(context)
        functionBarItems = CommonKeys.barItems(keyMap, context)
        compute(context)
    }

    public func title(in context: AppContext) -> String {
        context.t("Отчёты", "Reports") + (state.year.isCurrent ? "" : " · " + context.t("\(state.year.code ?? "") учебный год",
                                                                                        "school year \(state.year.code ?? "")"))
    }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func reload(context: AppContext) { compute(context) }

    /// Computes the chosen report with the signed-in user's rights.
    func compute(_ context: AppContext) {
        guard let window = state.window else {
            state.fail(context.t("В журнале нет учебных периодов: отчёту не из чего считать.", "The journal has no periods."))
            return
        }
        do {
            var codes = state.filter.codes
            codes.periodCode = window.periodCode
            let scope = try context.db.reportScope(codes, from: window.from, to: window.to, asOf: context.now)
            let request = ControlReportRequest(kind: state.kind, scope: scope, codes: codes,
                                               periodName: window.periodCode == nil ? nil : window.label)
            state.show(try ControlReportMaker.make(request, database: context.db, by: .user(user)))
        } catch {
            state.fail(context.describe(error))
        }
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move, .column:
            if let table = state.table { _ = state.cursor.handle(key, for: ReportTableView.widget(table)) }
        case .open: return open(context)
        case .nextTable: state.nextTable()
        case .previousReport, .nextReport:
            state.step(kind: action == .nextReport ? 1 : -1)
            compute(context)
        case .chooseReport:
            return [.push(ReportPickerScreen(title: context.t("Какой отчёт", "Which report"), items: state.kinds.map { $0.title.text(in: context.language) },
                                             selected: state.kindIndex, context: context) { [weak self] index, context in
                self?.state.kindIndex = index
                self?.compute(context)
                return []
            })]
        case .chooseFilter:
            return [.push(ReportPickerScreen(title: context.t("Чей отчёт", "Whose report"), items: state.filters.map(\.label),
                                             selected: state.filterIndex, context: context) { [weak self] index, context in
                self?.state.filterIndex = index
                self?.compute(context)
                return []
            })]
        case .chooseWindow: return chooseWindow(context)
        case .print: return printReport(context)
        case .export:
            return [.push(ReportPickerScreen(title: context.t("В какой файл", "Which file"), items: ReportsDelivery.FileFormat.allCases.map(\.title),
                                             selected: 0, context: context) { [weak self] index, context in
                guard let self else { return [] }
                return self.export(ReportsDelivery.FileFormat.allCases[index], context)
            })]
        case .journalPages: return printJournalPages(context)
        case .summarySheet: return printSummarySheet(context)
        case .refresh:
            compute(context)
            return [.status(StatusMessage(context.t("Пересчитано на \(context.now.timeOfDay.text).",
                                                    "Computed again as of \(context.now.timeOfDay.text).")))]
        case .previousYear: return switchYear(by: -1, context)
        case .nextYear: return switchYear(by: 1, context)
        case .back: return [.pop]
        }
        return []
    }

    /// `{` `}`: the periods of another academic year, the report recomputed
    /// over the same term of it (a past year's last term).
    private func switchYear(by step: Int, _ context: AppContext) -> [ScreenEffect] {
        var year = state.year
        guard year.step(by: step), let code = year.code else { return [.status(AcademicYearSwitch.edge(step, context))] }
        do {
            state.show(year: year, periods: try context.db.periods(inYear: code).map(\.period), day: year.day(today: context.today))
        } catch {
            return [.status(.error(context.describe(error)))]
        }
        compute(context)
        return [.status(StatusMessage(context.t("Учебный год \(code): периоды этого года (F4).", "School year \(code): its periods (F4).")))]
    }

    private func open(_ context: AppContext) -> [ScreenEffect] {
        guard let report = state.report, let window = state.window else { return [] }
        guard let drill = state.drill else {
            return [.status(StatusMessage(context.t("За этой цифрой ничего не раскрыть: выберите другую (← →).",
                                                    "Nothing behind this figure: choose another (← →).")))]
        }
        return ReportNavigator(report: report, window: window, names: names).open(drill, context: context)
    }

    /// The periods, and the user's own dates last.
    private func chooseWindow(_ context: AppContext) -> [ScreenEffect] {
        let own = context.t("Свои даты…", "Own dates…")
        return [.push(ReportPickerScreen(title: context.t("За какой период", "Which period"), items: state.windows.map(\.label) + [own],
                                         selected: state.windowIndex, context: context) { [weak self] index, context in
            guard let self else { return [] }
            guard index < self.state.windows.count else {
                let current = self.state.window
                return [.push(ReportDatesScreen(from: current?.from ?? context.today, to: current?.to ?? context.today,
                                                context: context) { [weak self] from, to, context in
                    self?.useDates(from: from, to: to, context)
                })]
            }
            self.state.windowIndex = index
            self.compute(context)
            return []
        })]
    }

    func useDates(from: SchoolDate, to: SchoolDate, _ context: AppContext) {
        let window = ReportWindowChoice(label: "\(from.russian)–\(to.russian)", from: from, to: to, periodCode: nil)
        state.windows.removeAll { $0.periodCode == nil }
        state.windows.append(window)
        state.windowIndex = state.windows.count - 1
        compute(context)
    }

    // MARK: Paper and files

    private func printReport(_ context: AppContext) -> [ScreenEffect] {
        guard let report = state.report else { return [.status(.error(state.problem ?? context.t("Отчёта нет.", "No report.")))] }
        let document = ControlReportFormats.document(report, footer: delivery.footer(context))
        return [.status(delivery.deliver(document, fileName: ReportsDelivery.baseName(state) + ".pdf", context: context))]
    }

    private func export(_ format: ReportsDelivery.FileFormat, _ context: AppContext) -> [ScreenEffect] {
        guard let report = state.report else { return [.status(.error(state.problem ?? context.t("Отчёта нет.", "No report.")))] }
        return [.status(delivery.export(report, table: state.table, as: format, baseName: ReportsDelivery.baseName(state), context: context))]
    }

    /// The class journal of the selected row's class (or group) and subject,
    /// or of the chosen class and the row's subject, for the chosen period.
    private func printJournalPages(_ context: AppContext) -> [ScreenEffect] {
        let record = state.selectedRecord ?? [:]
        guard let classCode = classCode(record), let subject = record["subject"]?.plain,
              let subjectCode = names.subjects.values.first(where: { $0.name == subject })?.code else {
            return [.status(.warning(context.t("Страницы журнала: выберите строку с классом и предметом (Накопляемость, Прохождение программы, Успеваемость).",
                                               "Journal pages: choose a row with a class and a subject.")))]
        }
        let className = record["class"]?.plain
        let groupName = record["group"]?.plain ?? ""
        let groupCode = groupName.isEmpty ? nil : choices.groups.first { $0.name == groupName && ($0.className ?? "") == (className ?? "") }?.code
        guard let periodCode = journalPeriodCode(context) else {
            return [.status(.error(context.t("Нет учебного периода для страниц журнала.", "No marking period for the journal pages.")))]
        }
        do {
            let document = try PaperMaker.journal(context.db, classCode: classCode, groupCode: groupCode, subjectCode: subjectCode,
                                                  periodCode: periodCode, by: .user(user), footer: delivery.footer(context))
            let name = ReportsDelivery.journalFileName(classCode: classCode, groupCode: groupCode, subjectCode: subjectCode, periodCode: periodCode)
            return [.status(delivery.deliver(document, fileName: name, context: context))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    private func printSummarySheet(_ context: AppContext) -> [ScreenEffect] {
        guard let classCode = classCode(state.selectedRecord ?? [:]) else {
            return [.status(.warning(context.t("Сводная ведомость: выберите класс (F3) или строку с классом.",
                                               "Summary sheet: choose a class (F3) or a row with a class.")))]
        }
        do {
            let document = try PaperMaker.summary(context.db, classCode: classCode, by: .user(user), footer: delivery.footer(context))
            return [.status(delivery.deliver(document, fileName: ReportsDelivery.summaryFileName(classCode: classCode), context: context))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    /// The chosen class, else the selected row's class.
    private func classCode(_ record: [String: ReportValue]) -> String? {
        if state.filter.dimension == .schoolClass, let code = state.filter.code { return code }
        guard let name = record["class"]?.plain, !name.isEmpty else { return nil }
        return names.classes.values.first { $0.name == name }?.code
    }

    /// The chosen period, else the term holding the window's last day.
    private func journalPeriodCode(_ context: AppContext) -> String? {
        guard let window = state.window else { return nil }
        if let code = window.periodCode { return code }
        let day = min(window.to, context.today)
        return state.windows.first { $0.periodCode != nil && $0.from <= day && day <= $0.to }?.periodCode
    }

    // MARK: Drawing

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        let inner = area.inset(horizontal: 1, vertical: 0)
        buffer.write(Line([Span(state.kind.title.text(in: context.language), style: .emphasis),
                           Span(" · " + state.filter.label + " · " + (state.window?.label ?? ""))]), at: inner.origin, clip: inner)
        guard let report = state.report, let table = state.table else {
            Paragraph(wrapping: state.problem ?? "", width: inner.width, style: .error).render(in: inner.removingTop(2), buffer: &buffer)
            return
        }
        buffer.write(report.subtitle, at: Point(x: inner.x, y: inner.y + 1), style: .dim, clip: inner)
        renderTabs(in: inner.removingTop(2).top(1), buffer: &buffer, context: context)
        let body = inner.removingTop(3)
        guard !table.rows.isEmpty else {
            buffer.write(context.t("Нет строк.", "No rows."), at: body.origin, style: .dim, clip: body)
            return
        }
        ReportTableView.widget(table).render(in: body.removingBottom(1), buffer: &buffer, state: &state.cursor)
        let hint = state.drill == nil ? "" : context.t(" · Enter — подробнее", " · Enter — details")
        buffer.write(TextFitting.truncate(ReportTableView.detail(table, row: state.cursor.selectedRow, column: state.cursor.selectedColumn) + hint,
                                          toWidth: body.width), at: body.bottom(1).origin, style: .dim, clip: body)
    }

    /// «Таблица 1 из 3: Категории учеников по классам · Tab — следующая»:
    /// every table's title would not fit 80 columns.
    private func renderTabs(in row: Rect, buffer: inout Buffer, context: AppContext) {
        guard let table = state.table else { return }
        let count = state.tables.count
        let x = buffer.write(context.t("Таблица \(state.tableIndex + 1) из \(count): ", "Table \(state.tableIndex + 1) of \(count): "),
                             at: row.origin, style: .dim, clip: row)
        let end = buffer.write(table.title, at: Point(x: x, y: row.y), style: .header, clip: row)
        if count > 1 {
            buffer.write(context.t(" · Tab — следующая", " · Tab — next"), at: Point(x: end, y: row.y), style: .dim, clip: row)
        }
    }
}
