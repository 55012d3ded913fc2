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

    /// Writes the bundle into `folder` (owner-only, like the database: the
    /// bundle holds children's personal data). An existing folder must be empty
    /// or hold only an earlier bundle; anything else in it is refused, so that
    /// an export cannot overwrite or mix with someone's other files.
    ///
    /// The new bundle is written whole beside the old one and put in its place
    /// only when every file is on disk (`ExportFolder`): an export that fails
    /// half-way, on a full disk say, leaves the earlier bundle exactly as it was,
    /// never new lessons beside old marks.
    public func write(_ snapshot: SchoolSnapshot, to folder: URL) throws(BundleWriteError) {
        try ExportFolder(url: folder).replace(with: render(snapshot))
    }
}

/// Why an export was not written.
public enum BundleWriteError: Error, Equatable, Sendable, LocalizedMessage {
    case notAFolder(path: String)
    case folderHoldsOtherFiles(path: String, example: String)
    case cannotCreateFolder(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// The new bundle could not be put in the old one's place; the old one is as it was.
    case cannotReplace(path: String, reason: String)

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
            return ru ? "не удалось записать «\(path)»: \(reason); прежняя выгрузка осталась как была"
                : "cannot write \"\(path)\": \(reason); the earlier export is as it was"
        case .cannotReplace(let path, let reason):
            return ru ? "не удалось поставить новую выгрузку на место «\(path)»: \(reason); прежняя выгрузка осталась как была "
                + "(выгрузка пишется рядом с каталогом и подменяет его целиком, поэтому нужны права на запись в каталог выше)"
                : "cannot put the new export in the place of \"\(path)\": \(reason); the earlier export is as it was "
                + "(an export is written beside the folder and replaces it whole, so the folder above must be writable)"
        }
    }
}
