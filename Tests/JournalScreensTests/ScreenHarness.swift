import Foundation
import JournalCore
import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// An application on a TestBackend over an in-memory tiny school: feed keys,
/// read the screen.
final class ScreenHarness {
    let backend: TestBackend
    let db: AppDatabase
    let app: App<TestBackend>

    convenience init(demo: Bool = false, clock: any SchoolClock = TinySchool.tuesdayMorning,
                     home: ((AppContext, ActingUser) -> any Screen)? = nil,
                     school: SchoolSnapshot = TinySchool.snapshot(), idleCapSeconds: Int? = nil,
                     language: Language = .ru) throws {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(school, options: LoadOptions(demo: demo, source: "test"))
        try self.init(db: db, home: home, idleCapSeconds: idleCapSeconds, language: language)
    }

    init(db: AppDatabase, backend: TestBackend = TestBackend(), home: ((AppContext, ActingUser) -> any Screen)? = nil,
         idleCapSeconds: Int? = nil, language: Language = .ru) throws {
        self.db = db
        self.backend = backend
        let context = try AppContext(db: db, language: language)
        app = App(backend: backend, context: context, login: { LoginScreen(context: $0) },
                  home: home ?? { Homes.make(context: $0, user: $1) }, idleCapSeconds: idleCapSeconds)
        app.draw()
    }

    /// Signs `login` in without a password, as the login screen would after one.
    func signInDirectly(_ login: String) throws {
        let user = try #require(try db.actingUser(login: login))
        app.apply(screenEffects: [.signedIn(user)])
        app.draw()
    }

    var context: AppContext { app.context }

    /// Types text and presses keys, drawing after each as the loop does.
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
    var screenText: String { lines.joined(separator: "\n") }

    func contains(_ text: String) -> Bool { screenText.contains(text) }

    /// The status line.
    var status: String { lines[22] }

    /// The row of the screen whose text contains `text`.
    func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    /// The style of the cell at (x, y) as last drawn.
    func style(_ x: Int, _ y: Int) -> StyleRole? { backend.screen?[x, y].style }

    /// The column where `text` begins on row `y` (in terminal columns).
    func column(of text: String, inRow y: Int) -> Int? {
        guard let range = lines[y].range(of: text) else { return nil }
        return lines[y][..<range.lowerBound].count
    }

    func signIn(_ login: String, _ password: String) {
        type(login)
        press(.enter)
        type(password)
        press(.enter)
    }
}
