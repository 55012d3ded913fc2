import Foundation
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// zhurnal refuses a database file that others could read or change.
@Suite struct FilePermissionTests {
    let dir: TemporaryDirectory
    let path: String

    init() throws {
        dir = try TemporaryDirectory()
        path = dir.path("school.sqlite")
        try AppDatabase.open(path: path, create: true).load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
    }

    func chmod(_ file: String, _ mode: mode_t) {
        #expect(Foundation.chmod(file, mode) == 0)
    }

    func refusal() -> PermissionProblem? {
        do {
            _ = try AppDatabase.open(path: path)
            return nil
        } catch let StoreError.unsafePermissions(_, problem) {
            return problem
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func aNewFileIsTheOwnersAloneAndOpens() throws {
        defer { dir.remove() }
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(refusal() == nil)
    }

    @Test func worldWritableIsRefusedWithTheFixInRussian() throws {
        defer { dir.remove() }
        chmod(path, 0o666)
        #expect(refusal() == .openToOthers(file: path, mode: Int(S_IFREG) | 0o666))
        let message = StoreError.unsafePermissions(path: path, problem: .openToOthers(file: path, mode: 0o100666)).text(in: .ru)
        #expect(message.contains("chmod 600 \(path)"))
        #expect(message.contains("персональные данные детей"))
        #expect(message.contains("права 0666"))
    }

    @Test func worldReadableIsRefusedToo() throws {
        defer { dir.remove() }
        chmod(path, 0o644)
        guard case .openToOthers? = refusal() else { Issue.record("0644 opened"); return }
    }

    @Test func groupWritableOnlyInADirectorySetAsideForTheJournal() throws {
        defer { dir.remove() }
        chmod(path, 0o660)
        chmod(dir.url.path, 0o755)
        guard case .groupWritableOutsideDedicatedDirectory(_, _, _, let directory)? = refusal() else {
            Issue.record("0660 in an ordinary directory opened"); return
        }
        #expect(directory == dir.url.path)
        chmod(dir.url.path, 0o2770)   // same group as the file (created here), setgid, nothing for others
        #expect(refusal() == nil)
        chmod(dir.url.path, 0o2775)   // others may look in: not set aside
        #expect(refusal() != nil)
    }

    @Test func groupReadableAloneIsAllowed() throws {
        defer { dir.remove() }
        chmod(path, 0o640)
        #expect(refusal() == nil)
    }

    @Test func aDirectoryAnyoneMayWriteIsRefusedUnlessSticky() throws {
        defer { dir.remove() }
        chmod(dir.url.path, 0o777)
        #expect(refusal() == .directoryOpenToOthers(directory: dir.url.path, mode: Int(S_IFDIR) | 0o777))
        chmod(dir.url.path, 0o1777)   // like /tmp: others cannot remove or replace our file
        #expect(refusal() == nil)
        chmod(dir.url.path, 0o755)
    }

    @Test func theFilesBesideItAreCheckedToo() throws {
        defer { dir.remove() }
        let wal = path + "-wal"
        #expect(FileManager.default.createFile(atPath: wal, contents: nil))
        chmod(wal, 0o666)
        #expect(refusal() == .openToOthers(file: wal, mode: Int(S_IFREG) | 0o666))
    }
}
