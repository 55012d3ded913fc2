import Documents
import JournalCore
import ReadinessMetrics

/// The one table model of a report rendered in every format: text for the
/// terminal, JSON and CSV for scripts, a `Document` for PDF and XLSX.
public enum ControlReportFormats {
    /// Each table under its title, columns padded by display width.
    public static func text(_ report: ControlReport) -> String {
        ReportTextWriter.text(report)
    }

    /// The text handed to `chunks` a megabyte at a time, as a file writes it.
    public static func text(_ report: ControlReport, in chunks: (String) -> Void) {
        withoutActuallyEscaping(chunks) { _ = ReportTextWriter.text(report, chunks: ReportTextWriter.Chunks(take: $0)) }
    }

    /// The JSON handed to `chunks` a megabyte at a time, as a file writes it.
    public static func json(_ report: ControlReport, in chunks: (String) -> Void) {
        guard report.tables.contains(where: { !$0.rows.isEmpty }) else { return chunks(treeJSON(report)) }
        withoutActuallyEscaping(chunks) { _ = ReportTextWriter.json(report, chunks: ReportTextWriter.Chunks(take: $0)) }
        chunks("\n")
    }

    /// The text as first written, for the test that compares the fast writer with it.
    static func plainText(_ report: ControlReport) -> String {
        var lines = [report.kind.title.ru, report.subtitle]
        for table in report.tables {
            lines += ["", table.title + ":"]
            guard !table.rows.isEmpty else {
                lines.append("  нет строк")
                continue
            }
            let all = [table.columns.map(\.title)] + table.rows.map { $0.map(\.printed) }
            let widths = table.columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
            for row in all {
                let cells = row.enumerated().map { index, cell in
                    index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
                }
                lines.append("  " + cells.joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"report": ..., "title": ..., parameters..., "<table>": [{column: value}]}`;
    /// numbers as numbers, no value as null (docs/reports.md).
    public static func json(_ report: ControlReport) -> String {
        guard report.tables.contains(where: { !$0.rows.isEmpty }) else { return treeJSON(report) }
        var json = ReportTextWriter.json(report)
        json += "\n"   // in place, not a copy of the whole report
        return json
    }

    /// The JSON through the `JSONOutput` tree: a report without rows is one
    /// line there; the test compares the fast writer with it.
    static func treeJSON(_ report: ControlReport) -> String {
        var fields: [(String, JSONOutput)] = [("report", .string(report.kind.rawValue)), ("title", .string(report.kind.title.ru))]
        fields += report.parameters.map { ($0.0, .string($0.1)) }
        for table in report.tables {
            fields.append((table.name, .array(table.rows.map { row in
                .object(zip(table.columns, row).map { ($0.key, json($1)) })
            })))
        }
        return JSONOutput.object(fields).rendered() + "\n"
    }

    private static func json(_ value: ReportValue) -> JSONOutput {
        switch value {
        case .text(let text): .string(text)
        case .integer(let number): .int(number)
        case .fixed: .number(value.plain)
        case .none: .null
        }
    }

    /// The main table (`rows`, or the first) as CSV with a header of column
    /// keys; `table` picks another one by its name.
    public static func csv(_ report: ControlReport, table name: String? = nil) -> String? {
        guard let table = name.map({ report.table($0) }) ?? report.tables.first else { return nil }
        let lines = [table.columns.map(\.key).joined(separator: ",")]
            + table.rows.map { $0.map { ReportCSV.field($0.plain) }.joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as a print-ready document: a heading and a table per table,
    /// landscape when it is wide.
    public static func document(_ report: ControlReport, footer: DocumentFooter) -> Document {
        let wide = report.tables.contains { $0.columns.count > 8 }
        var blocks: [DocumentBlock] = []
        for table in report.tables {
            guard !table.rows.isEmpty else {
                blocks += [.heading(table.title), .paragraph("Нет строк.")]
                continue
            }
            let columns = table.columns.indices.map { index in
                let column = table.columns[index]
                let numeric = table.rows.allSatisfy { if case .text = $0[index] { false } else { true } }
                return DocumentColumn(column.title, weight: column.weight, alignment: numeric ? .trailing : .leading,
                                      characters: max(8, column.weight * 10))
            }
            blocks.append(.table(DocumentTable(title: table.title, columns: columns, rows: table.rows.map { $0.map(cell) },
                                               fontSize: wide ? 7.5 : 9)))
        }
        return Document(title: report.kind.title.ru, subtitle: report.subtitle, footer: footer,
                        orientation: wide ? .landscape : .portrait, blocks: blocks)
    }

    private static func cell(_ value: ReportValue) -> DocumentCell {
        switch value {
        case .text(let text): .text(text)
        case .integer(let number): .integer(number)
        case .fixed(let scaled, let places):
            .decimal(Double(scaled) / Double((0..<places).reduce(1) { acc, _ in acc * 10 }), places: places)
        case .none: .empty
        }
    }
}
