import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Issue 16's «Done when» for the year's closing and the sealed archive, on a
/// generated school by the command line and on the demo school in tmux.
@Suite(.serialized) struct YearEndEndToEndTests {
    /// A small generated school of this academic year, its file and year.
    static func school(_ dir: TemporaryDirectory) throws -> (path: String, year: String) {
        let path = try GeneratedSchool.create(in: dir, "--size", "small")
        return (path, try AppDatabase.open(path: path).school().academicYear)
    }

    @Test func theCheckListsWhatStopsTheYearAndOnlyAForcedCloseIsAuditedThenMarksAreRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, year) = try Self.school(dir)
        let check = try ZhurnalBinary.run(["year", "check", "--db", path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("нет годовой отметки: "), "\(check.stdout)")
        #expect(check.stdout.contains("[период] Период «"), "\(check.stdout)")
        let json = try ZhurnalBinary.run(["year", "check", "--format", "json", "--db", path])
        #expect(json.stdout.contains("\"kind\" : \"year_marks\""), "\(json.stdout)")

        let refused = try ZhurnalBinary.run(["year", "close", "--db", path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("учебный год \(year) нельзя закрыть: в списке закрытия осталось пунктов"), "\(refused.stderr)")
        let forced = try ZhurnalBinary.run(["year", "close", "--force", "--db", path])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("Учебный год \(year) закрыт"), "\(forced.stdout)")
        #expect(forced.stdout.contains("Закрыт принудительно"), "\(forced.stdout)")
        let again = try ZhurnalBinary.run(["year", "close", "--force", "--db", path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("уже закрыт"), "\(again.stderr)")

        let db = try AppDatabase.open(path: path)
        let audit = try db.auditTrail(filter: .none, by: .serverOperator).filter { $0.tableName == "year_closing" }
        #expect(audit.count == 1)
        #expect(try db.periodLocks().allSatisfy(\.info.period.locked))
        let lesson = try #require(try db.snapshot(by: .serverOperator).lessons.last { !$0.cancelled && $0.classCode != nil })
        let cancel = try ZhurnalBinary.run(["lesson", "cancel", "--class", lesson.classCode ?? "", "--date", lesson.date.iso,
                                            "--number", String(lesson.lessonNumber), "--reason", "болезнь", "--db", path])
        #expect(cancel.status == 1)
        #expect(cancel.stderr.contains("закрыт: изменения в нём запрещены"), "\(cancel.stderr)")
        let reopened = try ZhurnalBinary.run(["year", "reopen", "--db", path])
        #expect(reopened.status == 0, "\(reopened.stderr)")
        #expect(try db.periodLocks().contains { !$0.info.period.locked })
    }

    @Test(.requires(Tools.sshKeygen))
    func theArchiveIsSignedVerifiesAndNamesAChangedAnAddedAndARemovedFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, year) = try Self.school(dir)
        let archive = dir.path("archive")
        let wrongYear = try ZhurnalBinary.run(["archive", "create", archive, "--year", "1999/2000", "--db", path])
        #expect(wrongYear.status == 1)
        #expect(wrongYear.stderr.contains("в базе нет учебного года 1999/2000 (есть: \(year))"), "\(wrongYear.stderr)")
        let busy = dir.path("busy")
        try FileManager.default.createDirectory(atPath: busy, withIntermediateDirectories: true)
        try "x".write(toFile: busy + "/note.txt", atomically: true, encoding: .utf8)
        let refused = try ZhurnalBinary.run(["archive", "create", busy, "--year", year, "--db", path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("папка «\(busy)» уже существует и не пуста"), "\(refused.stderr)")

        let created = try ZhurnalBinary.run(["archive", "create", archive, "--year", year, "--db", path])
        #expect(created.status == 0, "\(created.stderr)")
        let files = FileManager.default
        let snapshot = archive + "/zhurnal-" + year.replacingOccurrences(of: "/", with: "-") + ".sqlite"
        #expect((try files.attributesOfItem(atPath: snapshot)[.posixPermissions] as? Int) == 0o444)
        let manifest = try String(contentsOfFile: archive + "/manifest.txt", encoding: .utf8)
        let head = try AppDatabase.open(path: path).auditHead()
        #expect(manifest.contains("audit-head: \(head)"), "\(manifest.prefix(400))")
        #expect(manifest.contains("  bundle/school.csv"))
        let pdf = try #require(try files.subpathsOfDirectory(atPath: archive + "/journal").sorted().first { $0.hasSuffix(".pdf") })
        #expect(manifest.contains("  summary/"))
        #expect(!(try files.contentsOfDirectory(atPath: dir.path(""))).contains { $0.hasPrefix(".archive.part") })

        let key = dir.path("director")
        let keygen = Process()
        keygen.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        keygen.arguments = ["-q", "-t", "ed25519", "-N", "", "-C", "director", "-f", key]
        try keygen.run()
        keygen.waitUntilExit()
        #expect(keygen.terminationStatus == 0)
        let signed = try ZhurnalBinary.run(["archive", "sign", archive, "--key", key])
        #expect(signed.status == 0, "\(signed.stderr)")
        let allowed = dir.path("allowed_signers")
        try "director namespaces=\"zhurnal-archive\" \(try String(contentsOfFile: key + ".pub", encoding: .utf8))"
            .write(toFile: allowed, atomically: true, encoding: .utf8)
        let verify = ["archive", "verify", archive, "--allowed-signers", allowed, "--signer", "director"]
        let intact = try ZhurnalBinary.run(verify)
        #expect(intact.status == 0, "\(intact.stderr)")
        #expect(intact.stdout.contains("Подпись манифеста верна: подписал director."), "\(intact.stdout)")
        #expect(intact.stdout.contains("Цепочка аудита снимка цела, её голова совпадает с манифестом"), "\(intact.stdout)")
        #expect(intact.stdout.contains("Архив цел."))

        let pdfPath = archive + "/journal/" + pdf
        var bytes = try Data(contentsOf: URL(fileURLWithPath: pdfPath))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: pdfPath))
        let changed = try ZhurnalBinary.run(verify)
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("изменён файл: journal/\(pdf)"), "\(changed.stderr)")

        try "лишнее".write(toFile: archive + "/summary/extra.txt", atomically: true, encoding: .utf8)
        let summary = try #require(try files.contentsOfDirectory(atPath: archive + "/summary").sorted().first { $0.hasSuffix(".pdf") })
        try files.removeItem(atPath: archive + "/summary/" + summary)
        let tampered = try ZhurnalBinary.run(verify)
        #expect(tampered.status == 1)
        #expect(tampered.stderr.contains("добавлен файл (его нет в манифесте): summary/extra.txt"), "\(tampered.stderr)")
        #expect(tampered.stderr.contains("удалён файл (он есть в манифесте): summary/\(summary)"), "\(tampered.stderr)")

        try (manifest + "\n").write(toFile: archive + "/manifest.txt", atomically: true, encoding: .utf8)
        let unsigned = try ZhurnalBinary.run(verify)
        #expect(unsigned.stderr.contains("подпись манифеста не подтверждена (director)"), "\(unsigned.stderr)")
    }

    /// The archive's PDFs printed by helper processes (`--workers 3`) are the
    /// ones a single process prints: the same files, each with the same text
    /// (but the minute on its footer), and the archive verifies.
    @Test(.enabled(if: DocumentReaders.available, "нужен poppler-utils (pdftotext)"))
    func threeProcessesPrintTheArchiveOneProcessPrints() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, year) = try Self.school(dir)
        let one = dir.path("one"), three = dir.path("three")
        for (folder, workers) in [(one, "1"), (three, "3")] {
            let made = try ZhurnalBinary.run(["archive", "create", folder, "--year", year, "--workers", workers, "--db", path])
            #expect(made.status == 0, "\(made.stderr)")
        }
        let files = FileManager.default
        let pdfs = try files.subpathsOfDirectory(atPath: one).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs.count > 20)
        #expect(try files.subpathsOfDirectory(atPath: three).filter { $0.hasSuffix(".pdf") }.sorted() == pdfs)
        #expect(!(try files.subpathsOfDirectory(atPath: three)).contains { $0.contains("queue") })
        let text = { (folder: String, pdf: String) in
            try DocumentReaders.pdfText(folder + "/" + pdf).split(separator: "\n").filter { !$0.contains("напечатано") }
        }
        for (index, pdf) in pdfs.enumerated() where index % 7 == 0 || pdf.hasPrefix("summary/") {
            #expect(try text(three, pdf) == text(one, pdf), "\(pdf)")
        }
        let verified = try ZhurnalBinary.run(["archive", "verify", three])
        #expect(verified.status == 0, "\(verified.stderr)")
        let badWorkers = try ZhurnalBinary.run(["archive", "create", dir.path("none"), "--year", year, "--workers", "0", "--db", path])
        #expect(badWorkers.status != 0)
        #expect(badWorkers.stderr.contains("--workers — число от 1"), "\(badWorkers.stderr)")
    }

    /// The admin opens «Закрытие года» from the menu, Enter on a period's line
    /// opens «Календарь и периоды», and F2 closes the year after a confirmation.
    @Test(.requires(Tools.tmux)) func theClosingScreenOpensItsPlacesAndTheAdminForcesTheClose() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, admin) = try DemoTerminal.start(dir)
        defer { admin.close() }
        try SchoolYearEndToEndTests.signIn(admin, "admin")
        try admin.type("м")
        #expect(admin.waitFor("[Г] Закрытие года"), "\(admin.screen())")
        try admin.type("г")
        #expect(admin.waitFor("Закрытие года 20"), "\(admin.screen())")
        #expect(admin.waitFor("годовая "), "\(admin.screen())")
        try admin.type("период")
        #expect(admin.waitFor("не закрыт"), "\(admin.screen())")
        try admin.press("Enter")
        #expect(admin.waitFor("Календарь и периоды"), "\(admin.screen())")
        try admin.press("Escape")
        #expect(admin.waitFor("Закрытие года 20"), "\(admin.screen())")
        try admin.press("Escape")
        try admin.press("Enter")
        #expect(admin.waitFor("Журнал "), "\(admin.screen())")
        try admin.press("Escape")
        #expect(admin.waitFor("Закрытие года 20"), "\(admin.screen())")
        try admin.press("F2")
        #expect(admin.waitFor("Закрыть год принудительно?"), "\(admin.screen())")
        try admin.type("д")
        #expect(admin.waitFor("год закрыт "), "\(admin.screen())")
        try admin.press("Enter")
        #expect(admin.waitFor("Журнал "), "\(admin.screen())")
        try admin.type("5")
        #expect(admin.waitFor("закрыт: изменения в нём запрещены"), "\(admin.screen())")
        let db = try AppDatabase.open(path: path)
        #expect(try db.periodLocks().allSatisfy(\.info.period.locked))
        #expect(try db.yearEndChecklist(by: .serverOperator).closing?.forced == true)
    }
}
