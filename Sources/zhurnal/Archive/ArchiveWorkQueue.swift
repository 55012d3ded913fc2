import Foundation
import JournalCore

/// Hands out the archive's documents one at a time to whichever worker asks
/// first: a counter in a file, read and raised under an exclusive `flock`, so
/// that the archiving process and its helper processes share the work however
/// long each document takes (the archiving process writes the bundle first).
final class ArchiveWorkQueue {
    static let fileName = ".documents-queue"

    let path: String
    private let descriptor: Int32

    /// Opens the queue file (`create`: a new one, starting at the first document).
    init(path: String, create: Bool = false) throws {
        let descriptor = create ? open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600) : open(path, O_RDWR)
        guard descriptor >= 0 else { throw Self.failure(path) }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The place in the list of the next document nobody has taken.
    func next() throws -> Int {
        guard flock(descriptor, LOCK_EX) == 0 else { throw Self.failure(path) }
        defer { flock(descriptor, LOCK_UN) }
        var taken: Int64 = 0
        let read = pread(descriptor, &taken, MemoryLayout<Int64>.size, 0)
        guard read == 0 || read == MemoryLayout<Int64>.size else { throw Self.failure(path) }
        var following = taken + 1
        guard pwrite(descriptor, &following, MemoryLayout<Int64>.size, 0) == MemoryLayout<Int64>.size else {
            throw Self.failure(path)
        }
        return Int(taken)
    }

    func remove() {
        unlink(path)
    }

    private static func failure(_ path: String) -> CommandLineError {
        CommandLineError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
}
