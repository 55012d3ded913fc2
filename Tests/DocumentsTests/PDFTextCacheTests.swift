import Foundation
import Testing
@testable import Documents

/// Text shaped once and drawn again (issue 16, the archive's speed): a journal
/// printed with a cache that earlier documents filled, or with one so small
/// that it lets go of its layouts on every page, reads the same as one
/// printed alone.
@Suite(.enabled(if: Readers.available, "нужен poppler-utils (pdftotext): apt-get install poppler-utils"))
struct PDFTextCacheTests {
    private func journal(_ name: String) -> Document {
        let dates = (1...16).map { DocumentColumn(String(format: "%02d.09", $0), weight: 1.3, alignment: .center) }
        let columns = [DocumentColumn("№", weight: 0.7, alignment: .trailing), DocumentColumn("Ученик", weight: 5)] + dates
        let rows = (1...40).map { row -> [DocumentCell] in
            [.integer(row), .text("\(name) Ёлкина Анна № \(row)")]
                + (1...16).map { .text($0 % 3 == 0 ? "5 н" : ($0 % 2 == 0 ? "4" : "")) }
        }
        return Document(title: "Классный журнал: \(name)", subtitle: "2 четверть", footer: sampleFooter, orientation: .landscape,
                        blocks: [.heading("Отметки и посещаемость"), .table(DocumentTable(columns: columns, rows: rows, fontSize: 8)),
                                 .pageBreak, .paragraph("Что пройдено на уроке: длинная тема, которая переносится на вторую строку "
                                                        + String(repeating: "и дальше ", count: 30))])
    }

    private func text(_ document: Document, texts: PDFTextCache?) throws -> String {
        let path = temporaryPath("cache.pdf")
        defer { unlink(path) }
        try DocumentFile.write(document, as: .pdf, to: path, texts: texts)
        return try Readers.pdfText(path)
    }

    @Test func aSharedOrATinyCachePrintsWhatAFreshOneDoes() throws {
        let alone = try text(journal("7А"), texts: nil)
        let shared = PDFTextCache()
        _ = try text(journal("7Б"), texts: shared)
        let afterAnother = try text(journal("7А"), texts: shared)
        let tiny = PDFTextCache(limit: 3)
        let forgetting = try text(journal("7А"), texts: tiny)
        #expect(alone.contains("7А Ёлкина Анна № 40"))
        #expect(alone.contains("стр. 1 из "))
        #expect(afterAnother == alone)
        #expect(forgetting == alone)
        #expect(shared.count > 40)
        #expect(tiny.count <= 3)
    }

    /// An archive's files are flushed once by the caller, not each one.
    @Test func aFileLeftForTheCallerToFlushIsWholeUnderItsName() throws {
        let path = temporaryPath("unsynced.pdf")
        defer { unlink(path) }
        try DocumentFile.write(journal("5В"), as: .pdf, to: path, sync: .byCaller)
        DocumentFile.syncWrittenFiles()
        #expect(try Readers.pdfText(path).contains("5В Ёлкина Анна № 40"))
        #expect(try Readers.pdfPages(path) >= 2)
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder)).contains { $0.hasPrefix(".\(name).") })
    }
}
