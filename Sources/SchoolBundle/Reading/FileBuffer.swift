import Foundation

/// A bundle file's bytes in memory of their own, which can be handed back to
/// the system from the front as reading moves on. A huge school's marks.csv is
/// 47 MB: kept whole until its last row is read, it sat on top of the marks
/// already read and made the peak of an import's memory.
final class FileBuffer {
    private let start: UnsafeMutableRawPointer?
    private let capacity: Int
    /// How many bytes were read (a file that shrank while it was read ends where it ended).
    private(set) var count = 0
    /// Bytes before this offset have been given back.
    private var released = 0

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Reads the whole file at `path`; nil when it cannot be read.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        capacity = Int(status.st_size)
        if capacity == 0 {
            start = nil
        } else {
            let mapped = mmap(nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            guard let mapped, mapped != MAP_FAILED else { return nil }
            start = mapped
        }
        while count < capacity, let start {
            let read = Foundation.read(descriptor, start + count, capacity - count)
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return nil }
            if read == 0 { break }
            count += read
        }
    }

    deinit {
        if let start { munmap(start, capacity) }
    }

    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: start?.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// Gives back the whole pages before `end`, which nothing will read again.
    func release(before end: UnsafePointer<UInt8>) {
        guard let start else { return }
        let offset = UnsafeRawPointer(end) - UnsafeRawPointer(start)
        let pages = min(offset, count) / Self.pageSize * Self.pageSize
        guard pages > released else { return }
        madvise(start + released, pages - released, MADV_DONTNEED)
        released = pages
    }
}
