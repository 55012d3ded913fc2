import Foundation
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The archive's manifest reads back what it wrote, names a bad line, and the
/// folder comparison names changed, added and removed files.
@Suite struct ArchiveManifestTests {
    static let head = AuditHead(rows: 3, hash: String(repeating: "ab", count: 32))

    @Test func theManifestReadsBackWhatItWrote() throws {
        let manifest = ArchiveManifest(schoolName: "Школа № 1", academicYear: "2026/2027", createdAt: "30.06.2027 15:00",
                                       auditHead: Self.head,
                                       entries: [.init(path: "summary/5a.pdf", size: 10, sha256: String(repeating: "1", count: 64)),
                                                 .init(path: "journal/q1/5a math q1.pdf", size: 7, sha256: String(repeating: "2", count: 64))])
        #expect(manifest.text.hasPrefix("zhurnal-archive 1\nschool: Школа № 1\nacademic-year: 2026/2027\n"))
        #expect(try ArchiveManifest(parsing: manifest.text) == manifest)
        #expect(manifest.entries.first?.path == "journal/q1/5a math q1.pdf")
    }

    @Test func aBadLineIsNamedWithItsNumber() {
        let text = "zhurnal-archive 1\naudit-head: \(Self.head)\n\nnot a file line\n"
        #expect(throws: ArchiveManifestError(line: 4, text: "not a file line")) { try ArchiveManifest(parsing: text) }
        #expect(ArchiveManifestError(line: 4, text: "x").text(in: .ru) == "manifest.txt:4: непонятная строка «x»")
        #expect(throws: ArchiveManifestError(line: 0, text: "audit-head")) { try ArchiveManifest(parsing: "zhurnal-archive 1\n\n") }
    }

    @Test func theComparisonNamesChangedAddedAndRemovedFiles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.path("summary"), withIntermediateDirectories: true)
        for name in ["summary/a.pdf", "summary/b.pdf", "c.csv"] { try Data(name.utf8).write(to: dir.url.appendingPathComponent(name)) }
        let manifest = ArchiveManifest(schoolName: "", academicYear: "", createdAt: "", auditHead: Self.head,
                                       entries: try ArchiveFiles.entries(dir.url))
        #expect(manifest.entries.map(\.path) == ["c.csv", "summary/a.pdf", "summary/b.pdf"])
        #expect(try ArchiveDifferences.compare(manifest, folder: dir.url).isEmpty)
        try Data("A".utf8).write(to: dir.url.appendingPathComponent("summary/a.pdf"))
        try FileManager.default.removeItem(atPath: dir.path("c.csv"))
        try Data().write(to: dir.url.appendingPathComponent("summary/new.pdf"))
        try Data().write(to: dir.url.appendingPathComponent(ArchiveManifest.fileName))
        let differences = try ArchiveDifferences.compare(manifest, folder: dir.url)
        #expect(differences.changed == ["summary/a.pdf"] && differences.added == ["summary/new.pdf"] && differences.removed == ["c.csv"])
        #expect(differences.lines(in: .ru) == ["изменён файл: summary/a.pdf", "добавлен файл (его нет в манифесте): summary/new.pdf",
                                               "удалён файл (он есть в манифесте): c.csv"])
    }
}
