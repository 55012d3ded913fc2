import Foundation

/// Why zhurnal will not open a database file: someone besides its users could
/// read the children's data in it, or change the legal record behind zhurnal's
/// back.
///
/// The rule (docs/security.md):
/// - nobody outside the owner and the group may have any access (`o-rwx`);
/// - the group may write only when the directory is set aside for the journal:
///   same group as the file, setgid so that SQLite's `-wal` and `-shm` files get
///   that group too, and closed to others (`chmod 2770`). A group anybody happens
///   to be in (`users`) is then not enough by accident;
/// - the directory must not let others replace the file (`o+w` without the
///   sticky bit);
/// - the same holds for the `-wal`, `-shm` and `-journal` files beside it.
public enum PermissionProblem: Equatable, Sendable {
    /// Others (not the owner, not the group) may read or write the file.
    case openToOthers(file: String, mode: Int)
    /// The group may write the file, but the directory is not the journal's own.
    case groupWritableOutsideDedicatedDirectory(file: String, mode: Int, group: String, directory: String)
    /// Others may create and remove files in the directory.
    case directoryOpenToOthers(directory: String, mode: Int)

    func text(ru: Bool) -> String {
        switch self {
        case .openToOthers(let file, let mode):
            return ru
                ? "к файлу «\(file)» есть доступ у всех пользователей компьютера (права \(Self.octal(mode))): в нём персональные данные детей, прочесть или изменить журнал мог бы кто угодно. Закройте доступ: «chmod 600 \(file)» — если с журналом работает одна учётная запись системы, или «chmod 660 \(file)» в каталоге, выделенном для журнала общей группе (см. docs/security.md)"
                : "the file \"\(file)\" is open to every user of the computer (mode \(Self.octal(mode))): it holds children's personal data. Close it: \"chmod 600 \(file)\", or \"chmod 660 \(file)\" in a directory set aside for a journal group (see docs/security.md)"
        case .groupWritableOutsideDedicatedDirectory(let file, let mode, let group, let directory):
            return ru
                ? "файл «\(file)» может изменять группа «\(group)» (права \(Self.octal(mode))), а каталог «\(directory)» не выделен для журнала. Либо «chmod 600 \(file)», либо выделите каталог группе журнала: «chgrp \(group) \(directory) && chmod 2770 \(directory)» (см. docs/security.md)"
                : "the group \"\(group)\" may change \"\(file)\" (mode \(Self.octal(mode))) but the directory \"\(directory)\" is not set aside for the journal. Either \"chmod 600 \(file)\", or \"chgrp \(group) \(directory) && chmod 2770 \(directory)\" (see docs/security.md)"
        case .directoryOpenToOthers(let directory, let mode):
            return ru
                ? "в каталог «\(directory)» может писать любой пользователь компьютера (права \(Self.octal(mode))): файл журнала в нём можно подменить. Перенесите базу данных в свой каталог или закройте его: «chmod o-w \(directory)»"
                : "anyone may write to the directory \"\(directory)\" (mode \(Self.octal(mode))): the journal file there could be replaced. Move the database to a directory of your own or \"chmod o-w \(directory)\""
        }
    }

    static func octal(_ mode: Int) -> String {
        "0" + String(mode & 0o7777, radix: 8)
    }
}

enum FilePermissions {
    /// The first problem with the database at `path` and the files beside it, or nil.
    static func problem(databaseAt path: String) -> PermissionProblem? {
        let directory = (path as NSString).deletingLastPathComponent.isEmpty
            ? "." : (path as NSString).deletingLastPathComponent
        guard let folder = status(directory) else { return nil }
        if folder.mode & 0o002 != 0 && folder.mode & Int(S_ISVTX) == 0 {
            return .directoryOpenToOthers(directory: directory, mode: folder.mode)
        }
        for file in [path, path + "-wal", path + "-shm", path + "-journal", path + "-writers"] {
            guard let info = status(file) else { continue }
            if info.mode & 0o007 != 0 { return .openToOthers(file: file, mode: info.mode) }
            if info.mode & 0o020 != 0 && !isDedicated(folder, toGroup: info.group) {
                return .groupWritableOutsideDedicatedDirectory(file: file, mode: info.mode, group: groupName(info.group),
                                                               directory: directory)
            }
        }
        return nil
    }

    /// A directory set aside for a journal group: that group, setgid, nothing for others.
    private static func isDedicated(_ folder: (mode: Int, group: gid_t), toGroup group: gid_t) -> Bool {
        folder.group == group && folder.mode & Int(S_ISGID) != 0 && folder.mode & 0o007 == 0
    }

    private static func status(_ path: String) -> (mode: Int, group: gid_t)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_mode), info.st_gid)
    }

    private static func groupName(_ id: gid_t) -> String {
        guard let entry = getgrgid(id), let name = entry.pointee.gr_name else { return String(id) }
        return String(cString: name)
    }
}
