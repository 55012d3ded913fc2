/// A table flowing over pages: columns share the width by weight, every row
/// as tall as its tallest cell, the header row again at the top of each page.
struct TableFlow {
    let table: DocumentTable

    func flow(into page: inout PageComposer) {
        let widths = columnWidths(page.contentWidth)
        let bodyFont = TextFont(size: table.fontSize)
        let headerFont = TextFont(size: table.fontSize, bold: true)
        let header = table.columns.map { DocumentCell.bold($0.title) }
        let headerHeight = rowHeight(header, widths, page, headerFont, shaded: true)
        if let title = table.title {
            page.ensureRoom(headerHeight + 40)
            page.place(title, font: TextFont(size: 10, bold: true))
        }
        let firstRow = table.rows.first.map { rowHeight($0, widths, page, bodyFont, shaded: false) } ?? 0
        page.ensureRoom(headerHeight + firstRow)
        draw(header, widths, headerHeight, &page, headerFont, shaded: true)
        for row in table.rows {
            let height = rowHeight(row, widths, page, bodyFont, shaded: false)
            if height > page.remaining {
                page.startPage()
                draw(header, widths, headerHeight, &page, headerFont, shaded: true)
            }
            draw(row, widths, height, &page, bodyFont, shaded: false)
        }
        page.advance(6)
    }

    /// The header row is centred; a body cell as its column says. Measured
    /// with the same alignment it is drawn with, a cell is shaped once.
    private func alignment(_ index: Int, shaded: Bool) -> DocumentAlignment {
        shaded ? .center : table.columns[index].alignment
    }

    private func columnWidths(_ total: Double) -> [Double] {
        let sum = table.columns.reduce(0) { $0 + max(0.01, $1.weight) }
        return table.columns.map { total * max(0.01, $0.weight) / sum }
    }

    private func rowHeight(_ row: [DocumentCell], _ widths: [Double], _ page: PageComposer, _ font: TextFont,
                           shaded: Bool) -> Double {
        var tallest = page.measure("Ж", width: 100, font: font)
        for (index, cell) in row.enumerated() where index < widths.count {
            let text = cell.printed
            guard !text.isEmpty else { continue }
            let cellFont = TextFont(size: font.size, bold: font.bold || cell.isBold)
            tallest = max(tallest, page.measure(text, width: widths[index] - 2 * PageComposer.cellPadding, font: cellFont,
                                                alignment: alignment(index, shaded: shaded)))
        }
        return tallest + 2 * PageComposer.cellPadding
    }

    private func draw(_ row: [DocumentCell], _ widths: [Double], _ height: Double, _ page: inout PageComposer,
                      _ font: TextFont, shaded: Bool) {
        var x = PageComposer.margin
        let y = page.top
        for (index, width) in widths.enumerated() {
            let box = Box(x: x, y: y, width: width, height: height)
            if shaded { page.add(.fill(box, gray: 0.88)) }
            page.add(.stroke(box, dashed: false))
            if index < row.count, !row[index].printed.isEmpty {
                let cell = row[index]
                page.add(.text(cell.printed, Box(x: x + PageComposer.cellPadding, y: y + PageComposer.cellPadding,
                                                 width: width - 2 * PageComposer.cellPadding, height: height),
                               TextFont(size: font.size, bold: font.bold || cell.isBold), alignment(index, shaded: shaded)))
            }
            x += width
        }
        page.advance(height)
    }
}

/// Cards two to a row, dashed to be cut apart.
struct CardFlow {
    let cards: [DocumentCard]

    func flow(into page: inout PageComposer) {
        let gap = 8.0
        let width = (page.contentWidth - gap) / 2
        var index = 0
        while index < cards.count {
            let pair = Array(cards[index..<min(index + 2, cards.count)])
            let height = pair.map { cardHeight($0, width, page) }.max() ?? 0
            page.ensureRoom(height + gap)
            for (column, card) in pair.enumerated() {
                let x = PageComposer.margin + Double(column) * (width + gap)
                page.add(.stroke(Box(x: x, y: page.top, width: width, height: height), dashed: true))
                var y = page.top + 6
                for (line, text) in card.lines.enumerated() {
                    let font = TextFont(size: line == 0 ? 10.5 : 9.5, bold: line == 0)
                    let h = page.measure(text, width: width - 12, font: font)
                    page.add(.text(text, Box(x: x + 6, y: y, width: width - 12, height: h), font, .leading))
                    y += h + 2
                }
            }
            page.advance(height + gap)
            index += 2
        }
    }

    private func cardHeight(_ card: DocumentCard, _ width: Double, _ page: PageComposer) -> Double {
        card.lines.enumerated().reduce(12) { sum, item in
            sum + page.measure(item.element, width: width - 12, font: TextFont(size: item.offset == 0 ? 10.5 : 9.5,
                                                                               bold: item.offset == 0)) + 2
        }
    }
}
