/// Lays a document out on A4 pages: measures every piece of text with the
/// canvas, flows tables over pages (repeating the header row), and gives the
/// pages as drawing operations. Laying out first and drawing after is what
/// lets every footer say «стр. 3 из 12».
struct PageComposer {
    static let margin = 34.0
    static let footerHeight = 18.0
    static let cellPadding = 2.5

    let canvas: PDFCanvas
    let document: Document
    private(set) var pages: [ComposedPage] = []
    private var cursor = 0.0

    init(canvas: PDFCanvas, document: Document) {
        self.canvas = canvas
        self.document = document
    }

    var size: PageSize { .a4(document.orientation) }
    var contentWidth: Double { size.width - 2 * Self.margin }
    var bottom: Double { size.height - Self.margin - Self.footerHeight }

    mutating func compose() -> [ComposedPage] {
        startPage()
        place(document.title, font: TextFont(size: 14, bold: true))
        if let subtitle = document.subtitle { place(subtitle, font: TextFont(size: 10)) }
        cursor += 6
        for block in document.blocks {
            switch block {
            case .heading(let text):
                ensureRoom(40)
                cursor += 4
                place(text, font: TextFont(size: 11, bold: true))
            case .paragraph(let text): place(text, font: TextFont(size: 9.5))
            case .table(let table): TableFlow(table: table).flow(into: &self)
            case .signatures(let roles): placeSignatures(roles)
            case .cards(let cards): CardFlow(cards: cards).flow(into: &self)
            case .pageBreak: startPage()
            }
        }
        return pages
    }

    // MARK: used by the flows

    var remaining: Double { bottom - cursor }
    var top: Double { cursor }

    mutating func startPage() {
        pages.append(ComposedPage(size: size, ops: []))
        cursor = Self.margin
    }

    mutating func ensureRoom(_ height: Double) {
        if cursor + height > bottom, cursor > Self.margin + 1 { startPage() }
    }

    mutating func advance(_ height: Double) {
        cursor += height
    }

    mutating func add(_ op: PageOp) {
        pages[pages.count - 1].ops.append(op)
    }

    func measure(_ text: String, width: Double, font: TextFont, alignment: DocumentAlignment = .leading) -> Double {
        canvas.measure(text, width: width, font: font, alignment: alignment)
    }

    /// A line of text across the page, wrapped, moving on to a new page if it
    /// does not fit.
    mutating func place(_ text: String, font: TextFont) {
        let height = measure(text, width: contentWidth, font: font)
        ensureRoom(height)
        add(.text(text, Box(x: Self.margin, y: cursor, width: contentWidth, height: height), font, .leading))
        cursor += height + 3
    }

    private mutating func placeSignatures(_ roles: [String]) {
        let font = TextFont(size: 10)
        ensureRoom(Double(roles.count) * 30 + 10)
        cursor += 14
        for role in roles {
            add(.text(role, Box(x: Self.margin, y: cursor, width: contentWidth * 0.4, height: 14), font, .leading))
            let lineY = cursor + 12
            add(.line((Self.margin + contentWidth * 0.42, lineY), (Self.margin + contentWidth * 0.66, lineY)))
            add(.line((Self.margin + contentWidth * 0.70, lineY), (Self.margin + contentWidth, lineY)))
            add(.text("подпись", Box(x: Self.margin + contentWidth * 0.42, y: lineY + 1, width: contentWidth * 0.24, height: 8),
                      TextFont(size: 6.5), .center))
            add(.text("расшифровка подписи", Box(x: Self.margin + contentWidth * 0.70, y: lineY + 1, width: contentWidth * 0.30,
                                                 height: 8), TextFont(size: 6.5), .center))
            cursor += 30
        }
    }
}

struct ComposedPage {
    var size: PageSize
    var ops: [PageOp]
}

enum PageOp {
    case text(String, Box, TextFont, DocumentAlignment)
    case stroke(Box, dashed: Bool)
    case fill(Box, gray: Double)
    case line((Double, Double), (Double, Double))
}
