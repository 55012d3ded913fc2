import Foundation
import JournalCore
import JournalScreens
import JournalStore
import ReadinessMetrics
import TerminalUI
import TestFixtures

/// Counts what the dashboard asks the calculator, to prove nothing is computed
/// again on a redraw or a keystroke.
final class CountingSource: ReadinessSource {
    let calculator: ReadinessCalculator
    private(set) var reports = 0
    private(set) var breakdowns = 0
    private(set) var shortfalls = 0

    init(_ database: AppDatabase) {
        calculator = ReadinessCalculator(database: database)
    }

    var total: Int { reports + breakdowns + shortfalls }

    func report(profile: ReadinessProfile, window: ReadinessWindow, verdictWeeks: Int) throws -> ReadinessReport {
        reports += 1
        return try calculator.report(profile: profile, window: window, verdictWeeks: verdictWeeks)
    }

    func breakdowns(of keys: [IndicatorKey], profile: ReadinessProfile, window: ReadinessWindow,
                    by dimension: BreakdownDimension) throws -> [IndicatorKey: [BreakdownRow]] {
        breakdowns += 1
        return try calculator.breakdowns(of: keys, profile: profile, window: window, by: dimension)
    }

    func shortfall(of key: IndicatorKey, profile: ReadinessProfile, window: ReadinessWindow, slice: LessonSlice,
                   limit: Int?) throws -> [ShortfallItem] {
        shortfalls += 1
        return try calculator.shortfall(of: key, profile: profile, window: window, slice: slice, limit: limit)
    }
}

/// A screen the fake lesson opener pushes, naming the lesson it was asked for.
final class OpenedLesson: Screen {
    let lesson: LessonID
    init(_ lesson: LessonID) { self.lesson = lesson }
    func title(in context: AppContext) -> String { "Урок № \(lesson.rawValue)" }
    var functionBarItems: [FunctionBarItem] { [] }
    var helpEntries: [HelpEntry] { [] }
    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.write("открыт урок \(lesson.rawValue)", at: area.origin)
    }
    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] { key == .escape ? [.pop] : [] }
}

/// The tiny school in a file (so another connection can commit, as another
/// process would), the administrator signed in on the dashboard.
final class DashboardHarness {
    let directory: TemporaryDirectory
    let db: AppDatabase
    let backend: TestBackend
    let app: App<TestBackend>
    let source: CountingSource
    private(set) var opened: [LessonID] = []
    /// What the fake opener does: open a screen, find no lesson, or fail.
    enum OpenerAnswer { case screen, missing, failure }
    var openerAnswer = OpenerAnswer.screen
    let reports: URL

    let clock: any SchoolClock

    /// `realGrid`: lessons open in the real class grid (`Homes.lessonOpener`)
    /// instead of the fake opener's screen.
    init(login: String = "admin", opener: Bool = true, realGrid: Bool = false, size: Size = Size(width: 80, height: 24),
         colors: ColorCapability = .colors(8), clock: any SchoolClock = TinySchool.tuesdayMorning,
         school: SchoolSnapshot = TinySchool.snapshot()) throws {
        directory = try TemporaryDirectory()
        self.clock = clock
        db = try AppDatabase.open(path: directory.path("school.sqlite"), create: true, clock: clock)
        try db.load(school, options: LoadOptions(source: "test"))
        backend = TestBackend(size: size, colorCapability: colors)
        source = CountingSource(db)
        reports = directory.url.appendingPathComponent("отчёты")
        let context = try AppContext(db: db, language: .ru)
        var fakeOpener: LessonOpener?
        weak var weakSelf: DashboardHarness?
        if realGrid {
            fakeOpener = Homes.lessonOpener
        } else if opener {
            fakeOpener = LessonOpener { lesson, _ in
                weakSelf?.opened.append(lesson)
                switch weakSelf?.openerAnswer ?? .screen {
                case .screen: return OpenedLesson(lesson)
                case .missing: return nil
                case .failure: throw JournalError.forbidden(Phrase(ru: "нет доступа к уроку", en: "no access"))
                }
            }
        }
        let source = self.source, reports = self.reports
        app = App(backend: backend, context: context, login: { LoginScreen(context: $0) }, home: { context, user in
            if user.has(.admin) || user.has(.deputy) {
                return ReadinessDashboardScreen(context: context, openLesson: fakeOpener, source: source, reportFolder: reports)
            }
            return Homes.make(context: context, user: user)
        })
        weakSelf = self
        app.refreshIfOthersCommitted()   // the loop's first look at data_version
        app.apply(screenEffects: [.signedIn(try db.actingUser(login: login)!)])
        app.draw()
    }

    deinit { directory.remove() }

    func press(_ keys: Key...) {
        for key in keys {
            app.handle(key)
            app.draw()
        }
    }

    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    var lines: [String] { backend.lines() }
    var text: String { lines.joined(separator: "\n") }
    var status: String { lines[22] }

    /// The last rows of the body (a drill-down's full text of the selected
    /// item), without the frame, as one line.
    var detail: String {
        lines[18...20].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
    }

    func line(containing text: String) -> String? {
        lines.first { $0.contains(text) }
    }

    /// The style of the first cell of `text` on screen.
    func style(of text: String) -> StyleRole? {
        guard let screen = backend.screen else { return nil }
        for (y, line) in lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            let x = line.distance(from: line.startIndex, to: range.lowerBound)
            return screen[x, y].style
        }
        return nil
    }

    /// Another process writes to the journal; the application notices as its loop would.
    func commitElsewhere(_ write: (AppDatabase, ActingUser) throws -> Void) throws {
        let other = try AppDatabase.open(path: directory.path("school.sqlite"), clock: clock)
        try write(other, try other.actingUser(login: "admin")!)
        app.refreshIfOthersCommitted()
        app.draw()
    }

    /// Wednesday 4 September 2024, 09:00 Moscow: the attendance entered on
    /// Tuesday at 12:00:01 is seen, one second after its deadline.
    static let wednesdayMorning = FixedClock(Date(timeIntervalSince1970: TimeInterval(TinySchool.time("2024-09-04T09:00").seconds - 3 * 3600)))

    /// The lesson of the tiny school that has no topic (Russian, Monday, lesson 2).
    func lessonWithoutTopic() throws -> LessonID {
        let calculator = ReadinessCalculator(database: db)
        let window = try ReadinessWindow(from: TinySchool.monday, to: TinySchool.monday, asOf: TinySchool.time("2024-09-03T10:00"))
        let items = try calculator.shortfall(of: .planning, profile: ReadinessProfile.builtIn(named: "kchr"), window: window)
        return items[0].lessonID!
    }
}
