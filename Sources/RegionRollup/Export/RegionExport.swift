import Documents
import Foundation
import JournalCore
import ReadinessMetrics

/// The roll-up as the municipality's own spreadsheet: one row per school in
/// the screen's order (indicator values of the school's newest week, whether
/// each met its threshold, the shortfall and the verdict), then the files that
/// were not counted and why. CSV and XLSX carry the same rows.
public struct RegionExport {
    public let rollup: RegionRollup

    public init(_ rollup: RegionRollup) {
        self.rollup = rollup
    }

    /// The school table's header, then one row per school.
    public var schoolRows: [[DocumentCell]] {
        [header] + rollup.schools.enumerated().map { row(rank: $0.offset + 1, $0.element) }
    }

    private var header: [DocumentCell] {
        let indicators = rollup.columns.flatMap { key -> [DocumentCell] in
            [.bold(key.rawValue), .bold(key.rawValue + "_met")]
        }
        return [.bold("rank"), .bold("school_code"), .bold("school_name"), .bold("week"), .bold("profile")] + indicators
            + [.bold("shortfall"), .bold("ready"), .bold("stale"), .bold("audit_head"), .bold("key")]
    }

    private func row(rank: Int, _ school: SchoolStanding) -> [DocumentCell] {
        let latest = school.latest
        let week = latest?.ownWeek
        let indicators = rollup.columns.flatMap { key -> [DocumentCell] in
            guard let value = week?.indicator(key), latest?.indicators.contains(key) == true else { return [.empty, .empty] }
            let number: DocumentCell = value.ratio.hasValue
                ? .decimal(Double(value.ratio.numerator) * 100 / Double(value.ratio.denominator), places: 1) : .empty
            return [number, .text(value.met ? "1" : "0")]
        }
        let shortfall: DocumentCell = school.shortfall.isFinite ? .decimal(school.shortfall, places: 1) : .empty
        return [.integer(rank), .text(school.code), .text(school.name), .text(latest?.header.week ?? ""),
                .text(latest?.profileID ?? "")] + indicators
            + [shortfall, .text(latest.map { $0.verdict.ready ? "1" : "0" } ?? ""), .text(school.isStale ? "1" : "0"),
               .text(latest?.header.auditHead ?? ""), .text(school.keyFingerprint ?? "")]
    }

    /// The files not counted: path and reason.
    public func untrustedRows(language: Language) -> [[DocumentCell]] {
        [[.bold("file"), .bold("reason")]] + rollup.untrusted.map { [.text($0.path), .text($0.reason.text(in: language))] }
    }

    /// Comma-separated, a point for decimals, UTF-8: the school table, an
    /// empty line, then the files not counted.
    public func csv(language: Language) -> String {
        let lines = (schoolRows + [[]] + untrustedRows(language: language)).map { cells in
            cells.map { ReportCSV.field(Self.csvText($0)) }.joined(separator: ",")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func csvText(_ cell: DocumentCell) -> String {
        if case .decimal(let value, let places) = cell { return String(format: "%.\(places)f", value) }
        return cell.printed
    }

    /// Two tables on one sheet, for `DocumentFile.write(_:as: .xlsx, to:)`.
    public func document(language: Language, printedAt: String) -> Document {
        let ru = language == .ru
        let schools = schoolRows
        let untrusted = untrustedRows(language: language)
        let title = ru ? "Готовность школ к ББЖ · неделя \(rollup.week ?? "—")" : "Schools' readiness · week \(rollup.week ?? "—")"
        return Document(
            title: title,
            subtitle: rollup.folder,
            footer: DocumentFooter(school: ru ? "Муниципалитет" : "Municipality", printedAt: printedAt, printedBy: "zhurnal region"),
            orientation: .landscape,
            blocks: [
                .table(DocumentTable(title: ru ? "Школы по недобору" : "Schools by shortfall",
                                     columns: schools[0].map { DocumentColumn($0.printed) }, rows: Array(schools.dropFirst()))),
                .table(DocumentTable(title: ru ? "Не засчитаны" : "Not counted",
                                     columns: untrusted[0].map { DocumentColumn($0.printed) }, rows: Array(untrusted.dropFirst()))),
            ])
    }
}
