import ReadinessMetrics

/// The report's text and JSON written straight into one string. A
/// school-wide report has 10⁵ cells: building a `JSONOutput` tree, an array
/// of lines and a grapheme count per cell cost more than the report itself.
/// The text is the same as the tree's and `String.count`'s (ReportWriterTests).
enum ReportTextWriter {
    /// `JSONOutput.object(...).rendered()` of a report with at least one row:
    /// the top object on several lines, each table an array with a row per line.
    static func json(_ report: ControlReport) -> String {
        var out = String()
        out.reserveCapacity(report.tables.reduce(256) { $0 + $1.rows.count * $1.columns.count * 48 })
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
            append(table, to: &out)
        }
        out += "\n}"
        return out
    }

    private static func append(_ table: ReportTable, to out: inout String) {
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
    static func text(_ report: ControlReport) -> String {
        var out = report.kind.title.ru + "\n" + report.subtitle
        // Generously: pages reserved and never written cost nothing, a string
        // that outgrows its buffer is copied whole (18 MB for «Замечания»).
        out.reserveCapacity(report.tables.reduce(256) { $0 + ($1.rows.count + 1) * $1.columns.count * 48 })
        for table in report.tables {
            out += "\n\n" + table.title + ":"
            guard !table.rows.isEmpty else {
                out += "\n  нет строк"
                continue
            }
            appendLines(table, to: &out)
        }
        out += "\n"   // in place: `out + "\n"` would copy the whole report once more
        return out
    }

    /// One table's lines: every cell printed and counted once, into flat
    /// arrays (an array per row cost as much as the printing), and padded
    /// from a table of blank runs instead of a new string per cell.
    private static func appendLines(_ table: ReportTable, to out: inout String) {
        var cells: [String] = [], counts: [Int] = [], ends: [Int] = []
        let capacity = (table.rows.count + 1) * table.columns.count
        cells.reserveCapacity(capacity)
        counts.reserveCapacity(capacity)
        ends.reserveCapacity(table.rows.count + 1)
        var widths: [Int] = []
        func add(_ cell: String) {
            let count = characterCount(cell)
            let column = cells.count - (ends.last ?? 0)
            if column < widths.count { widths[column] = max(widths[column], count) } else { widths.append(count) }
            cells.append(cell)
            counts.append(count)
        }
        for column in table.columns { add(column.title) }
        ends.append(cells.count)
        for row in table.rows {
            for value in row { add(value.printed) }
            ends.append(cells.count)
        }
        let blanks = (0...(widths.max() ?? 0) + 2).map { String(repeating: " ", count: $0) }
        var start = 0
        for end in ends {
            out += "\n  "
            for index in start..<end {
                out += cells[index]
                guard index < end - 1 else { break }
                out += blanks[widths[index - start] - counts[index] + 2]
            }
            start = end
        }
    }

    /// `text.count` without grapheme breaking where every scalar is a
    /// character of its own: printable ASCII, Cyrillic without its combining
    /// marks, and the few signs reports print; anything else is counted by
    /// `String.count`.
    static func characterCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20...0x7E, 0x400...0x482, 0x48A...0x4FF, 0xAB, 0xBB, 0x2013, 0x2014, 0x2116: count += 1
            default: return text.count
            }
        }
        return count
    }
}
