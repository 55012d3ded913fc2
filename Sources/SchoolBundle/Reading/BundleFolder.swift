import Foundation
import JournalCore

/// The folder a bundle is read from: which files it has, and their bytes.
struct BundleFolder {
    let url: URL

    /// Throws when there is no folder to read; returns the `.csv` files that are
    /// not part of the format (a misspelt `mark.csv` would otherwise lose the
    /// marks without a word).
    func check() throws(BundleError) -> [BundleIssue] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw BundleError(issues: [BundleIssue(file: nil, problem: .folderMissing(path: url.path))])
        }
        guard isFolder.boolValue else {
            throw BundleError(issues: [BundleIssue(file: nil, problem: .notAFolder(path: url.path))])
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        let known = Set(BundleFile.allCases.map(\.name))
        return names.sorted()
            .filter { $0.lowercased().hasSuffix(".csv") && !known.contains($0) && !$0.hasPrefix(BundleFile.ownPrefix) }
            .map { BundleIssue(file: $0, problem: .unknownFile) }
    }

    enum Contents {
        case absent
        case bytes([UInt8])
        case unreadable(Phrase)

    }

    /// Whether the folder has the file (readable or not).
    func holds(_ file: BundleFile) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(file.name).path)
    }

    func contents(of file: BundleFile) -> Contents {
        let path = url.appendingPathComponent(file.name).path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .absent }
        if isFolder.boolValue {
            return .unreadable(Phrase(ru: "это каталог, а не файл", en: "it is a folder, not a file"))
        }
        guard FileManager.default.isReadableFile(atPath: path), let bytes = Self.read(path) else {
            return .unreadable(Phrase(ru: "нет прав на чтение", en: "no permission to read it"))
        }
        return .bytes(bytes)
    }

    /// The file's bytes, read straight into the array: a huge school's marks.csv
    /// is 40 MB, and going through `Data` would hold it twice.
    private static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var count = 0
        let complete = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while count < buffer.count {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0, errno == EINTR { continue }
                guard read > 0 else { return read == 0 }
                count += read
            }
            return true
        }
        guard complete else { return nil }
        // A file that shrank while it was read ends where it ended.
        if count < bytes.count { bytes.removeSubrange(count...) }
        return bytes
    }
}
