import Foundation
import JournalCore
import Testing
@testable import SchoolBundle

/// Export never mixes with or overwrites files that are not a bundle's.
@Suite struct ExportFolderTests {
    let writer = BundleWriter()

    @Test func createsAMissingFolderForTheOwnerOnly() throws {
        let parent = TempFolder()
        let target = parent.child("выгрузка/2024")
        try writer.write(SampleSchool.snapshot(), to: target)
        let folderMode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        let fileMode = try FileManager.default.attributesOfItem(atPath: target.appendingPathComponent("marks.csv").path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
    }

    @Test func replacesAnEarlierBundleAndKeepsOwnFiles() throws {
        let folder = TempFolder()
        try writer.write(SampleSchool.snapshot(), to: folder.url)
        folder.write("x_notes.csv", "заметки\n")
        folder.write("marks.csv", "испорчено\n")
        try writer.write(SampleSchool.snapshot(), to: folder.url)
        #expect(folder.bytes("marks.csv") == writer.render(SampleSchool.snapshot())[.marks])
        #expect(folder.names().contains("x_notes.csv"))
        #expect(!folder.names().contains { $0.hasSuffix(".tmp") })
    }

    /// A disk that fills up at the fifth file: the earlier export is left
    /// byte for byte, with no half-written folder beside it.
    @Test func aFailedExportLeavesTheEarlierOneAsItWas() throws {
        let parent = TempFolder()
        let target = parent.child("выгрузка")
        try writer.write(SampleSchool.snapshot(), to: target)
        try Data("заметки".utf8).write(to: target.appendingPathComponent("x_notes.txt"))
        let before = try Self.contents(of: target)
        var changed = SampleSchool.snapshot()
        changed.school.name = "Другая школа"
        changed.lessons.removeLast()
        var written = 0
        var folder = ExportFolder(url: target)
        folder.writeFile = { bytes, path throws(BundleWriteError) in
            written += 1
            guard written < 5 else { throw .cannotWrite(path: path, reason: "No space left on device") }
            try ExportFolder.writeDurably(bytes, to: path)
        }
        let error = #expect(throws: BundleWriteError.self) { try folder.replace(with: writer.render(changed)) }
        guard case .cannotWrite(_, let reason) = error else {
            Issue.record("the disk's refusal should come back as cannotWrite, not \(String(describing: error))")
            return
        }
        #expect(reason == "No space left on device")
        #expect(written == 5)
        #expect(try Self.contents(of: target) == before)
        #expect(parent.names() == ["выгрузка"])
        // The next export goes through whole, and keeps the school's own file.
        try writer.write(changed, to: target)
        #expect(try Self.contents(of: target)["school.csv"] == writer.render(changed)[.school].map { Data($0) })
        #expect(try Self.contents(of: target)["x_notes.txt"] == Data("заметки".utf8))
        #expect(parent.names() == ["выгрузка"])
    }

    /// An export killed half-way leaves only a hidden folder beside the old
    /// one, which the next export clears away.
    @Test func whatAKilledExportLeftIsClearedByTheNext() throws {
        let parent = TempFolder()
        let target = parent.child("выгрузка")
        try writer.write(SampleSchool.snapshot(), to: target)
        let deadProcess: Int32 = 999_999
        try FileManager.default.createDirectory(at: parent.child(".выгрузка.zhurnal-new-\(deadProcess)"), withIntermediateDirectories: false)
        try writer.write(SampleSchool.snapshot(), to: target)
        #expect(parent.names() == ["выгрузка"])
    }

    static func contents(of folder: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            contents[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return contents
    }

    @Test func refusesAFolderWithOtherFiles() throws {
        let folder = TempFolder()
        folder.write("diploma.docx", "важное")
        #expect(throws: BundleWriteError.folderHoldsOtherFiles(path: folder.url.path, example: "diploma.docx")) {
            try writer.write(SampleSchool.snapshot(), to: folder.url)
        }
        #expect(folder.names() == ["diploma.docx"])
    }

    @Test func refusesAFile() throws {
        let folder = TempFolder()
        folder.write("file", "x")
        #expect(throws: BundleWriteError.notAFolder(path: folder.child("file").path)) {
            try writer.write(SampleSchool.snapshot(), to: folder.child("file"))
        }
    }

    @Test func refusalIsExplainedInRussian() {
        let error = BundleWriteError.folderHoldsOtherFiles(path: "/home/u", example: "a.txt")
        #expect(error.text(in: .ru)
            == "каталог «/home/u» не пуст и содержит не только файлы выгрузки (например «a.txt»): укажите новый или пустой каталог")
    }
}
