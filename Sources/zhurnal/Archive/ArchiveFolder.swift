import Foundation
import JournalCore

/// Where an archive is written: a folder that does not exist or is empty.
/// Everything goes into a hidden temporary sibling first, which is renamed
/// into place once complete, so that nobody ever finds half an archive; on a
/// failure the sibling is removed and the target is left as it was.
struct ArchiveFolder {
    let target: String

    func create<T>(_ fill: (URL) throws -> T) throws -> T {
        let targetURL = URL(fileURLWithPath: target).standardizedFileURL
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = files.fileExists(atPath: targetURL.path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else {
                throw CommandLineError.conflict(Phrase(ru: "«\(target)» — файл, а не папка: архив пишется в новую или пустую папку",
                                                       en: "\"\(target)\" is a file, not a folder: an archive goes into a new or empty folder"))
            }
            let contents = (try? files.contentsOfDirectory(atPath: targetURL.path)) ?? []
            if let example = contents.sorted().first {
                let more = contents.count > 1 ? (ru: " и ещё \(contents.count - 1)", en: " and \(contents.count - 1) more") : (ru: "", en: "")
                throw CommandLineError.conflict(Phrase(
                    ru: "папка «\(target)» уже существует и не пуста (в ней «\(example)»\(more.ru)): архив пишется только в новую или пустую папку",
                    en: "the folder \"\(target)\" exists and is not empty (\"\(example)\"\(more.en)): an archive goes only into a new or empty folder"))
            }
        }
        let temporary = targetURL.deletingLastPathComponent()
            .appendingPathComponent(".\(targetURL.lastPathComponent).part-\(ProcessInfo.processInfo.processIdentifier)")
        try? files.removeItem(at: temporary)
        do {
            try files.createDirectory(at: temporary, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        } catch {
            throw CommandLineError.cannotWrite(path: temporary.path, reason: error.localizedDescription)
        }
        do {
            let result = try fill(temporary)
            if exists { try files.removeItem(at: targetURL) }
            try files.moveItem(at: temporary, to: targetURL)
            return result
        } catch {
            Self.removeTree(temporary)
            throw error
        }
    }

    /// Removes a half-written archive, its read-only snapshot included.
    static func removeTree(_ url: URL) {
        if let walker = FileManager.default.enumerator(atPath: url.path) {
            while let relative = walker.nextObject() as? String {
                try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path + "/" + relative)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}
