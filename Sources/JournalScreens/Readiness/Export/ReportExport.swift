import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics

/// Where F6 writes the weekly report: `$ZHURNAL_REPORTS` when set; otherwise
/// the folder `отчёты` beside the database file (the school's data folder,
/// which every zhurnal user can already write to, since SQLite keeps its
/// `-wal` file there); for a database in memory, `отчёты` in the current folder.
public enum ReportFolder {
    public static let variable = "ZHURNAL_REPORTS"
    public static let name = "отчёты"

    public static func `default`(databasePath: String?,
                                 environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let chosen = environment[variable], !chosen.isEmpty { return URL(fileURLWithPath: chosen, isDirectory: true) }
        guard let databasePath else {
            return URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true).appendingPathComponent(name)
        }
        let database = URL(fileURLWithPath: databasePath).standardizedFileURL
        return database.deletingLastPathComponent().appendingPathComponent(name, isDirectory: true)
    }
}

/// The readiness report for the municipal coordinator, as two files: the text
/// of `zhurnal report readiness` and its CSV (one row per week and indicator).
enum ReportExport {
    struct Files: Equatable {
        var text: URL
        var csv: URL
    }

    /// `готовность-kchr-2024-09-02-2024-10-25`: one name per profile and window;
    /// writing the same window again replaces the files with the newer report.
    static func baseName(_ report: ReadinessReport) -> String {
        "готовность-\(report.profile.id)-\(report.window.from.iso)-\(report.window.to.iso)"
    }

    /// Both files carry the audit chain's head at the moment of the report, so
    /// that a later `zhurnal audit verify --expect` shows rows removed since.
    static func write(_ report: ReadinessReport, auditHead: AuditHead, to folder: URL, language: Language) throws -> Files {
        // the group may write: on a server where staff have their own accounts
        // in one group, the next person's export replaces these files
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o770])
        let base = folder.appendingPathComponent(baseName(report))
        let files = Files(text: base.appendingPathExtension("txt"), csv: base.appendingPathExtension("csv"))
        let text = ReportText.render(report, language: language) + auditLine(auditHead, language: language) + "\n"
        let csv = ReportCSV.render(report) + auditRow(auditHead) + "\n"
        for (url, text) in [(files.text, text), (files.csv, csv)] {
            try Data(text.utf8).write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        }
        return files
    }

    /// The text file's last line.
    static func auditLine(_ head: AuditHead, language: Language) -> String {
        language == .ru
            ? "\nЖурнал аудита на момент отчёта: \(head) (проверка: zhurnal audit verify --expect \(head))"
            : "\nAudit log at the time of the report: \(head) (check: zhurnal audit verify --expect \(head))"
    }

    /// The CSV's last row: key `audit_head`, the row count as numerator, the
    /// head as value.
    static func auditRow(_ head: AuditHead) -> String {
        ",,,,audit_head,\(head.rows),,\(head),,"
    }

    /// A file system error in words: which folder, and why.
    static func describe(_ error: Error, folder: URL, language: Language) -> String {
        let ru = language == .ru
        let reason: String
        switch posixCode(error) {
        case EACCES?, EPERM?:
            reason = ru ? "нет прав на запись (другую папку задаёт переменная \(ReportFolder.variable))"
                : "no permission to write (\(ReportFolder.variable) chooses another folder)"
        case EROFS?: reason = ru ? "папка только для чтения" : "the folder is read-only"
        case ENOSPC?, EDQUOT?: reason = ru ? "на диске нет места" : "the disk is full"
        case ENOTDIR?, EEXIST?: reason = ru ? "на месте папки — файл" : "a file stands where the folder should be"
        case let code?: reason = String(cString: strerror(code))
        case nil: reason = error.localizedDescription
        }
        return reason + " — " + folder.path
    }

    /// The errno behind a Foundation file error.
    private static func posixCode(_ error: Error) -> Int32? {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(underlying) }
        switch nsError.code {
        case CocoaError.fileWriteNoPermission.rawValue, CocoaError.fileReadNoPermission.rawValue: return EACCES
        case CocoaError.fileWriteVolumeReadOnly.rawValue: return EROFS
        case CocoaError.fileWriteOutOfSpace.rawValue: return ENOSPC
        case CocoaError.fileWriteFileExists.rawValue: return EEXIST
        default: return nil
        }
    }
}
