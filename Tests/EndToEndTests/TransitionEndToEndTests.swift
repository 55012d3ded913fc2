import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Issue 17's «Done when», items 1 and 2, in a real terminal.
@Suite(.serialized) struct TransitionEndToEndTests {
    /// A generated school starts its roadmap from the KChR template on the
    /// screen; the parent-accounts item is open while the parents' accounts
    /// are off, and closes by itself on the open screen once they are back.
    @Test func aGeneratedSchoolStartsFromTheKChRTemplateAndTheParentItemClosesItself() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let generated = try ZhurnalBinary.run(["generate", "--size", "small", "--db", path])
        #expect(generated.status == 0, "\(generated.stderr)")
        let parents = try parentLogins(path)
        #expect(parents.count > 10)
        try setDisabled(parents, true, path)

        let tmux = try TmuxSession(command: "\(ZhurnalBinary.url.path) --db \(path)")
        defer { tmux.close() }
        #expect(tmux.waitFor("Логин:"))
        try signIn(tmux, "admin")
        #expect(tmux.waitFor("ещё не начата"), "\(tmux.screen())")
        try tmux.press("F4")
        #expect(tmux.waitFor("По какому шаблону?"), "\(tmux.screen())")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Дорожная карта начата («Карачаево-Черкесская Республика»)"), "\(tmux.screen())")
        let parentsRow = "Родительских учётных записей не меньше 80"
        #expect(tmux.waitUntil { Self.line($0, parentsRow)?.hasSuffix("просрочено │") == true || Self.line($0, parentsRow)?.hasSuffix("в работе   │") == true },
                "\(tmux.screen())")

        try setDisabled(parents, false, path)
        #expect(tmux.waitUntil(timeout: 15) { Self.line($0, parentsRow)?.contains("✓ выполнено") == true }, "\(tmux.screen())")
        let show = try ZhurnalBinary.run(["transition", "show", "--db", path])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.split(separator: "\n").contains { $0.contains(parentsRow) && $0.contains("выполнено (сам: ") })
    }

    /// The demo school with one staff-room PC for every four teachers: the
    /// schedule gives every teacher a turn on every day they teach, on the
    /// screen, on the command line and on paper.
    @Test func theStaffPCScheduleGivesEveryTeacherOfTheDemoSchoolASlot() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, tmux) = try DemoTerminal.start(dir)
        defer { tmux.close() }

        let db = try AppDatabase.open(path: path)
        let teachers = try db.staffPCFacts(on: JournalSchool.realToday, by: .serverOperator).teachers.count
        #expect(teachers >= 30)
        for number in 1...((teachers + 3) / 4) {
            let added = try ZhurnalBinary.run(["transition", "pc", "add", "ПК-\(number)", "--room", "учительская", "--db", path])
            #expect(added.status == 0, "\(added.stderr)")
        }
        try signIn(tmux, "deputy")
        #expect(tmux.waitFor("Переход на ББЖ"))
        try tmux.press("F3")
        #expect(tmux.waitFor("ПК и график доступа к ПК"), "\(tmux.screen())")
        let screen = tmux.screen()
        #expect(screen.contains("норма выполнена"), "\(screen)")
        let served = try #require(screen.firstMatch(of: /Учителей с уроками: (\d+), с окном за ПК в каждый учебный день: (\d+)/))
        #expect(Int(served.1) == Int(served.2) && Int(served.1) ?? 0 >= 30, "\(screen)")
        #expect(!screen.contains("нет окна"))

        let pdf = dir.path("schedule.pdf")
        let schedule = try ZhurnalBinary.run(["transition", "schedule", "--pdf", pdf, "--db", path])
        #expect(schedule.status == 0, "\(schedule.stderr)")
        #expect(!schedule.stdout.contains("Нет окна"))
        #expect(schedule.stdout.contains("с окном за ПК в каждый учебный день: \(served.1)."))
        let text = try pdfText(pdf)
        #expect(text.contains("График доступа к ПК для ведения журнала") && text.contains("ПК-1"), "\(text)")
    }

    /// Signs in a generated school's account (the password is the login) and
    /// opens «Переход на ББЖ» with П from the home.
    private func signIn(_ tmux: TmuxSession, _ login: String) throws {
        try DemoTerminal.signIn(tmux, login)
        #expect(tmux.waitFor("[П] Переход на ББЖ"), "\(tmux.screen())")
        try tmux.type("п")
    }

    /// poppler's reader, independent of the writer (installed with the tests' tools).
    private func pdfText(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func line(_ screen: String, _ text: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(text) }.map(String.init)
    }

    private func parentLogins(_ path: String) throws -> [String] {
        try AppDatabase.open(path: path).accounts(by: .serverOperator).filter { $0.account.roles.contains(.parent) }.map(\.login)
    }

    private func setDisabled(_ logins: [String], _ disabled: Bool, _ path: String) throws {
        let db = try AppDatabase.open(path: path)
        for login in logins { try db.setDisabled(login: login, disabled, by: .serverOperator) }
    }
}
