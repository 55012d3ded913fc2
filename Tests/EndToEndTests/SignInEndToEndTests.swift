import Foundation
import GRDB
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// The built binary in tmux: a person signing in at a shared PC.
@Suite(.serialized, .requires(Tools.tmux)) struct SignInEndToEndTests {
    @Test func wrongThenRightPasswordThenSignOut() throws {
        let journal = try JournalInTmux()
        defer { journal.close() }
        let tmux = journal.tmux
        #expect(tmux.waitFor("Вход в электронный журнал"))
        try tmux.type("ivanova")
        try tmux.press("Enter")
        try tmux.type("осень в школе")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Неверный логин или пароль."))
        try tmux.type("весна в школе")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Иванова А. П. (учитель)"))
        #expect(tmux.waitFor("Сегодня"))
        try tmux.press("F10")
        #expect(tmux.waitFor("Выйти из журнала к экрану входа?"))
        try tmux.press("Enter")   // «Нет» is chosen at first
        #expect(tmux.waitUntil { !$0.contains("Выйти из журнала к экрану входа?") && $0.contains("Сегодня") })
        try tmux.press("F10")
        #expect(tmux.waitFor("Выйти из журнала к экрану входа?"))
        try tmux.press("Right", "Enter")
        #expect(tmux.waitFor("Вы вышли из журнала."))
        #expect(!tmux.programEnded)

        let signIns = try journal.database().snapshot(by: .serverOperator).signIns.filter { $0.login == "ivanova" }
        #expect(signIns.count == 2)   // the one in the fixture and this one
    }

    @Test func resizeBelowTheMinimumAndBack() throws {
        let journal = try JournalInTmux()
        defer { journal.close() }
        let tmux = journal.tmux
        #expect(tmux.waitFor("Логин:"))
        try tmux.type("ivan")
        try tmux.resize(width: 70, height: 20)
        #expect(tmux.waitFor("Окно слишком маленькое: 70×20."), "\(tmux.screen())")
        try tmux.resize(width: 80, height: 24)
        #expect(tmux.waitUntil { $0.contains("Логин:") && $0.contains("ivan") })
    }

    @Test func quitOnlyThroughTheConfirmedExit() throws {
        let journal = try JournalInTmux()
        defer { journal.close() }
        let tmux = journal.tmux
        #expect(tmux.waitFor("Логин:"))
        try tmux.press("C-c")
        try tmux.press("C-\\")
        #expect(tmux.waitFor("Чтобы выйти из программы, нажмите F10."))
        #expect(!tmux.programEnded)
        try tmux.press("F10")
        #expect(tmux.waitFor("Закрыть электронный журнал?"))
        try tmux.press("Right", "Enter")
        #expect(tmux.waitForExit())
    }

    @Test func missingDatabaseSaysWhatToDo() throws {
        let tmux = try TmuxSession(command: "\(ZhurnalBinary.url.path) --db /nonexistent/x.sqlite; echo status=$?; sleep 30")
        defer { tmux.close() }
        #expect(tmux.waitFor("status=1"))
        #expect(tmux.screen().contains("zhurnal demo"))
    }

    @Test func localeWithoutUTF8IsRefusedWithTerminalIntact() throws {
        let journal = try JournalInTmux()
        defer { journal.close() }
        let path = journal.databasePath
        let tmux = try TmuxSession(command: "LANG=C LC_ALL=C \(ZhurnalBinary.url.path) --db \(path) --lang en; echo status=$?; stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo; sleep 30")
        defer { tmux.close() }
        #expect(tmux.waitFor("status=1"))
        #expect(tmux.screen().contains("UTF-8"))
        #expect(tmux.waitUntil { $0.split(separator: "\n").contains("echo") }, "\(tmux.screen())")
    }
}
