import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics
import TerminalUI

/// «Готовность к ББЖ», the administrator's and the deputy's home: the
/// profile's indicators with values, thresholds, ✓/✗ and eight-week
/// sparklines, and the verdict. Enter drills down; F3, F4 and F5 choose the
/// window and the profile; F6 writes the report to files.
public final class ReadinessDashboardScreen: Screen {
    let board: ReadinessBoard
    private let openLesson: LessonOpener?
    private let reportFolder: URL
    let keyMap: KeyMap<DashboardAction>
    private(set) var state = DashboardState()

    /// `source` replaces the calculator (tests count what is computed);
    /// `reportFolder` where F6 writes (default: `ReportFolder`).
    public init(context: AppContext, openLesson: LessonOpener?, source: (any ReadinessSource)? = nil,
                reportFolder: URL? = nil) {
        board = ReadinessBoard(database: context.db, source: source, now: context.now)
        self.openLesson = openLesson
        self.reportFolder = reportFolder ?? ReportFolder.default(databasePath: context.db.path)
        keyMap = DashboardAction.keyMap(context)
    }

    public func title(in context: AppContext) -> String { context.t("Готовность к ББЖ", "Readiness for the paperless journal") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    /// Another process committed: compute again as of now, on the next draw.
    public func reload(context: AppContext) {
        board.invalidate(now: context.now)
    }

    /// The window and profile to show from the start (the bench opens on the year).
    public func show(window: DashboardWindow) {
        state.window = window
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if state.form != nil { return handleForm(key, context: context) }
        guard let action = keyMap.action(for: key) else { return [] }
        switch action {
        case .move: move(key)
        case .open: return open(context)
        case .refresh:
            board.invalidate(now: context.now)
            return [.status(StatusMessage(context.t("Пересчитано на \(board.moment.timeOfDay.text).",
                                                    "Computed again as of \(board.moment.timeOfDay.text).")))]
        case .nextWindow: state.window = state.window.next
        case .customDates: openForm(context)
        case .nextProfile: state.profile = DashboardState.profile(after: currentProfile)
        case .export: return export(context)
        case .changePassword:
            guard let user = context.user else { return [] }
            return [.push(ChangePasswordScreen(user: user, context: context))]
        case .signOut: return [.confirm(SignOut.confirmation(context))]
        }
        return []
    }

    var currentProfile: ReadinessProfile {
        state.profile ?? (try? board.facts().defaultProfile) ?? ReadinessProfile.builtIn[0]
    }

    /// The report for the chosen window and profile (computed once per generation).
    func currentReport() throws -> DashboardReport {
        try board.report(state.window, profile: currentProfile)
    }

    private var indicatorKeys: [IndicatorKey] {
        (try? currentReport().report.indicators.map(\.key)) ?? []
    }

    private func move(_ key: Key) {
        let keys = indicatorKeys
        var list = ListState(selected: keys.firstIndex(of: state.selected ?? keys.first ?? .planning) ?? 0, offset: state.list.offset)
        _ = list.handle(key, itemCount: keys.count)
        if let index = list.selected, index < keys.count { state.selected = keys[index] }
    }

    private func open(_ context: AppContext) -> [ScreenEffect] {
        guard let dashboard = try? currentReport(), !dashboard.report.indicators.isEmpty else { return [] }
        let key = state.selected.flatMap { dashboard.report.indicator($0) }?.key ?? dashboard.report.indicators[0].key
        let scope = DrillScope(board: board, window: state.window, profile: currentProfile, indicator: key, openLesson: openLesson)
        if key.breakdowns.isEmpty { return [.push(ShortfallScreen(scope: scope, group: nil, context: context))] }
        return [.push(BreakdownScreen(scope: scope, context: context))]
    }

    private func openForm(_ context: AppContext) {
        let window = (try? board.resolve(state.window)) ?? (try? board.resolve(.thisWeek))
        let today = board.moment.date
        state.form = DateRangeForm(from: window?.from ?? today, to: window?.to ?? today)
    }

    private func handleForm(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var form = state.form else { return [] }
        switch form.handle(key, language: context.language) {
        case .editing: state.form = form
        case .cancelled: state.form = nil
        case .chosen(let from, let to):
            state.form = nil
            state.window = .custom(from: from, to: to)
        }
        return []
    }

    private func export(_ context: AppContext) -> [ScreenEffect] {
        let failed = context.t("Отчёт не записан: ", "Report not written: ")
        let report: ReadinessReport
        let auditHead: AuditHead
        do {
            report = try currentReport().report
            auditHead = try context.db.auditHead()
        } catch {
            return [.status(.error(failed + context.describe(error)))]
        }
        do {
            let files = try ReportExport.write(report, auditHead: auditHead, to: reportFolder, language: context.language)
            return [.status(.success(context.t("Отчёт записан: \(files.text.path) и .csv",
                                               "Report written: \(files.text.path) and .csv")))]
        } catch {
            return [.status(.error(failed + ReportExport.describe(error, folder: reportFolder, language: context.language)))]
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        DashboardView(screen: self, context: context).render(in: area, buffer: &buffer)
        if let form = state.form { form.render(in: area, buffer: &buffer, language: context.language) }
    }

    /// Keeps the list's scroll position between frames.
    func remember(list: ListState, selected: IndicatorKey?) {
        state.list = list
        state.selected = selected
    }
}
