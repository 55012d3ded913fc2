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
