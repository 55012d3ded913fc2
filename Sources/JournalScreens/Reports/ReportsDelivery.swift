import ControlReports
import Documents
import Foundation
import JournalCore
import PaperJournal

/// Where the reports screen's files go: a PDF to the school's printer when the
/// setting `printer` names one (and a copy into the user's folder), otherwise
/// into the user's folder under the reports root; XLSX, CSV and JSON always
/// into that folder. The status line says where, or what failed, in Russian.
struct ReportsDelivery {
    /// The reports root (`$ZHURNAL_REPORTS`, else `отчёты` beside the database).
    let root: URL

    enum FileFormat: String, CaseIterable {
        case xlsx, csv, json

        var title: String {
            switch self {
            case .xlsx: "XLSX — таблица Excel / LibreOffice (все таблицы отчёта)"
            case .csv: "CSV — текущая таблица"
            case .json: "JSON — весь отчёт, для программ"
            }
        }
    }

    func footer(_ context: AppContext) -> DocumentFooter {
        DocumentFooter(school: context.school.name, printedAt: context.now.russian,
                       printedBy: context.user?.fullName ?? context.t("неизвестно кто", "unknown"))
    }

    /// The PDF to the printer or the folder.
    func deliver(_ document: Document, fileName: String, context: AppContext) -> StatusMessage {
        guard let user = context.user else { return .error(context.t("сначала войдите в журнал", "sign in first")) }
        let printer: String?
        do {
            printer = try context.db.settings().printer
        } catch {
            return .error(context.describe(error))
        }
        do {
            let outcome = try PaperDelivery.deliver(document, fileName: fileName, root: root, login: user.login, printer: printer)
            return .success(context.text(outcome.phrase))
        } catch let error as DocumentError {
            return .error(describe(error, printer: printer, fileName: fileName, login: user.login, context))
        } catch {
            return .error(context.describe(error))
        }
    }

    /// A report into the folder as XLSX (every table), CSV (`table`) or JSON.
    func export(_ report: ControlReport, table: ReportTable?, as format: FileFormat, baseName: String,
                context: AppContext) -> StatusMessage {
        guard let user = context.user else { return .error(context.t("сначала войдите в журнал", "sign in first")) }
        let folder = PaperDelivery.folder(root: root, login: user.login)
        let path = folder.appendingPathComponent(baseName + (format == .csv ? "-" + (table?.name ?? "rows") : "")
                                                 + "." + format.rawValue).path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o750])
            switch format {
            case .xlsx:
                try DocumentFile.write(ControlReportFormats.document(report, footer: footer(context)), as: .xlsx, to: path)
            case .csv, .json:
                // the table on screen, even one the screen counted itself (the progress categories)
                var shown = report
                if let table, report.table(table.name) == nil { shown.tables.insert(table, at: 0) }
                let text = format == .json ? ControlReportFormats.json(report) : ControlReportFormats.csv(shown, table: table?.name) ?? ""
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            }
            chmod(path, 0o640)
            return .success(context.t("Записано: \(path)", "Saved: \(path)"))
        } catch let error as DocumentError {
            return .error(context.language == .ru ? error.russian : error.english)
        } catch {
            return .error(context.t("Не записано: \(path) — \(error.localizedDescription)",
                                    "Not saved: \(path) — \(error.localizedDescription)"))
        }
    }

    /// The printer's failure in words, and that the file is kept in the folder.
    private func describe(_ error: DocumentError, printer: String?, fileName: String, login: String,
                          _ context: AppContext) -> String {
        let path = PaperDelivery.folder(root: root, login: login).appendingPathComponent(fileName).path
        switch error {
        case .printerFailed(let status, let message):
            let detail = message.isEmpty ? "" : ": \(message)"
            return context.t("Принтер «\(printer ?? "")» не принял задание (lp, код \(status))\(detail). Файл сохранён: \(path)",
                             "The printer \"\(printer ?? "")\" refused the job (lp, status \(status))\(detail). The file is saved: \(path)")
        case .cannotWrite:
            return context.t("Не напечатано: ", "Not printed: ") + (context.language == .ru ? error.russian : error.english)
        }
    }

    /// `progress-5a-q1`: the report, whose and when, as a file name (bundle ids, Latin).
    static func baseName(_ state: ReportsState) -> String {
        let whose = state.filter.code ?? "school"
        let when = state.window.map { $0.periodCode ?? "\($0.from.iso)-\($0.to.iso)" } ?? "period"
        return "\(state.kind.rawValue)-\(whose)-\(when)".replacingOccurrences(of: "/", with: "_")
    }

    /// The summary sheet's file: the same name `zhurnal`'s deployment docs and
    /// the sftp test download.
    static func summaryFileName(classCode: String) -> String {
        "ведомость-\(classCode).pdf".replacingOccurrences(of: "/", with: "_")
    }

    static func journalFileName(classCode: String, groupCode: String?, subjectCode: String, periodCode: String) -> String {
        (["журнал", classCode] + (groupCode.map { [$0] } ?? []) + [subjectCode, periodCode]).joined(separator: "-")
            .replacingOccurrences(of: "/", with: "_") + ".pdf"
    }
}
