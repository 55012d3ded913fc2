import Foundation
import Testing
@testable import Documents

/// A text file written in chunks appears whole under its name, or not at
/// all: the old file stays when the writer fails or is not finished.
@Suite struct TextFileWriterTests {
    @Test func chunksMakeTheFileUnderItsNameOnlyWhenFinished() throws {
        let path = temporaryPath("report.txt")
        defer { unlink(path) }
        try "прежний".write(toFile: path, atomically: false, encoding: .utf8)
        let file = try TextFileWriter(path: path)
        for index in 1...3 { file.append("Часть \(index): ёжик\n") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "прежний")
        try file.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Часть 1: ёжик\nЧасть 2: ёжик\nЧасть 3: ёжик\n")
        #expect(leftovers(beside: path).isEmpty)
    }

    @Test func anUnfinishedWriterLeavesTheOldFileAndNoTemporary() throws {
        let path = temporaryPath("kept.txt")
        defer { unlink(path) }
        try "прежний".write(toFile: path, atomically: false, encoding: .utf8)
        do {
            let file = try TextFileWriter(path: path)
            file.append("половина")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "прежний")
        #expect(leftovers(beside: path).isEmpty)
    }

    @Test func aFolderThatIsNotThereIsNamed() {
        let path = temporaryPath("нет-такой-папки") + "/report.txt"
        #expect(throws: DocumentError.self) { _ = try TextFileWriter(path: path) }
        do {
            _ = try TextFileWriter(path: path)
        } catch {
            #expect((error as? DocumentError)?.russian.contains("не удалось записать файл «\(path)»") == true)
        }
    }

    private func leftovers(beside path: String) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = "." + (path as NSString).lastPathComponent + "."
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(temporary) }
    }
}
