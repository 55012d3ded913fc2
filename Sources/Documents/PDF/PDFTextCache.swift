import CCairoPango

/// Text shaped once and drawn wherever it recurs. Shaping a string with pango
/// (itemizing, looking the font up, wrapping) is what printing a journal
/// spends its time on, and a journal is the same few strings again and again:
/// «5», «н», «—», the dates, the header, each student's name in every
/// subject's journal of the class. So a layout is kept by its text, width,
/// font and alignment: measuring a cell and drawing it use the same one, and
/// the next document printed with the same cache finds it shaped already.
///
/// One pango context serves every layout: it is made from the first PDF
/// page's cairo context, as `pango_cairo_create_layout` would make one per
/// call, and every PDF surface has the same font options. Not for sharing
/// between threads: one cache per printing loop.
public final class PDFTextCache {
    /// Layouts kept before all are let go: a few megabytes, and still every
    /// string of a class's journals of a period.
    let limit: Int
    private var context: OpaquePointer?
    private var fonts: [TextFont: OpaquePointer] = [:]
    private var layouts: [LayoutKey: OpaquePointer] = [:]

    public init(limit: Int = 6_000) {
        self.limit = max(1, limit)
    }

    deinit {
        for layout in layouts.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        for description in fonts.values { pango_font_description_free(description) }
        if let context { g_object_unref(UnsafeMutableRawPointer(context)) }
    }

    var count: Int { layouts.count }

    /// The layout of `text` wrapped into `width` points, made on first use
    /// with the pango context of `cr`.
    func layout(_ text: String, width: Double, font: TextFont, alignment: DocumentAlignment,
                on cr: OpaquePointer) -> OpaquePointer {
        let key = LayoutKey(text: text, width: Int32(max(1, width) * Double(ZH_PANGO_SCALE)), font: font, alignment: alignment)
        if let layout = layouts[key] { return layout }
        if layouts.count >= limit { forgetLayouts() }
        let layout = pango_layout_new(pangoContext(cr))!
        pango_layout_set_font_description(layout, description(font))
        pango_layout_set_width(layout, key.width)
        pango_layout_set_wrap(layout, Int32(ZH_PANGO_WRAP_WORD_CHAR))
        switch alignment {
        case .leading: pango_layout_set_alignment(layout, Int32(ZH_PANGO_ALIGN_LEFT))
        case .center: pango_layout_set_alignment(layout, Int32(ZH_PANGO_ALIGN_CENTER))
        case .trailing: pango_layout_set_alignment(layout, Int32(ZH_PANGO_ALIGN_RIGHT))
        }
        pango_layout_set_text(layout, text, -1)
        layouts[key] = layout
        return layout
    }

    private func pangoContext(_ cr: OpaquePointer) -> OpaquePointer {
        if let context { return context }
        let made = pango_cairo_create_context(cr)!
        context = made
        return made
    }

    private func description(_ font: TextFont) -> OpaquePointer {
        if let description = fonts[font] { return description }
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, PDFCanvas.fontFamily)
        pango_font_description_set_weight(description, font.bold ? Int32(ZH_PANGO_WEIGHT_BOLD) : Int32(ZH_PANGO_WEIGHT_NORMAL))
        pango_font_description_set_absolute_size(description, font.size * Double(ZH_PANGO_SCALE))
        fonts[font] = description
        return description
    }

    private func forgetLayouts() {
        for layout in layouts.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        layouts.removeAll(keepingCapacity: true)
    }
}

private struct LayoutKey: Hashable {
    var text: String
    /// Pango units, as the layout holds it.
    var width: Int32
    var font: TextFont
    var alignment: DocumentAlignment
}
