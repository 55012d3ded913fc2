import CCairoPango

/// The one place that talks to cairo and pango: a PDF surface, text measured
/// and drawn with pango in DejaVu Sans (Cyrillic, embedded and subset by
/// cairo), lines and shaded boxes. Units are PDF points (1/72 inch).
final class PDFCanvas {
    static let fontFamily = "DejaVu Sans"

    private let surface: OpaquePointer
    private let cr: OpaquePointer
    /// Shaped text, kept past this document when the caller prints many.
    private let texts: PDFTextCache

    init(path: String, size: PageSize, texts: PDFTextCache = PDFTextCache()) throws {
        guard let surface = cairo_pdf_surface_create(path, size.width, size.height) else {
            throw DocumentError.cannotWrite(path: path, reason: "cairo")
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            let reason = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            cairo_surface_destroy(surface)
            throw DocumentError.cannotWrite(path: path, reason: reason)
        }
        self.surface = surface
        self.cr = cr
        self.texts = texts
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    func setMetadata(title: String, creator: String) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
    }

    /// The height `text` takes wrapped into `width`; measured with the
    /// alignment it will be drawn with, the drawing finds it shaped.
    func measure(_ text: String, width: Double, font: TextFont, alignment: DocumentAlignment = .leading) -> Double {
        withLayout(text, width: width, font: font, alignment: alignment) { layout in
            var w: Int32 = 0, h: Int32 = 0
            pango_layout_get_size(layout, &w, &h)
            return Double(h) / Double(ZH_PANGO_SCALE)
        }
    }

    func drawText(_ text: String, x: Double, y: Double, width: Double, font: TextFont, alignment: DocumentAlignment) {
        withLayout(text, width: width, font: font, alignment: alignment) { layout in
            cairo_set_source_rgb(cr, 0, 0, 0)
            cairo_move_to(cr, x, y)
            pango_cairo_show_layout(cr, layout)
        }
    }

    func strokeRect(_ rect: Box, lineWidth: Double = 0.5, dashed: Bool = false) {
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_width(cr, lineWidth)
        if dashed {
            var dashes: [Double] = [3, 2]
            cairo_set_dash(cr, &dashes, 2, 0)
        }
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_stroke(cr)
        if dashed { cairo_set_dash(cr, nil, 0, 0) }
    }

    func fillRect(_ rect: Box, gray: Double) {
        cairo_set_source_rgb(cr, gray, gray, gray)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cr)
    }

    func line(from: (Double, Double), to: (Double, Double), lineWidth: Double = 0.5) {
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_width(cr, lineWidth)
        cairo_move_to(cr, from.0, from.1)
        cairo_line_to(cr, to.0, to.1)
        cairo_stroke(cr)
    }

    /// Ends the page; the next one takes `size` (portrait and landscape pages
    /// may follow each other).
    func nextPage(size: PageSize) {
        cairo_show_page(cr)
        cairo_pdf_surface_set_size(surface, size.width, size.height)
    }

    func finish(path: String) throws {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw DocumentError.cannotWrite(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }

    private func withLayout<T>(_ text: String, width: Double, font: TextFont, alignment: DocumentAlignment,
                               _ body: (OpaquePointer) -> T) -> T {
        body(texts.layout(text, width: width, font: font, alignment: alignment, on: cr))
    }
}

struct TextFont: Hashable {
    var size: Double
    var bold: Bool = false
}

struct Box: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}

/// A4 in points.
struct PageSize: Equatable {
    var width: Double
    var height: Double

    static func a4(_ orientation: PageOrientation) -> PageSize {
        orientation == .portrait ? PageSize(width: 595.28, height: 841.89) : PageSize(width: 841.89, height: 595.28)
    }
}
