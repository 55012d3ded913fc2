import Foundation
import JournalCore
import RegionRollup
import TestFixtures
import Testing

/// A generated school signs its weekly report with a key made by ssh-keygen;
/// 50 schools' signed files (the real one and 49 made from it by varying its
/// figures, each school with its own key: generating 50 schools would take
/// minutes) go into one folder, one file is tampered with, and the
/// municipality's screen in tmux ranks the schools and lists the tampered
/// file as not counted.
@Suite(.serialized) struct RegionEndToEndTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen")))
    func fiftySchoolsAreRankedAndATamperedFileIsNotCounted() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let region = dir.path("район")
        let (school, week) = try signedSchoolReport(in: dir)
        let body = String(school[..<school.range(of: "-----BEGIN SSH SIGNATURE-----")!.lowerBound])
        try SampleRegion(template: body, schools: 49, weeks: 2).write(to: region)
        // the real school's own file, signed with its own ssh-keygen key, beside them
        try Data(school.utf8).write(to: URL(fileURLWithPath: region + "/" + WeeklyFile.name(schoolCode: "0901-007", week: week)))
        let publicKey = try String(contentsOfFile: dir.path("key.pub"), encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")
        try append("0901-007 namespaces=\"zhurnal-weekly\" \(publicKey) Школа района\n", to: region + "/allowed_signers")
        let tampered = "S0007/" + WeeklyFile.name(schoolCode: "S0007", week: week)
        try tamper(region + "/" + tampered)

        let expected = try RegionRollup.read(folder: region, signers: AllowedSigners.load(path: region + "/allowed_signers"))
        #expect(expected.schools.count == 50 && expected.fileCount == 99 && expected.untrusted.count == 1)

        let tmux = try TmuxSession(command: "\(ZhurnalBinary.url.path) region \(region)")
        defer { tmux.close() }
        #expect(tmux.waitFor("Школы по недобору"), "\(tmux.screen())")
        // the first look, then the whole check in its place
        #expect(tmux.waitFor("файлов 99, не засчитано 1"), "\(tmux.screen())")
        let screen = tmux.screen()
        let rows = screen.split(separator: "\n").map(String.init)
        // ranked: the school a week behind (its newest file was the tampered one), then the largest shortfall
        #expect(rows[3].contains("   1 " + expected.schools[0].name) && expected.schools[0].code == "S0007", "\(screen)")
        #expect(rows[4].contains("   2 " + expected.schools[1].name), "\(screen)")
        #expect(screen.contains("Не засчитан: \(tampered) — файл изменён после подписи"), "\(screen)")
        #expect(screen.contains("школ 50, готовы"), "\(screen)")

        try tmux.press("F4")
        #expect(tmux.waitFor("Не засчитанные файлы"), "\(tmux.screen())")
        #expect(tmux.screen().contains("файл изменён после подписи"))
        try tmux.press("Escape")
        try tmux.press("Down")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Недели школы · " + expected.schools[1].name), "\(tmux.screen())")
        #expect(tmux.screen().contains(week))
        try tmux.press("F10")
        try tmux.press("F10")
        #expect(tmux.waitForExit())
    }

    /// A small generated school with its code, a key from ssh-keygen and its
    /// signed weekly file; `ssh-keygen -Y verify` accepts the file.
    private func signedSchoolReport(in dir: TemporaryDirectory) throws -> (text: String, week: String) {
        let db = dir.path("school.sqlite")
        let generated = try ZhurnalBinary.run(["generate", "--size", "small", "--start", "2024-09-02", "--weeks", "10", "--db", db])
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(try ZhurnalBinary.run(["settings", "set", "school_code", "0901-007", "--db", db]).status == 0)
        let keygen = Process()
        keygen.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        keygen.arguments = ["-q", "-t", "ed25519", "-N", "", "-f", dir.path("key")]
        try keygen.run()
        keygen.waitUntilExit()
        let signed = try ZhurnalBinary.run(["report", "weekly", "--sign", dir.path("key"), "--as-of", "2024-11-11T09:00",
                                            "--out", dir.path("report.zhw"), "--db", db])
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.stdout.contains("Недельный отчёт за 2024-W45 подписан ключом SHA256:"))
        let text = try String(contentsOfFile: dir.path("report.zhw"), encoding: .utf8)
        #expect(text.contains("\"audit_head\": \"") && text.contains("\"school\": {\"code\": \"0901-007\""))
        return (text, "2024-W45")
    }

    private func append(_ line: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
    }

    /// One figure changed by hand after signing.
    private func tamper(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "\"denominator\":", with: "\"denominator\": ", options: [], range: text.range(of: "\"denominator\":"))
        #expect(changed != text)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
    }
}
