import JournalCore
import ReadinessMetrics

/// The report's text and JSON written straight into one string. A
/// school-wide report has 10⁵ cells: building a `JSONOutput` tree, an array
/// of lines and a grapheme count per cell cost more than the report itself.
/// The text is the same as the tree's and `String.count`'s (ReportWriterTests).
enum ReportTextWriter {
    /// Where a long report goes as it is made: `take` gets the text about
    /// `size` bytes at a time (a file writes it while the rest is made).
    /// Without chunks, the whole text is returned.
    struct Chunks {
        var size = 1 << 20
        var take: (String) -> Void
    }

    /// `JSONOutput.object(...).rendered()` of a report with at least one row:
    /// the top object on several lines, each table an array with a row per line.
    static func json(_ report: ControlReport, chunks: Chunks? = nil) -> String {
        var out = String()
        out.reserveCapacity(capacity(report, chunks, perCell: 48))
        var fields: [(String, String)] = [("report", report.kind.rawValue), ("title", report.kind.title.ru)]
        fields += report.parameters
        out += "{\n"
        for (index, field) in fields.enumerated() {
            out += index == 0 ? "  " : ",\n  "
            appendQuoted(field.0, to: &out)
            out += ": "
            appendQuoted(field.1, to: &out)
        }
        for table in report.tables {
            out += ",\n  "
            appendQuoted(table.name, to: &out)
            out += ": "
            append(table, to: &out, chunks)
        }
        out += "\n}"
        return finish(&out, chunks)
    }

    /// A long table's second half of rows is made on another core while this one makes the first.
    private static func append(_ table: ReportTable, to out: inout String, _ chunks: Chunks?) {
        guard !table.rows.isEmpty else { return out += "[]" }
        out += "[\n"
        let rows = table.rows.indices
        let middle = rows.count >= 10_000 ? rows.count / 2 : rows.endIndex
        let secondHalf = middle < rows.endIndex ? madeAside(rows: rows.endIndex - middle, table, perCell: 48) { part in
            appendObjects(table, middle..<rows.endIndex, to: &part, nil)
        } : nil
        appendObjects(table, rows.startIndex..<middle, to: &out, chunks)
        if let secondHalf { append(secondHalf, to: &out, chunks) }
        out += "\n  ]"
    }

    private static func appendObjects(_ table: ReportTable, _ rows: Range<Int>, to out: inout String, _ chunks: Chunks?) {
        for index in rows {
            out += index == 0 ? "    {" : ",\n    {"
            for (position, (column, value)) in zip(table.columns, table.rows[index]).enumerated() {
                if position > 0 { out += ", " }
                appendQuoted(column.key, to: &out)
                out += ": "
                append(value, to: &out)
            }
            out += "}"
            handOver(&out, chunks)
        }
    }

    /// Text of `rows` rows made on another core into a string of its own.
    private static func madeAside(rows: Int, _ table: ReportTable, perCell: Int,
                                  _ make: @escaping @Sendable (inout String) -> Void) -> BackgroundWork<String> {
        let capacity = (rows + 1) * table.columns.count * perCell
        return BackgroundWork {
            var part = ""
            part.reserveCapacity(capacity)
            make(&part)
            return part
        }
    }

    /// The text made aside after `out`: in chunks, handed over as it is
    /// (not copied on through `out`, 9 MB for «Замечания»).
    private static func append(_ aside: BackgroundWork<String>, to out: inout String, _ chunks: Chunks?) {
        guard let chunks else { return out += aside.result() }
        chunks.take(out)
        out.removeAll(keepingCapacity: true)
        chunks.take(aside.result())
    }

    private static func append(_ value: ReportValue, to out: inout String) {
        switch value {
        case .text(let text): appendQuoted(text, to: &out)
        case .integer(let number): out += String(number)
        case .fixed: out += value.plain
        case .none: out += "null"
        }
    }

    /// JSONQuoting's literal; text with nothing to escape is copied as it is.
    static func appendQuoted(_ text: String, to out: inout String) {
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) else { return out += JSONQuoting.quoted(text) }
        out += "\""
        out += text
        out += "\""
    }

    /// `ControlReportFormats.text`: each table under its title, columns
    /// padded to the widest cell in characters.
    static func text(_ report: ControlReport, chunks: Chunks? = nil) -> String {
        var out = report.kind.title.ru + "\n" + report.subtitle
        out.reserveCapacity(capacity(report, chunks, perCell: 48))
        for table in report.tables {
            out += "\n\n" + table.title + ":"
            guard !table.rows.isEmpty else {
                out += "\n  нет строк"
                continue
            }
            appendLines(table, to: &out, chunks)
        }
        out += "\n"   // in place: `out + "\n"` would copy the whole report once more
        return finish(&out, chunks)
    }

    /// Generously: pages reserved and never written cost nothing, a string
    /// that outgrows its buffer is copied whole (18 MB for «Замечания»). In
    /// chunks, a chunk and its last row.
    private static func capacity(_ report: ControlReport, _ chunks: Chunks?, perCell: Int) -> Int {
        let whole = report.tables.reduce(256) { $0 + ($1.rows.count + 1) * $1.columns.count * perCell }
        return chunks.map { min(whole, $0.size + (1 << 16)) } ?? whole
    }

    /// Hands the text made so far over once it is a chunk long.
    static func handOver(_ out: inout String, _ chunks: Chunks?) {
        guard let chunks, out.utf8.count >= chunks.size else { return }
        chunks.take(out)
        out.removeAll(keepingCapacity: true)
    }

    /// The whole text, or the last chunk handed over and nothing returned.
    private static func finish(_ out: inout String, _ chunks: Chunks?) -> String {
        guard let chunks else { return out }
        chunks.take(out)
        return ""
    }

    /// One table's lines. A first pass counts every cell's characters and the
    /// columns' widths, a second appends the cells padded from a table of
    /// blank runs. Text cells are read from the rows both times, not copied
    /// into an array of cells (10⁵ strings retained and released); only the
    /// other cells' printed forms are kept, to be made once. A long table's
    /// second half is measured, then appended, on another core while this one
    /// does the first; in chunks, it goes to the file as made, not copied on.
    private static func appendLines(_ table: ReportTable, to out: inout String, _ chunks: Chunks?) {
        let rows = table.rows.indices
        guard rows.count >= 10_000 else {
            let measured = MeasuredRows(table, rows)
            let columns = TextColumns(table, [measured])
            appendTitles(table, columns, to: &out)
            return measured.append(table, columns, to: &out, chunks)
        }
        let middle = rows.count / 2
        let measuringSecond = BackgroundWork { MeasuredRows(table, middle..<rows.endIndex) }
        let first = MeasuredRows(table, rows.startIndex..<middle)
        let second = measuringSecond.result()
        let columns = TextColumns(table, [first, second])
        appendTitles(table, columns, to: &out)
        let secondText = madeAside(rows: second.rows.count, table, perCell: 48) { part in second.append(table, columns, to: &part, nil) }
        first.append(table, columns, to: &out, chunks)
        append(secondText, to: &out, chunks)
    }

    private static func appendTitles(_ table: ReportTable, _ columns: TextColumns, to out: inout String) {
        let last = table.columns.count - 1
        out += "\n  "
        for (index, column) in table.columns.enumerated() {
            out += column.title
            if index < last { out += columns.blanks[columns.widths[index] - characterCount(column.title) + 2] }
        }
    }

    /// `text.count` without grapheme breaking where every scalar is a
    /// character of its own: printable ASCII, Cyrillic without its combining
    /// marks, and the few signs reports print («», –, —, №, →); anything else
    /// is counted by `String.count`. Read from the UTF-8 bytes: decoding
    /// scalars was the most of the writer's time.
    static func characterCount(_ text: String) -> Int {
        let simple = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            // Plain comparisons: a range pattern here was a generic call per byte.
            var count = 0, index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead >= 0x20 && lead <= 0x7E {
                    index += 1
                } else if lead >= 0xD0 && lead <= 0xD3 {   // U+0400–U+04FF but the combining U+0483–U+0489
                    guard lead != 0xD2 || bytes[index + 1] < 0x83 || bytes[index + 1] > 0x89 else { return nil }
                    index += 2
                } else if lead == 0xC2 {   // « and »
                    guard bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB else { return nil }
                    index += 2
                } else if lead == 0xE2 {   // –, —, №, →
                    let sign = Int(bytes[index + 1]) << 8 | Int(bytes[index + 2])
                    guard sign == 0x8093 || sign == 0x8094 || sign == 0x8496 || sign == 0x8692 else { return nil }
                    index += 3
                } else {
                    return nil
                }
                count += 1
            }
            return count
        }
        return (simple ?? nil) ?? text.count
    }
}

/// A run of a table's rows measured once: each cell's characters, the
/// printed form of cells that are not text, and each column's widest cell;
/// the run can then be appended padded to the whole table's widths.
private struct MeasuredRows: Sendable {
    let rows: Range<Int>
    var counts: [Int32] = [], printed: [String] = [], widths: [Int] = []

    init(_ table: ReportTable, _ rows: Range<Int>) {
        self.rows = rows
        counts.reserveCapacity(rows.count * table.columns.count)
        for row in table.rows[rows] {
            for (column, value) in row.enumerated() {
                let count: Int
                if case .text(let text) = value {
                    count = ReportTextWriter.characterCount(text)
                } else {
                    printed.append(value.printed)
                    count = ReportTextWriter.characterCount(printed[printed.count - 1])
                }
                counts.append(Int32(count))
                if column < widths.count { widths[column] = max(widths[column], count) } else { widths.append(count) }
            }
        }
    }

    func append(_ table: ReportTable, _ columns: TextColumns, to out: inout String, _ chunks: ReportTextWriter.Chunks?) {
        var cell = 0, other = 0
        for row in table.rows[rows] {
            out += "\n  "
            for (column, value) in row.enumerated() {
                if case .text(let text) = value {
                    out += text
                } else {
                    out += printed[other]
                    other += 1
                }
                if column < row.count - 1 { out += columns.blanks[columns.widths[column] - Int(counts[cell]) + 2] }
                cell += 1
            }
            ReportTextWriter.handOver(&out, chunks)
        }
    }
}

/// A table's column widths in characters (its titles and every measured
/// cell), and runs of blanks to pad any cell to its column's width.
private struct TextColumns: Sendable {
    let widths: [Int]
    let blanks: [String]

    init(_ table: ReportTable, _ parts: [MeasuredRows]) {
        var widths = table.columns.map { ReportTextWriter.characterCount($0.title) }
        for part in parts {
            for (column, width) in part.widths.enumerated() {
                if column < widths.count { widths[column] = max(widths[column], width) } else { widths.append(width) }
            }
        }
        self.widths = widths
        blanks = (0...(widths.max() ?? 0) + 2).map { String(repeating: " ", count: $0) }
    }
}
