import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// `zhurnal export` on a disk that fills up: the earlier export stays whole.
@Suite struct ExportEndToEndTests {
    /// The file size limit (`ulimit -f`, with SIGXFSZ ignored) makes writing
    /// fail with EFBIG at marks.csv, after the files before it were written:
    /// the way a full disk fails. The folder must still hold the earlier
    /// export, byte for byte, and nothing may be left beside it.
    @Test func anExportThatRunsOutOfRoomLeavesTheEarlierOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        let bundle = dir.path("выгрузка")
        #expect(try ZhurnalBinary.run(["export", bundle, "--db", path]).status == 0)
        let before = try Self.contents(bundle)

        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        try db.setTopic(lesson: LessonID(1), "Сложение и вычитание", by: ivanova)   // lessons.csv changes
        for value in 0..<150 {   // marks.csv grows past the limit
            try db.addMark(lesson: LessonID(1), student: StudentID(1 + Int64(value % 2)), value: try MarkValue(value % 5 + 1), by: ivanova)
        }
        let limited = Process()
        limited.executableURL = URL(fileURLWithPath: "/bin/sh")
        limited.arguments = ["-c", "trap '' XFSZ; ulimit -f 4; exec \"$0\" export \"$1\" --db \"$2\"", ZhurnalBinary.url.path, bundle, path]
        let errors = Pipe()
        limited.standardError = errors
        limited.standardOutput = Pipe()
        try limited.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        limited.waitUntilExit()
        #expect(limited.terminationStatus == 1, "\(message)")
        #expect(message.contains("marks.csv"), "\(message)")
        #expect(message.contains("прежняя выгрузка осталась как была"), "\(message)")
        #expect(try Self.contents(bundle) == before)
        #expect(try !FileManager.default.contentsOfDirectory(atPath: dir.url.path).contains { $0.hasPrefix(".") })

        #expect(try ZhurnalBinary.run(["export", bundle, "--db", path]).status == 0)
        let after = try Self.contents(bundle)
        #expect(after["lessons.csv"] != before["lessons.csv"])
        #expect(after["marks.csv"].map { $0.count > 4 * 512 } == true)
    }

    static func contents(_ folder: String) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            contents[name] = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return contents
    }
}
