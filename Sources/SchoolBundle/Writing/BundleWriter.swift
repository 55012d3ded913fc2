import Foundation
import JournalCore

/// Writes a snapshot as a bundle, format 1: every file of the format, rows in an
/// order the data alone decides (`ExportOrder`), UTF-8 without BOM and LF line
/// ends, or with `excel` a BOM and CRLF.
public struct BundleWriter: Sendable {
    public struct Options: Sendable, Equatable {
        /// A BOM and CRLF line ends, for spreadsheet programs.
        public var excel: Bool

        public init(excel: Bool = false) {
            self.excel = excel
        }
    }

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The bytes of every file, by file, without touching the disk.
    public func render(_ snapshot: SchoolSnapshot) -> [BundleFile: [UInt8]] {
        let renderer = BundleRenderer(order: ExportOrder(snapshot), excel: options.excel)
        var files: [BundleFile: [UInt8]] = [:]
        for file in BundleFile.allCases { files[file] = renderer.render(file) }
        return files
    }

    /// Writes the bundle into `folder`, creating it (owner-only, like the
    /// database: the bundle holds children's personal data) when missing. An
    /// existing folder must be empty or hold only an earlier bundle, whose files
    /// are replaced; anything else in it is refused, so that an export cannot
    /// overwrite or mix with someone's other files.
    public func write(_ snapshot: SchoolSnapshot, to folder: URL) throws(BundleWriteError) {
        try ExportFolder(url: folder).prepare()
        let files = render(snapshot)
        for file in BundleFile.allCases {
            try ExportFolder.writePrivately(files[file] ?? [], to: folder.appendingPathComponent(file.name).path)
        }
    }
}

/// Why an export was not written.
public enum BundleWriteError: Error, Equatable, Sendable, LocalizedMessage {
    case notAFolder(path: String)
    case folderHoldsOtherFiles(path: String, example: String)
    case cannotCreateFolder(path: String, reason: String)
    case cannotWrite(path: String, reason: String)

    public func text(in language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .notAFolder(let path):
            return ru ? "«\(path)» — не каталог" : "\"\(path)\" is not a folder"
        case .folderHoldsOtherFiles(let path, let example):
            return ru ? "каталог «\(path)» не пуст и содержит не только файлы выгрузки (например «\(example)»): укажите новый или пустой каталог"
                : "folder \"\(path)\" holds files other than a bundle's (such as \"\(example)\"): name a new or empty folder"
        case .cannotCreateFolder(let path, let reason):
            return ru ? "не удалось создать каталог «\(path)»: \(reason)" : "cannot create folder \"\(path)\": \(reason)"
        case .cannotWrite(let path, let reason):
            return ru ? "не удалось записать «\(path)»: \(reason)" : "cannot write \"\(path)\": \(reason)"
        }
    }
}

/// The folder an export goes into.
struct ExportFolder {
    let url: URL

    /// Names an earlier export may have left: its files, their temporary copies
    /// from an interrupted export, and the school's own `x_…` files.
    static func mayBeReplaced(_ name: String) -> Bool {
        let bundleNames = Set(BundleFile.allCases.map(\.name))
        let isTemporary = name.hasSuffix(temporarySuffix)
            && bundleNames.contains(String(name.dropLast(temporarySuffix.count)))
        return bundleNames.contains(name) || isTemporary || name.hasPrefix(BundleFile.ownPrefix)
    }

    static let temporarySuffix = ".tmp"

    func prepare() throws(BundleWriteError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotCreateFolder(path: url.path, reason: error.localizedDescription)
            }
            return
        }
        guard isFolder.boolValue else { throw .notAFolder(path: url.path) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        if let stranger = names.sorted().first(where: { !Self.mayBeReplaced($0) }) {
            throw .folderHoldsOtherFiles(path: url.path, example: stranger)
        }
    }

    /// Writes a temporary file readable by the owner only, then renames it over
    /// the old one: a file is either the old one or the new one, never half.
    static func writePrivately(_ bytes: [UInt8], to path: String) throws(BundleWriteError) {
        let temporary = path + temporarySuffix
        unlink(temporary)
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
        var written = 0
        let failed = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count <= 0 { return true }
                written += count
            }
            return false
        }
        let reason = failed ? systemReason() : ""
        close(descriptor)
        guard !failed, rename(temporary, path) == 0 else {
            let why = failed ? reason : systemReason()
            unlink(temporary)
            throw .cannotWrite(path: path, reason: why)
        }
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
