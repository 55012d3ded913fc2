import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics
import TestFixtures
import Testing

/// The administrator's way in: OpenSSH on the school's server runs zhurnal as
/// the account's forced command; they sign in, read the dashboard, and see a
/// teacher's fix arrive, at the cost of a few bytes on the wire.
@Suite(.serialized, .requires(Tools.sshd), .requires(Tools.ssh), .requires(Tools.tmux)) struct SSHEndToEndTests {
    @Test func administratorReadsTheDashboardOverSSH() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let generated = try ZhurnalBinary.run(["generate", "--size", "small", "--db", path, "--start", "2024-09-02", "--weeks", "4"])
        try #require(generated.status == 0, "\(generated.stderr)")
        let reports = dir.path("отчёты для координатора")
        let server = try SSHServer(forceCommand: "exec env LANG=C.UTF-8 ZHURNAL_REPORTS='\(reports)' \(ZhurnalBinary.url.path) --db \(path)",
                                   folder: dir.url)
        defer { server.stop() }
        let tmux = try TmuxSession(command: server.sshCommand)
        defer {
            tmux.close()
            Self.expectNoZhurnalLeft(usingDatabase: path)
        }

        #expect(tmux.waitFor("Вход в электронный журнал", timeout: 20), "\(tmux.screen())\n\(server.log)")
        #expect(tmux.screen().contains("Демо-школа"))
        try tmux.type("admin")
        try tmux.press("Enter")
        try tmux.type("admin")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Готовность к ББЖ"), "\(tmux.screen())")
        #expect(tmux.waitFor("Своевременное ведение журнала"), "\(tmux.screen())")
        #expect(tmux.screen().contains("(администратор"))

        // the school's four weeks, as of now
        try tmux.press("F4")
        #expect(tmux.waitFor("Свои даты"))
        try tmux.press("C-u")
        try tmux.type("02.09.2024")
        try tmux.press("Tab", "C-u")
        try tmux.type("29.09.2024")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Окно свои даты: 02.09.2024 – 29.09.2024"), "\(tmux.screen())")
        let planning = try #require(Self.row("Ведение планирования", tmux.screen()))
        let before = try #require(Self.numerator(planning))

        // a teacher's fix in another process: only that part of the screen is sent
        let wire = dir.path("wire.bytes")
        try tmux.pipeOutput(to: wire)
        try Self.giveALessonATopic(path)
        #expect(tmux.waitUntil { Self.row("Ведение планирования", $0).flatMap(Self.numerator) == before + 1 }, "\(tmux.screen())")
        let bytes = Self.settledSize(wire)
        try tmux.stopPipingOutput()
        #expect(bytes > 0)
        #expect(bytes < 1_000, "a refresh changing one number sent \(bytes) bytes")
        print("SSH: a refresh that changes one indicator sent \(bytes) bytes")

        // the weekly report, written where the server says
        try tmux.press("F6")
        #expect(tmux.waitFor("Отчёт записан:"), "\(tmux.screen())")
        #expect(FileManager.default.fileExists(atPath: reports + "/готовность-kchr-2024-09-02-2024-09-29.txt"))

        try tmux.press("F10")
        #expect(tmux.waitFor("Выйти из журнала к экрану входа?"))
        try tmux.press("Right", "Enter")
        #expect(tmux.waitFor("Вы вышли из журнала."))
    }

    /// `✗ Ведение планирования   94,1 %   …` from a screen.
    static func row(_ title: String, _ screen: String) -> String? {
        screen.split(separator: "\n").map(String.init).first { $0.contains(title) && $0.contains(" / ") }
    }

    /// The numerator of `n / d` in a dashboard row.
    static func numerator(_ row: String) -> Int? {
        guard let slash = row.range(of: " / ") else { return nil }
        return Int(row[..<slash.lowerBound].split(separator: " ").last ?? "")
    }

    static func giveALessonATopic(_ path: String) throws {
        let db = try AppDatabase.open(path: path)
        let timeZone = try db.school().timeZone
        let window = try ReadinessWindow(from: SchoolDate(iso: "2024-09-02")!, to: SchoolDate(iso: "2024-09-29")!,
                                         asOf: db.clock.now(in: timeZone))
        let lesson = try #require(try ReadinessCalculator(database: db)
            .shortfall(of: .planning, profile: ReadinessProfile.builtIn(named: "kchr"), window: window, limit: 1).first?.lessonID)
        try db.setTopic(lesson: lesson, "Повторение", by: try #require(try db.actingUser(login: "deputy")))
    }

    /// The file's size once it stopped growing for a quarter of a second (the
    /// terminal got the whole update), or at the deadline.
    static func settledSize(_ path: String, timeout: TimeInterval = 5) -> Int {
        func size() -> Int { ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0 }
        let deadline = Date().addingTimeInterval(timeout)
        var last = size(), stableSince = Date()
        while Date() < deadline {
            usleep(50_000)
            let now = size()
            if now != last {
                last = now
                stableSince = Date()
            } else if last > 0, Date().timeIntervalSince(stableSince) >= 0.25 {
                break
            }
        }
        return last
    }

    /// When the client goes, the server's session ends and zhurnal with it;
    /// one still running after ten seconds is a leak: recorded, then ended.
    static func expectNoZhurnalLeft(usingDatabase path: String) {
        let deadline = Date().addingTimeInterval(10)
        var left = processes(mentioning: path)
        while !left.isEmpty, Date() < deadline {
            usleep(100_000)
            left = processes(mentioning: path)
        }
        #expect(left.isEmpty, "zhurnal still running after the SSH session ended: \(left)")
        for pid in left { kill(pid, SIGKILL) }
    }

    static func processes(mentioning text: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), pid != getpid(),
                  let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            let commandLine = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return commandLine.contains(text) && commandLine.contains("zhurnal") && !commandLine.contains("sshd") ? pid : nil
        }
    }
}
