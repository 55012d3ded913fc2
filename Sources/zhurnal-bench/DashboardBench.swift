import Foundation
import JournalCore
import JournalScreens
import JournalStore
import ReadinessMetrics
import TerminalUI
import ZhurnalCommandLine

/// `zhurnal-bench --part dashboard`: the readiness dashboard as the
/// administrator meets it, in an 80×24 terminal in memory (the same App, screens
/// and buffer diff as over SSH, without the terminal): sign-in to the first
/// frame, each drill level, a window switch, a redraw, a refresh after another
/// process's commit (and the cells it repaints), the export. Each case runs on
/// a fresh sign-in, so nothing comes from the dashboard's own cache.
struct DashboardBench {
    let database: AppDatabase
    let admin: ActingUser
    let reports: URL
    let runs: Int

    private final class Session {
        let backend = TestBackend()
        let app: App<TestBackend>
        init(_ database: AppDatabase, reports: URL) throws {
            let context = try AppContext(db: database, language: .ru)
            app = App(backend: backend, context: context, login: { LoginScreen(context: $0) }, home: { context, user in
                ReadinessDashboardScreen(context: context, openLesson: Homes.lessonOpener, reportFolder: reports)
            })
        }
        var dashboard: ReadinessDashboardScreen? { app.topScreen as? ReadinessDashboardScreen }
        func press(_ keys: Key...) {
            for key in keys {
                app.handle(key)
                app.draw()
            }
        }
    }

    func run() throws -> [ReadinessBench.Figure] {
        let session = try Session(database, reports: reports)
        let signIn = { (window: DashboardWindow) in
            session.app.apply(screenEffects: [.signedIn(admin)])
            session.dashboard?.show(window: window)
            session.app.draw()
        }
        func fresh(_ window: DashboardWindow, then keys: [Key] = []) {
            signIn(window)
            for key in keys { session.press(key) }
        }
        var figures = [
            try measure("sign-in → dashboard drawn, academic year", detail: { indicatorsShown(session) }) { signIn(.academicYear) },
            try measure("sign-in → dashboard drawn, current period", detail: { indicatorsShown(session) }) { signIn(.currentPeriod) },
            try measure("F3: year → this week (+8-week sparklines)", before: { fresh(.academicYear) }) { session.press(.function(3)) },
            try measure("F5: another profile (mo), year", before: { fresh(.academicYear) }) { session.press(.function(5)) },
            try measure("Enter: planning by class, year", before: { fresh(.academicYear, then: [.down]) }) { session.press(.enter) },
            try measure("Tab: planning by teacher, year", before: { fresh(.academicYear, then: [.down, .enter]) }) { session.press(.tab) },
            try measure("Enter: the worst teacher's lessons without a topic, year",
                        before: { fresh(.academicYear, then: [.down, .enter, .tab]) }) { session.press(.enter) },
            try measure("Enter: on_time by class, year", before: { fresh(.academicYear, then: [.end]) }) { session.press(.enter) },
            try measure("Enter: the worst class's late entries, year",
                        before: { fresh(.academicYear, then: [.end, .enter]) }) { session.press(.enter) },
            try measure("Esc: back up (cached)", before: { fresh(.academicYear, then: [.end, .enter, .enter]) }) { session.press(.escape) },
            try measure("redraw, nothing changed", detail: { "\(session.backend.lastDrawChangedCells) cells sent" },
                        before: { fresh(.academicYear) }) { session.app.draw() },
            try measure("F6: report written (text + CSV), year", before: { fresh(.academicYear) }) { session.press(.function(6)) },
        ]
        figures.append(try refreshAfterCommit(session, signIn: signIn))
        return figures
    }

    /// Another connection sets a lesson's topic; the dashboard notices, computes
    /// again and draws: the time, and how many cells the terminal gets.
    private func refreshAfterCommit(_ session: Session, signIn: (DashboardWindow) -> Void) throws -> ReadinessBench.Figure {
        guard let path = database.path else { throw BenchError.needsFile }
        let other = try AppDatabase.open(path: path)
        let window = try DashboardWindow.academicYear.resolve(periods: database.periods().map(\.period),
                                                              asOf: database.clock.now(in: database.school().timeZone))
        let lessons = try ReadinessCalculator(database: database)
            .shortfall(of: .planning, profile: ReadinessSettings.defaultProfile(database), window: window, limit: runs + 1)
            .compactMap(\.lessonID)
        var times: [Double] = [], cells: [Int] = []
        for lesson in lessons {
            signIn(.academicYear)
            session.app.refreshIfOthersCommitted()
            try other.setTopic(lesson: lesson, "Замер", by: admin)
            let start = DispatchTime.now().uptimeNanoseconds
            session.app.refreshIfOthersCommitted()
            session.app.draw()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            cells.append(session.backend.lastDrawChangedCells)
            try other.setTopic(lesson: lesson, nil, by: admin)
        }
        guard !times.isEmpty else { return ReadinessBench.Figure(name: "refresh after a commit", milliseconds: [0], detail: "no lesson") }
        return ReadinessBench.Figure(name: "another process commits → recomputed and drawn", milliseconds: Array(times.dropFirst()),
                                     detail: "cells sent: \(cells.map(String.init).joined(separator: ", "))")
    }

    private func indicatorsShown(_ session: Session) -> String {
        let rows = session.backend.lines().filter { ($0.hasPrefix("│✓") || $0.hasPrefix("│✗")) && $0.contains(" / ") }
        return "\(rows.count) indicators on screen"
    }

    /// Runs `body` once cold, then `runs` times warm, each after `before`.
    private func measure(_ name: String, detail: () -> String = { "" }, before: () -> Void = {},
                         _ body: () throws -> Void) throws -> ReadinessBench.Figure {
        var times: [Double] = []
        for _ in 0...runs {
            before()
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        let cold = times.removeFirst()
        return ReadinessBench.Figure(name: name, milliseconds: times, detail: String(format: "first %.1f ms; ", cold) + detail())
    }

    enum BenchError: Error, LocalizedMessage {
        case needsFile
        case noAdministrator

        func text(in language: Language) -> String {
            switch self {
            case .needsFile: language == .ru ? "замер панели нужен на файле базы" : "the dashboard bench needs a database file"
            case .noAdministrator: language == .ru ? "в базе нет учётной записи admin" : "the database has no account admin"
            }
        }
    }
}
