import Documents
import Foundation
import JournalCore

/// Gets a document from a screen to a person. The PDF always lands in the
/// user's own folder under the reports root (`<root>/<login>/`), which the
/// deployment lets them download with sftp; when the school has a printer
/// (setting `printer`), it is also sent to it through CUPS `lp`.
public enum PaperDelivery {
    public enum Outcome: Equatable, Sendable {
        case saved(path: String)
        case printed(path: String, printer: String, job: String)

        /// The status line: where it went.
        public var phrase: Phrase {
            switch self {
            case .saved(let path):
                Phrase(ru: "Записано: \(path)", en: "Saved: \(path)")
            case .printed(let path, let printer, _):
                Phrase(ru: "Отправлено на принтер \(printer); копия: \(path)", en: "Sent to the printer \(printer); a copy: \(path)")
            }
        }
    }

    /// The user's own folder: a login is Latin letters, digits, «.», «_», «-»
    /// (never «..» alone), so it is a safe folder name.
    public static func folder(root: URL, login: String) -> URL {
        root.appendingPathComponent(login, isDirectory: true)
    }

    public static func deliver(_ document: Document, fileName: String, root: URL, login: String,
                               printer: String?) throws -> Outcome {
        let folder = folder(root: root, login: login)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o750])
        } catch {
            throw DocumentError.cannotWrite(path: folder.path, reason: "папку не создать (\(error.localizedDescription))")
        }
        let path = folder.appendingPathComponent(fileName).path
        try DocumentFile.write(document, as: .pdf, to: path)
        // the folder's group (the user's sftp account) reads it, nobody else
        chmod(path, 0o640)
        guard let printer else { return .saved(path: path) }
        let job = try Printer.print(path, printer: printer, title: document.title)
        return .printed(path: path, printer: printer, job: job)
    }
}
