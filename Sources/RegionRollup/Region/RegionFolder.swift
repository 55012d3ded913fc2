import Foundation
import JournalCore

/// The weekly report files of a region's folder: every `*.zhw` file in it and
/// in its subfolders, in any layout (one folder per school, per week, or all
/// in one). Hidden files and folders (`.name`) are not looked at, nor folders
/// reached through symbolic links (no loops).
enum RegionFolder {
    /// Paths relative to `root`, sorted.
    static func reportFiles(in root: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RegionError.folderMissing(path: root)
        }
        var files: [String] = []
        try collect(root, relative: "", into: &files)
        return files.sorted()
    }

    private static func collect(_ directory: String, relative: String, into files: inout [String]) throws {
        guard let handle = opendir(directory) else {
            throw RegionError.folderUnreadable(path: directory, reason: FileProblem(code: errno).reason)
        }
        defer { closedir(handle) }
        var subfolders: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            switch kind(entry.pointee.d_type, at: directory + "/" + name) {
            case .folder: subfolders.append(path)
            case .file where name.hasSuffix("." + WeeklyFile.fileExtension): files.append(path)
            default: break
            }
        }
        for folder in subfolders {
            try collect(directory + "/" + (folder as NSString).lastPathComponent, relative: folder, into: &files)
        }
    }

    private enum Kind { case file, folder, other }

    /// From the directory entry when the file system says; otherwise from
    /// `stat` (a link to a file counts as the file, a link to a folder is not followed).
    private static func kind(_ type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            if status.st_mode & S_IFMT == S_IFDIR { return .folder }
            if status.st_mode & S_IFMT == S_IFREG { return .file }
            guard status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) == 0 else { return .other }
            return status.st_mode & S_IFMT == S_IFREG ? .file : .other
        default: return .other
        }
    }
}

/// Why the region's roll-up cannot be made at all.
public enum RegionError: Error, Equatable, Sendable, LocalizedMessage {
    case folderMissing(path: String)
    case folderUnreadable(path: String, reason: Phrase)

    public func text(in language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .folderMissing(let path):
            return ru ? "папки «\(path)» нет (нужна папка с недельными отчётами школ, *.zhw)"
                : "there is no folder \"\(path)\" (a folder of the schools' weekly reports, *.zhw, is needed)"
        case .folderUnreadable(let path, let reason):
            return ru ? "не удалось прочитать папку «\(path)»: \(reason.ru)" : "cannot read the folder \"\(path)\": \(reason.en)"
        }
    }
}
