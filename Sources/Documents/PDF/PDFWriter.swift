/// Writes a document as a print-ready A4 PDF: Cyrillic text in an embedded
/// font, page numbers, and on every page the school, when and by whom it was
/// printed.
enum PDFWriter {
    static func write(_ document: Document, to path: String, texts: PDFTextCache = PDFTextCache()) throws {
        let canvas = try PDFCanvas(path: path, size: .a4(document.orientation), texts: texts)
        canvas.setMetadata(title: document.title, creator: "zhurnal")
        var composer = PageComposer(canvas: canvas, document: document)
        let pages = composer.compose()
        for (index, page) in pages.enumerated() {
            if index > 0 { canvas.nextPage(size: page.size) }
            draw(page, on: canvas)
            drawFooter(document.footer, page: index + 1, of: pages.count, size: page.size, on: canvas)
        }
        try canvas.finish(path: path)
    }

    /// In the order laid out: a page's text then stays in separate text
    /// objects of the PDF, placed as before, and `pdftotext` reads the same
    /// words (drawing the frames first as one path merged the text objects
    /// and moved glyphs by rounding enough to split a word in two).
    private static func draw(_ page: ComposedPage, on canvas: PDFCanvas) {
        for op in page.ops {
            switch op {
            case .text(let text, let box, let font, let alignment):
                canvas.drawText(text, x: box.x, y: box.y, width: box.width, font: font, alignment: alignment)
            case .stroke(let box, let dashed): canvas.strokeRect(box, dashed: dashed)
            case .fill(let box, let gray): canvas.fillRect(box, gray: gray)
            case .line(let from, let to): canvas.line(from: from, to: to)
            }
        }
    }

    private static func drawFooter(_ footer: DocumentFooter, page: Int, of count: Int, size: PageSize, on canvas: PDFCanvas) {
        let margin = PageComposer.margin
        let y = size.height - margin - 9
        let width = size.width - 2 * margin
        canvas.line(from: (margin, y - 3), to: (size.width - margin, y - 3), lineWidth: 0.3)
        let font = TextFont(size: 7.5)
        canvas.drawText(footer.text, x: margin, y: y, width: width * 0.8, font: font, alignment: .leading)
        canvas.drawText("стр. \(page) из \(count)", x: margin + width * 0.8, y: y, width: width * 0.2, font: font,
                        alignment: .trailing)
    }
}
