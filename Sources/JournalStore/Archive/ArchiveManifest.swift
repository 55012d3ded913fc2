import Crypto
import Foundation
import JournalCore

/// The manifest of a sealed archive (`manifest.txt`, docs/year-end.md): a
/// plain text a person reads and `ssh-keygen -Y sign` signs. A header of
/// `key: value` lines, an empty line, then one line per file: its SHA-256
/// (64 hex digits), its size in bytes and its path inside the folder, two
/// spaces apart, sorted by path. The manifest and its signature are not
/// listed in it.
public struct ArchiveManifest: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var path: String
        public var size: Int
        public var sha256: String

        public init(path: String, size: Int, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }
    }

    public static let fileName = "manifest.txt"
    public static let signatureName = "manifest.txt.sig"
    public static let format = "zhurnal-archive 1"

    public var schoolName: String
    public var academicYear: String
    public var createdAt: String
    public var auditHead: AuditHead
    public var entries: [Entry]

    public init(schoolName: String, academicYear: String, createdAt: String, auditHead: AuditHead, entries: [Entry]) {
        self.schoolName = schoolName
        self.academicYear = academicYear
        self.createdAt = createdAt
        self.auditHead = auditHead
        self.entries = entries.sorted { $0.path < $1.path }
    }

    public var text: String {
        var lines = [Self.format, "school: \(schoolName)", "academic-year: \(academicYear)", "created: \(createdAt)",
                     "audit-head: \(auditHead.description)", "files: \(entries.count)", ""]
        lines += entries.map { "\($0.sha256)  \($0.size)  \($0.path)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a manifest; the error names the first line that is not one.
    public init(parsing text: String) throws {
        var header: [String: String] = [:]
        var entries: [Entry] = []
        var inFiles = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            if index == 0 {
                guard line == Self.format else { throw ArchiveManifestError(line: number, text: String(line)) }
                continue
            }
            if !inFiles {
                if line.isEmpty { inFiles = true; continue }
                guard let colon = line.firstIndex(of: ":") else { throw ArchiveManifestError(line: number, text: String(line)) }
                header[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                continue
            }
            if line.isEmpty { continue }
            let parts = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, parts[1].isEmpty, parts[3].isEmpty, parts[0].count == 64, let size = Int(parts[2]),
                  !parts[4].isEmpty else { throw ArchiveManifestError(line: number, text: String(line)) }
            entries.append(Entry(path: String(parts[4]), size: size, sha256: String(parts[0])))
        }
        guard let headText = header["audit-head"], let head = AuditHead(parsing: headText) else {
            throw ArchiveManifestError(line: 0, text: "audit-head")
        }
        self.init(schoolName: header["school"] ?? "", academicYear: header["academic-year"] ?? "",
                  createdAt: header["created"] ?? "", auditHead: head, entries: entries)
    }
}

public struct ArchiveManifestError: Error, Hashable, Sendable, LocalizedMessage {
    public var line: Int
    public var text: String

    public func text(in language: Language) -> String {
        let ru = language == .ru
        if line == 0 {
            return ru ? "manifest.txt: нет строки «audit-head: ЧИСЛО:ХЭШ»" : "manifest.txt: no line \"audit-head: ROWS:HASH\""
        }
        return ru ? "manifest.txt:\(line): непонятная строка «\(text)»" : "manifest.txt:\(line): cannot read the line \"\(text)\""
    }
}

/// The files of an archive's folder and their hashes.
public enum ArchiveFiles {
    /// Every regular file under `folder`, as paths relative to it, sorted;
    /// the manifest and its signature left out.
    public static func list(_ folder: URL) throws -> [String] {
        let root = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            if relative == ArchiveManifest.fileName || relative == ArchiveManifest.signatureName { continue }
            paths.append(relative)
        }
        return paths.sorted()
    }

    /// The SHA-256 of a file in lowercase hex and its size, read in 1 MiB pieces.
    public static func hash(_ url: URL) throws -> (sha256: String, size: Int) {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        var size = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            size += chunk.count
        }
        return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), size)
    }

    /// The manifest's entries of every file under `folder`.
    public static func entries(_ folder: URL) throws -> [ArchiveManifest.Entry] {
        try list(folder).map { path in
            let digest = try hash(folder.appendingPathComponent(path))
            return ArchiveManifest.Entry(path: path, size: digest.size, sha256: digest.sha256)
        }
    }
}

/// What `archive verify` found against the manifest.
public struct ArchiveDifferences: Hashable, Sendable {
    public var changed: [String] = []
    public var added: [String] = []
    public var removed: [String] = []

    public init() {}

    public var isEmpty: Bool { changed.isEmpty && added.isEmpty && removed.isEmpty }

    /// Compares the folder's files with the manifest: a file whose size or hash
    /// differs is changed; a file the manifest lacks, added; a listed file
    /// that is gone, removed.
    public static func compare(_ manifest: ArchiveManifest, folder: URL) throws -> ArchiveDifferences {
        var differences = ArchiveDifferences()
        let present = Set(try ArchiveFiles.list(folder))
        let listed = Set(manifest.entries.map(\.path))
        for entry in manifest.entries {
            guard present.contains(entry.path) else { differences.removed.append(entry.path); continue }
            let digest = try ArchiveFiles.hash(folder.appendingPathComponent(entry.path))
            if digest.size != entry.size || digest.sha256 != entry.sha256 { differences.changed.append(entry.path) }
        }
        differences.added = present.subtracting(listed).sorted()
        return differences
    }

    public func lines(in language: Language) -> [String] {
        let ru = language == .ru
        return changed.map { ru ? "изменён файл: \($0)" : "changed: \($0)" }
            + added.map { ru ? "добавлен файл (его нет в манифесте): \($0)" : "added (not in the manifest): \($0)" }
            + removed.map { ru ? "удалён файл (он есть в манифесте): \($0)" : "removed (listed in the manifest): \($0)" }
    }
}
