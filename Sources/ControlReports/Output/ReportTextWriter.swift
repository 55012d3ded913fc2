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

    private static func append(_ table: ReportTable, to out: inout String, _ chunks: Chunks?) {
        guard !table.rows.isEmpty else { return out += "[]" }
        out += "[\n"
        for (index, row) in table.rows.enumerated() {
            out += index == 0 ? "    {" : ",\n    {"
            for (position, (column, value)) in zip(table.columns, row).enumerated() {
                if position > 0 { out += ", " }
                appendQuoted(column.key, to: &out)
                out += ": "
                append(value, to: &out)
            }
            out += "}"
            handOver(&out, chunks)
        }
        out += "\n  ]"
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
    /// second half is appended on another core while this one does the first.
    private static func appendLines(_ table: ReportTable, to out: inout String, _ chunks: Chunks?) {
        let layout = TextLayout(table)
        let last = table.columns.count - 1
        out += "\n  "
        for (index, column) in table.columns.enumerated() {
            out += column.title
            if index < last { out += layout.blanks[layout.widths[index] - characterCount(column.title) + 2] }
        }
        let rows = table.rows.indices
        guard rows.count >= 10_000 else { return layout.append(rows, of: table, to: &out, chunks) }
        let middle = rows.count / 2
        let capacity = (rows.count - middle + 1) * table.columns.count * 48
        let second = BackgroundWork { () -> String in
            var part = ""
            part.reserveCapacity(capacity)
            layout.append(middle..<rows.endIndex, of: table, to: &part, nil)
            return part
        }
        layout.append(rows.startIndex..<middle, of: table, to: &out, chunks)
        out += second.result()
        handOver(&out, chunks)
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

/// A table's cells measured once: each cell's characters, the columns'
/// widths, the printed form of cells that are not text, and where each row's
/// cells begin in those arrays, so that any run of rows can be appended.
private struct TextLayout: Sendable {
    var counts: [Int32] = [], printed: [String] = [], widths: [Int]
    /// Per row, its first index in `counts` and in `printed`.
    var starts: [(cell: Int, other: Int)] = []
    let blanks: [String]

    init(_ table: ReportTable) {
        widths = table.columns.map { ReportTextWriter.characterCount($0.title) }
        counts.reserveCapacity(table.rows.count * table.columns.count)
        starts.reserveCapacity(table.rows.count)
        for row in table.rows {
            starts.append((counts.count, printed.count))
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
        blanks = (0...(widths.max() ?? 0) + 2).map { String(repeating: " ", count: $0) }
    }

    func append(_ rows: Range<Int>, of table: ReportTable, to out: inout String, _ chunks: ReportTextWriter.Chunks?) {
        guard let first = rows.first else { return }
        var (cell, other) = starts[first]
        for row in table.rows[rows] {
            out += "\n  "
            for (column, value) in row.enumerated() {
                if case .text(let text) = value {
                    out += text
                } else {
                    out += printed[other]
                    other += 1
                }
                if column < row.count - 1 { out += blanks[widths[column] - Int(counts[cell]) + 2] }
                cell += 1
            }
            ReportTextWriter.handOver(&out, chunks)
        }
    }
}
