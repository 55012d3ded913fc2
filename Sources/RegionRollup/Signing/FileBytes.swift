import Foundation
import JournalCore

/// A whole file read with plain system calls: the region reads tens of
/// thousands of small files, and this is the shortest way from a path to its
/// bytes. Problems come back as an errno in words.
enum FileBytes {
    static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileProblem(code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileProblem(code: errno) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw FileProblem(code: EISDIR) }
        guard status.st_size <= FileProblem.largest else { throw FileProblem(code: EFBIG) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw FileProblem(code: errno) }
            if count == 0 { break }
            filled += count
        }
        return filled == bytes.count ? bytes : Array(bytes[..<filled])
    }
}

/// Why a file could not be read.
public struct FileProblem: Error, Hashable, Sendable {
    /// A weekly report is some kilobytes; anything past this is not one, and is
    /// not read into memory.
    static let largest: off_t = 4 << 20

    public let code: Int32

    public var reason: Phrase {
        switch code {
        case ENOENT: Phrase(ru: "файла нет", en: "no such file")
        case EACCES, EPERM: Phrase(ru: "нет прав на чтение", en: "no permission to read")
        case EISDIR: Phrase(ru: "это не обычный файл", en: "not a regular file")
        case EFBIG: Phrase(ru: "файл слишком велик для недельного отчёта (больше 4 МБ)", en: "too large for a weekly report (over 4 MB)")
        default:
            Phrase(ru: "ошибка чтения: \(String(cString: strerror(code)))", en: "read error: \(String(cString: strerror(code)))")
        }
    }
}
