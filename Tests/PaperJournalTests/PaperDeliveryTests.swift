import Documents
import Foundation
import JournalCore
import PaperJournal
import TestFixtures
import Testing

/// A document from a screen lands in the user's own reports folder, and goes
/// to the school's printer through `lp` when one is set (a stand-in `lp` on
/// PATH records what it was asked).
@Suite(.serialized) struct PaperDeliveryTests {
    static let document = Document(title: "Сводная ведомость", footer: DocumentFooter(school: "Школа", printedAt: "", printedBy: ""),
                                   blocks: [.paragraph("Андреев Илья")])

    @Test func withoutAPrinterTheFileGoesToTheUsersFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let outcome = try PaperDelivery.deliver(Self.document, fileName: "ведомость-5a.pdf", root: dir.url, login: "deputy",
                                                printer: nil)
        let path = dir.url.appendingPathComponent("deputy/ведомость-5a.pdf").path
        #expect(outcome == .saved(path: path))
        #expect(try DocumentReaders.pdfText(path).contains("Андреев Илья"))
        #expect(outcome.phrase.ru == "Записано: \(path)")
    }

    @Test func withAPrinterItIsSentWithLpAndACopyKept() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let log = dir.path("lp.log")
        let bin = try StandInPrinter.install(in: dir, log: log)
        let outcome = try StandInPrinter.withPath(bin) {
            try PaperDelivery.deliver(Self.document, fileName: "ведомость.pdf", root: dir.url, login: "deputy", printer: "kabinet-12")
        }
        let path = dir.url.appendingPathComponent("deputy/ведомость.pdf").path
        #expect(outcome == .printed(path: path, printer: "kabinet-12", job: "request id is kabinet-12-1 (1 file(s))"))
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "-d kabinet-12 -t Сводная ведомость -- \(path)\n")
    }

    @Test func aPrinterNameIsACupsQueueOrNothing() throws {
        var settings = SchoolSettings()
        try settings.set(.printer, to: "HP_LaserJet-1.2")
        #expect(settings.printer == "HP_LaserJet-1.2")
        try settings.set(.printer, to: "")
        #expect(settings.printer == nil)
        for bad in ["-o evil", "принтер", "a/b", "a b"] {
            #expect(throws: JournalError.invalidSetting(key: "printer", value: bad, allowed: SettingKey.printer.allowed)) {
                try settings.set(.printer, to: bad)
            }
        }
    }
}
