import Foundation
import JournalCore
import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures

/// An application on a TestBackend over an in-memory tiny school: feed keys,
/// read the screen.
final class ScreenHarness {
    let backend: TestBackend
    let db: AppDatabase
    let app: App<TestBackend>

    init(demo: Bool = false, clock: any SchoolClock = TinySchool.tuesdayMorning,
         home: ((AppContext, ActingUser) -> any Screen)? = nil,
         school: SchoolSnapshot = TinySchool.snapshot(), idleCapSeconds: Int? = nil) throws {
        db = try AppDatabase.inMemory(clock: clock)
        try db.load(school, options: LoadOptions(demo: demo, source: "test"))
        backend = TestBackend()
        let context = try AppContext(db: db, language: .ru)
        app = App(backend: backend, context: context, login: { LoginScreen(context: $0) },
                  home: home ?? { Homes.make(context: $0, user: $1) }, idleCapSeconds: idleCapSeconds)
        app.draw()
    }

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

    func signIn(_ login: String, _ password: String) {
        type(login)
        press(.enter)
        type(password)
        press(.enter)
    }
}
