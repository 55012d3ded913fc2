import Foundation

/// A long text file (a school-wide report: 18 MB) written as it is made, whole
/// or not at all. Chunks go to a temporary name beside the target and each
/// one's write-back to disk starts at once, so the disk works while the rest
/// is made instead of after it; the file is flushed and takes its name only
/// when complete. Unfinished, the temporary file is removed.
public final class TextFileWriter {
    private let path: String
    private let temporary: String
    private var descriptor: Int32
    private var written = 0
    private var failure: DocumentError?

    public init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).partial"
        unlink(temporary)
        descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw DocumentError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }

    /// Writes the chunk; a failure is kept for `finish` (the rest is skipped).
    public func append(_ text: String) {
        guard failure == nil, descriptor >= 0 else { return }
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return failure = .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
                offset += count
            }
        }
        guard failure == nil else { return }
        // Starts writing the chunk back without waiting for it (Linux: DONTNEED writes dirty pages back first).
        _ = posix_fadvise(descriptor, off_t(written), off_t(text.utf8.count), POSIX_FADV_DONTNEED)
        written += text.utf8.count
    }

    /// Flushes the file to disk and gives it its name; throws the first failure.
    public func finish() throws {
        guard descriptor >= 0 else { return }
        if failure == nil, fsync(descriptor) != 0 { failure = .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        close(descriptor)
        descriptor = -1
        if failure == nil, rename(temporary, path) != 0 { failure = .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }
}
