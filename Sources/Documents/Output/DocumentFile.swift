import Foundation

/// The formats a document is written in.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case pdf, xlsx

    public var fileExtension: String { rawValue }
}

/// Writes documents to files whole or not at all: to a temporary name beside
/// the target, renamed over it only when complete, so that a reader (or a
/// printer spool) never sees half a file and a failed write leaves the old
/// file as it was.
public enum DocumentFile {
    public static func write(_ document: Document, as format: DocumentFormat, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).partial"
        unlink(temporary)
        do {
            switch format {
            case .pdf: try PDFWriter.write(document, to: temporary)
            case .xlsx: try XLSXWriter.write(document, to: temporary)
            }
            try syncFile(temporary)
            guard rename(temporary, path) == 0 else {
                throw DocumentError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary)
            if case DocumentError.cannotWrite = error { throw error }
            throw DocumentError.cannotWrite(path: path, reason: "\(error)")
        }
    }

    private static func syncFile(_ path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw DocumentError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw DocumentError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    }
}
