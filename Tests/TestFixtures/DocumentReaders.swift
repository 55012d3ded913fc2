import Foundation

/// Independent readers of what the writers made: poppler's `pdftotext` and
/// `pdfinfo`, and Python's zipfile for the XLSX parts (not our writer's code).
public enum DocumentReaders {
    public static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    public static func pdfText(_ path: String) throws -> String { try run("pdftotext", ["-layout", path, "-"]) }

    public static func pdfPages(_ path: String) throws -> Int {
        let info = try run("pdfinfo", [path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    public static func xlsxPart(_ path: String, _ part: String) throws -> String {
        try run("python3", ["-c", "import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
                            path, part])
    }

    public static var available: Bool {
        (try? run("pdftotext", ["-v"])) != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    }
}

