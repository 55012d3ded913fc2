import Foundation
import GRDB
import JournalCore

extension AppDatabase {
    /// Writes a consistent copy of the whole database to `path` (`VACUUM
    /// INTO`: one read transaction, so a write of another process during it
    /// is either wholly in or wholly out), in rollback-journal mode so that
    /// it opens read-only without `-wal` and `-shm` files, and leaves it
    /// readable by its owner only (0400) while the archive's documents are
    /// made from it (`openSealedSnapshot`); `SealedSnapshot.seal` then makes
    /// it 0444.
    ///
    /// `academicYear`: a past year the database holds («2025/2026»): the copy
    /// names it as its year (`school.academic_year`), so that what is made
    /// from the copy — the bundle, the summary sheets, the journal pages —
    /// is of that year (`current_period`). The copy still holds every row.
    public func writeSealedSnapshot(to path: String, academicYear: String? = nil) throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM INTO ?", arguments: [path])
        }
        let copy = try DatabaseQueue(path: path)
        try copy.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            if let academicYear {
                try db.execute(sql: "UPDATE school SET academic_year = ?", arguments: [academicYear])
            }
        }
        try copy.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
    }

    /// Every class's code, youngest first: whose summary sheets an archive holds.
    public func archiveClassCodes() throws -> [String] {
        try read { try String.fetchAll($0, sql: "SELECT code FROM class ORDER BY grade, name, code") }
    }

    /// A snapshot written by `writeSealedSnapshot`, open for reading only
    /// (whatever this account may do to the file): the archive's bundle and
    /// documents are made from it, so that they show the same moment.
    ///
    /// Read through a memory map: the archive's thousands of journal queries
    /// otherwise copy the same pages in from the file again and again (a
    /// sixth of printing the huge school's journals went to `pread`). The
    /// file never changes while it is open, so the map is safe.
    public static func openSealedSnapshot(path: String, clock: any SchoolClock = SystemClock()) throws -> AppDatabase {
        let database = try open(path: path, create: false, clock: clock, readOnly: true)
        try database.mappingErrors(writing: false) {
            try database.writer.writeWithoutTransaction { db in
                _ = try Int.fetchOne(db, sql: "PRAGMA mmap_size = \(sealedMapBytes)")
            }
        }
        return database
    }

    /// Enough for the huge school's snapshot (about 200 MB).
    static let sealedMapBytes = 256 << 20
}

/// What a sealed snapshot says about itself.
public struct SealedSnapshotFacts: Sendable {
    public var academicYear: String
    public var schoolName: String
    public var audit: AuditVerification
}

public enum SealedSnapshot {
    /// The snapshot's final mode: read-only for everybody who may enter the
    /// archive's folder (the folder itself is 0750).
    public static func seal(path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    }

    /// Opens an archive's snapshot for reading only (it is never written,
    /// whatever the file's mode says to this account) and checks its audit
    /// chain against the head the manifest recorded.
    public static func check(path: String, expecting head: AuditHead?) throws -> SealedSnapshotFacts {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            let school = try Row.fetchOne(db, sql: "SELECT name, academic_year FROM school")
            return SealedSnapshotFacts(academicYear: school?["academic_year"] ?? "", schoolName: school?["name"] ?? "",
                                       audit: try AuditChain.verify(db, expecting: head))
        }
    }
}
