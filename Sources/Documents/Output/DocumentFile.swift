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
    /// `texts`: text shaped by earlier documents of a loop, reused (PDF only).
    /// `sync`: `.eachFile` flushes the file to disk before it takes its name;
    /// `.byCaller` leaves that to a caller that writes thousands of files into
    /// a folder it flushes once (`syncWrittenFiles()`) before showing it.
    public static func write(_ document: Document, as format: DocumentFormat, to path: String,
                             texts: PDFTextCache? = nil, sync: DocumentSync = .eachFile) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).partial"
        unlink(temporary)
        do {
            switch format {
            case .pdf: try PDFWriter.write(document, to: temporary, texts: texts ?? PDFTextCache())
            case .xlsx: try XLSXWriter.write(document, to: temporary)
            }
            if sync == .eachFile { try syncFile(temporary) }
            guard rename(temporary, path) == 0 else {
                throw DocumentError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary)
            if case DocumentError.cannotWrite = error { throw error }
            throw DocumentError.cannotWrite(path: path, reason: "\(error)")
        }
    }

    /// Flushes every file written so far to disk (`sync`, which on Linux
    /// waits until it is done): one wait instead of one per file. Glibc does
    /// not show Swift `syncfs`, which would flush only the one file system.
    public static func syncWrittenFiles() {
        sync()
    }

    private static func syncFile(_ path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw DocumentError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw DocumentError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    }
}

public enum DocumentSync: Sendable, Equatable {
    case eachFile, byCaller
}
