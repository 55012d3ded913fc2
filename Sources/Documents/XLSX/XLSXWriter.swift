import CXLSXWriter

/// Writes a document as a spreadsheet: every table on a worksheet of its own
/// under the document's title, with column widths, the header row frozen,
/// numbers as numbers; the text blocks before a table go above it.
enum XLSXWriter {
    static func write(_ document: Document, to path: String) throws {
        guard let workbook = workbook_new(path) else { throw DocumentError.cannotWrite(path: path, reason: "libxlsxwriter") }
        let formats = XLSXFormats(workbook)
        var sheets = SheetNames()
        var notes: [String] = []
        var wroteSheet = false
        for block in document.blocks {
            switch block {
            case .heading(let text), .paragraph(let text): notes.append(text)
            case .signatures(let roles): notes.append(contentsOf: roles.map { "\($0): ____________" })
            case .pageBreak: break
            case .table(let table):
                let name = sheets.unique(table.title ?? "Лист \(sheets.count + 1)")
                XLSXSheet(sheet: workbook_add_worksheet(workbook, name), formats: formats)
                    .write(document: document, notes: notes, table: table)
                notes = []
                wroteSheet = true
            case .cards(let cards):
                let rows = cards.map { card in card.lines.map(DocumentCell.text) }
                let width = rows.map(\.count).max() ?? 1
                let table = DocumentTable(title: "Карточки", columns: (0..<width).map { _ in DocumentColumn("", weight: 3) },
                                          rows: rows)
                XLSXSheet(sheet: workbook_add_worksheet(workbook, sheets.unique("Карточки")), formats: formats)
                    .write(document: document, notes: notes, table: table)
                notes = []
                wroteSheet = true
            }
        }
        if !wroteSheet || !notes.isEmpty {
            let table = DocumentTable(columns: [DocumentColumn("", weight: 10)], rows: [])
            XLSXSheet(sheet: workbook_add_worksheet(workbook, sheets.unique("Примечания")), formats: formats)
                .write(document: document, notes: notes, table: table)
        }
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw DocumentError.cannotWrite(path: path, reason: String(cString: lxw_strerror(status)))
        }
    }
}

/// The cell formats of one workbook.
struct XLSXFormats {
    let title: UnsafeMutablePointer<lxw_format>
    let header: UnsafeMutablePointer<lxw_format>
    let text: UnsafeMutablePointer<lxw_format>
    let bold: UnsafeMutablePointer<lxw_format>
    let decimals: [Int: UnsafeMutablePointer<lxw_format>]

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>) {
        title = workbook_add_format(workbook)
        format_set_bold(title)
        format_set_font_size(title, 13)
        header = workbook_add_format(workbook)
        format_set_bold(header)
        format_set_bg_color(header, 0xDDDDDD)
        format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_text_wrap(header)
        format_set_align(header, UInt8(LXW_ALIGN_CENTER.rawValue))
        text = workbook_add_format(workbook)
        format_set_border(text, UInt8(LXW_BORDER_THIN.rawValue))
        bold = workbook_add_format(workbook)
        format_set_border(bold, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_bold(bold)
        var decimals: [Int: UnsafeMutablePointer<lxw_format>] = [:]
        for places in 0...3 {
            let format = workbook_add_format(workbook)!
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_num_format(format, places == 0 ? "0" : "0." + String(repeating: "0", count: places))
            decimals[places] = format
        }
        self.decimals = decimals
    }
}

/// One worksheet: title rows, notes, the table with its header frozen, the footer.
struct XLSXSheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>?
    let formats: XLSXFormats

    func write(document: Document, notes: [String], table: DocumentTable) {
        guard let sheet else { return }
        var row: UInt32 = 0
        worksheet_write_string(sheet, row, 0, document.title, formats.title)
        row += 1
        if let subtitle = document.subtitle {
            worksheet_write_string(sheet, row, 0, subtitle, nil)
            row += 1
        }
        for note in notes {
            worksheet_write_string(sheet, row, 0, note, nil)
            row += 1
        }
        if let caption = table.title {
            worksheet_write_string(sheet, row, 0, caption, formats.bold)
            row += 1
        }
        for (index, column) in table.columns.enumerated() {
            worksheet_set_column(sheet, UInt16(index), UInt16(index), column.characters, nil)
            if !column.title.isEmpty { worksheet_write_string(sheet, row, UInt16(index), column.title, formats.header) }
        }
        row += 1
        worksheet_freeze_panes(sheet, row, 0)
        for cells in table.rows {
            for (index, cell) in cells.enumerated() { write(cell, row: row, column: UInt16(index), sheet) }
            row += 1
        }
        worksheet_write_string(sheet, row + 1, 0, document.footer.text, nil)
    }

    private func write(_ cell: DocumentCell, row: UInt32, column: UInt16, _ sheet: UnsafeMutablePointer<lxw_worksheet>) {
        switch cell {
        case .text(let text): worksheet_write_string(sheet, row, column, text, formats.text)
        case .bold(let text): worksheet_write_string(sheet, row, column, text, formats.bold)
        case .integer(let value): worksheet_write_number(sheet, row, column, Double(value), formats.decimals[0])
        case .decimal(let value, let places):
            worksheet_write_number(sheet, row, column, value, formats.decimals[min(3, max(0, places))])
        case .empty: worksheet_write_blank(sheet, row, column, formats.text)
        }
    }
}

/// Worksheet names as Excel allows them: at most 31 characters, none of
/// `[]:*?/\`, unique in the workbook.
struct SheetNames {
    private var used: Set<String> = []
    var count: Int { used.count }

    mutating func unique(_ wanted: String) -> String {
        let cleaned = String(wanted.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        var name = cleaned.isEmpty ? "Лист" : cleaned
        var n = 2
        while used.contains(name.lowercased()) {
            let suffix = " (\(n))"
            name = String(cleaned.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        used.insert(name.lowercased())
        return name
    }
}
