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
        case bytes(FileBuffer)
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
        guard FileManager.default.isReadableFile(atPath: path), let buffer = FileBuffer(path: path) else {
            return .unreadable(Phrase(ru: "нет прав на чтение", en: "no permission to read it"))
        }
        return .bytes(buffer)
    }
}
