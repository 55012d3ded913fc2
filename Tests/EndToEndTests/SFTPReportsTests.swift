import Documents
import Foundation
import JournalCore
import JournalStore
import PaperJournal
import TestFixtures
import Testing

/// docs/deployment.md, «Как забрать отчёты»: the deputy's reports account has
/// `ForceCommand internal-sftp` inside a chroot of the reports root. A
/// summary sheet put in the deputy's folder as the screens put it is
/// downloaded with `sftp`; the same account gets no shell. The chroot needs
/// sshd running as root (as on a real server); run otherwise, the test keeps
/// to `internal-sftp -d` and says so.
@Suite(.serialized, .requires(Tools.sshd), .requires(Tools.ssh)) struct SFTPReportsTests {
    @Test func theDeputyDownloadsTheirFolderWithSftpAndHasNoShell() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let chroot = getuid() == 0
        // sshd wants every folder of a chroot owned by root and writable by no one else: not under /tmp
        let root = chroot ? URL(fileURLWithPath: "/run/zhurnal-sftp-test-\(getpid())") : dir.url.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { if chroot { try? FileManager.default.removeItem(at: root) } }

        let db = try AppDatabase.open(path: dir.path("school.sqlite"), create: true, clock: ReportSchool.clock)
        try db.load(ReportSchool.snapshot(), options: LoadOptions(source: "test"))
        let deputy = Requester.user(try #require(try db.actingUser(login: "deputy")))
        let sheet = try PaperMaker.summary(db, classCode: "5a", by: deputy,
                                           footer: DocumentFooter(school: "МБОУ СОШ № 7", printedAt: "30.09.2024", printedBy: "Завучева Зоя"))
        let outcome = try PaperDelivery.deliver(sheet, fileName: "ведомость-5a.pdf", root: root, login: "deputy", printer: nil)
        guard case .saved(let written) = outcome else { Issue.record("\(outcome)"); return }

        let start = chroot ? "/deputy" : root.appendingPathComponent("deputy").path
        let server = try SSHServer(forceCommand: "internal-sftp -d \(start)", folder: dir.url,
                                   extraConfig: "Subsystem sftp internal-sftp\n" + (chroot ? "ChrootDirectory \(root.path)\n" : ""))
        defer { server.stop() }
        let downloaded = dir.path("скачано.pdf")
        let batch = dir.path("batch")
        try "pwd\nls /\nget ведомость-5a.pdf \(downloaded)\n".write(toFile: batch, atomically: true, encoding: .utf8)
        let sftp = try Self.run(["sftp"] + server.clientOptions + ["-P", String(server.port), "-b", batch, server.destination])
        #expect(sftp.status == 0, "\(sftp.output)\n\(server.log)")
        #expect(FileManager.default.contents(atPath: downloaded) == FileManager.default.contents(atPath: written))
        #expect(try DocumentReaders.pdfText(downloaded).contains("Всего по классу"))
        if chroot {
            #expect(sftp.output.contains("Remote working directory: /deputy"), "\(sftp.output)")
            // the whole server, as the deputy sees it: the reports root and nothing else
            #expect(sftp.output.contains("/deputy") && !sftp.output.contains("/etc") && !sftp.output.contains("/usr"), "\(sftp.output)")
        } else {
            print("SFTP: not root, so no chroot; internal-sftp -d only")
        }

        let shell = try Self.run(["ssh"] + server.clientOptions + ["-p", String(server.port), server.destination, "cat /etc/passwd"])
        #expect(shell.status != 0)
        #expect(shell.output.contains("This service allows sftp connections only."), "\(shell.output)")
        #expect(!shell.output.contains("root:"))
    }

    /// The file the deputy printed from «Отчёты» (F8, the summary sheet, no
    /// printer set) in a real terminal is the one they download.
    @Test(.requires(Tools.tmux)) func theSummarySheetPrintedOnTheReportsScreenIsDownloaded() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let chroot = getuid() == 0
        let root = chroot ? URL(fileURLWithPath: "/run/zhurnal-sftp-screen-\(getpid())") : dir.url.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { if chroot { try? FileManager.default.removeItem(at: root) } }
        let path = dir.path("school.sqlite")
        try ReportsScreenEndToEndTests.school(path, printer: nil)
        let written = try ReportsScreenEndToEndTests.printSummarySheetFromTheScreen(path, reports: root.path)

        let start = chroot ? "/deputy" : root.appendingPathComponent("deputy").path
        let server = try SSHServer(forceCommand: "internal-sftp -d \(start)", folder: dir.url,
                                   extraConfig: "Subsystem sftp internal-sftp\n" + (chroot ? "ChrootDirectory \(root.path)\n" : ""))
        defer { server.stop() }
        let downloaded = dir.path("скачано.pdf")
        let batch = dir.path("batch")
        try "get ведомость-5a.pdf \(downloaded)\n".write(toFile: batch, atomically: true, encoding: .utf8)
        let sftp = try Self.run(["sftp"] + server.clientOptions + ["-P", String(server.port), "-b", batch, server.destination])
        #expect(sftp.status == 0, "\(sftp.output)\n\(server.log)")
        #expect(FileManager.default.contents(atPath: downloaded) == FileManager.default.contents(atPath: written))
        let text = try DocumentReaders.pdfText(downloaded)
        #expect(text.contains("Борисова Ольга") && text.contains("Завучева Зоя"), "\(text)")
    }

    /// Status and standard output with standard error.
    static func run(_ argv: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = argv
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
