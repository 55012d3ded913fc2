import Foundation
import TestFixtures
import Testing
import TmuxDriver

/// `zhurnal demo` in a tmux session of its own, the way a new user starts it:
/// the demo school made in a temporary folder, the session waiting at the
/// sign-in. Every demo (and generated) account's password is its login.
enum DemoTerminal {
    static func start(_ dir: TemporaryDirectory, timeout: TimeInterval = 120) throws -> (path: String, tmux: TmuxSession) {
        let path = dir.path("demo.sqlite")
        let tmux = try TmuxSession(command: "\(ZhurnalBinary.url.path) demo --db \(path)")
        #expect(tmux.waitFor("Логин:", timeout: timeout), "\(tmux.screen())")
        return (path, tmux)
    }

    /// Types the login, and the login again as the password.
    static func signIn(_ tmux: TmuxSession, _ login: String) throws {
        try tmux.type(login)
        try tmux.press("Tab")
        try tmux.type(login)
        try tmux.press("Enter")
    }
}
