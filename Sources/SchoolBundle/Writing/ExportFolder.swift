import Foundation

/// The folder an export goes into, replaced whole. The new bundle is written
/// into a hidden folder beside it (`.NAME.zhurnal-new-PID`), every file and
/// the folder synced to disk; only then does the old folder step aside
/// (`.NAME.zhurnal-old-PID`) and the new one take its name, and the old one is
/// removed. Until the first rename the old folder is untouched; after the second
/// the new one is complete. Between the two (microseconds) the name is missing
/// for a moment but no folder is ever half old and half new.
struct ExportFolder {
    let url: URL
    /// Writes one file durably; a test puts a failing one here to play a full disk.
    var writeFile: (_ bytes: [UInt8], _ path: String) throws(BundleWriteError) -> Void = ExportFolder.writeDurably

    init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// Names an earlier export may have left in the folder: its files, temporary
    /// copies from the per-file writes of earlier versions, and the school's own
    /// `x_…` files (which the new folder keeps).
    static func mayBeReplaced(_ name: String) -> Bool {
        let bundleNames = Set(BundleFile.allCases.map(\.name))
        let isTemporary = name.hasSuffix(".tmp") && bundleNames.contains(String(name.dropLast(4)))
        return bundleNames.contains(name) || isTemporary || name.hasPrefix(BundleFile.ownPrefix)
    }

    func replace(with files: [BundleFile: [UInt8]]) throws(BundleWriteError) {
        let old = try existingContents()
        let parent = url.deletingLastPathComponent()
        try createParent(parent)
        removeLeftovers(in: parent)
        let staging = sibling("new")
        do throws(BundleWriteError) {
            guard mkdir(staging.path, 0o700) == 0 else { throw .cannotReplace(path: url.path, reason: Self.systemReason()) }
            for file in BundleFile.allCases {
                try writeFile(files[file] ?? [], staging.appendingPathComponent(file.name).path)
            }
            if let old {
                try carryOwnFiles(old, into: staging)
                keepMode(of: url, on: staging)
            }
            try Self.sync(staging.path)
            try swap(in: staging, replacingOld: old != nil)
            try Self.sync(parent.path)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// The names in the folder when it exists; nil when it does not. Refuses a
    /// file, and a folder holding anything but an earlier bundle.
    private func existingContents() throws(BundleWriteError) -> [String]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { throw .notAFolder(path: url.path) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        } catch {
            throw .cannotReplace(path: url.path, reason: error.localizedDescription)
        }
        if let stranger = names.first(where: { !Self.mayBeReplaced($0) }) {
            throw .folderHoldsOtherFiles(path: url.path, example: stranger)
        }
        return names
    }

    private func createParent(_ parent: URL) throws(BundleWriteError) {
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreateFolder(path: parent.path, reason: error.localizedDescription)
        }
    }

    /// `.NAME.zhurnal-ROLE-PID` beside the folder: hidden, and this process's own.
    private func sibling(_ role: String) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).zhurnal-\(role)-\(getpid())")
    }

    /// Folders an export killed half-way left beside this one (their process is gone).
    private func removeLeftovers(in parent: URL) {
        let prefix = ".\(url.lastPathComponent).zhurnal-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.split(separator: "-").last ?? ""), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// The school's own `x_…` files go on living in the new folder: linked, or copied.
    private func carryOwnFiles(_ names: [String], into staging: URL) throws(BundleWriteError) {
        for name in names where name.hasPrefix(BundleFile.ownPrefix) {
            let source = url.appendingPathComponent(name).path, target = staging.appendingPathComponent(name).path
            if link(source, target) == 0 { continue }
            do {
                try FileManager.default.copyItem(atPath: source, toPath: target)
            } catch {
                throw .cannotWrite(path: target, reason: error.localizedDescription)
            }
        }
    }

    /// Whatever access the school gave the old folder (a group that reads it).
    private func keepMode(of old: URL, on new: URL) {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: old.path))?[.posixPermissions] as? NSNumber else { return }
        chmod(new.path, mode_t(mode.uint16Value))
    }

    /// The new folder takes the name; the old one, when there is one, steps
    /// aside first and is removed after. When the second rename fails the old
    /// one is put back.
    private func swap(in staging: URL, replacingOld: Bool) throws(BundleWriteError) {
        guard replacingOld else {
            guard rename(staging.path, url.path) == 0 else { throw .cannotReplace(path: url.path, reason: Self.systemReason()) }
            return
        }
        let aside = sibling("old")
        guard rename(url.path, aside.path) == 0 else { throw .cannotReplace(path: url.path, reason: Self.systemReason()) }
        guard rename(staging.path, url.path) == 0 else {
            let reason = Self.systemReason()
            rename(aside.path, url.path)
            throw .cannotReplace(path: url.path, reason: reason)
        }
        try? FileManager.default.removeItem(at: aside)
    }

    /// A new file, readable by the owner only, on disk before this returns.
    static func writeDurably(_ bytes: [UInt8], to path: String) throws(BundleWriteError) {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
        defer { close(descriptor) }
        var written = 0
        let failed = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count <= 0 { return true }
                written += count
            }
            return false
        }
        guard !failed, fsync(descriptor) == 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
    }

    /// Syncs a folder, so that the names in it survive a power cut.
    private static func sync(_ path: String) throws(BundleWriteError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
