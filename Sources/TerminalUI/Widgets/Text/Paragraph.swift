/// Lines of styled text, optionally word-wrapped, aligned and scrolled. Used for
/// messages ("the terminal is too small"), dialog bodies and help.
public struct Paragraph: Widget {
    public var lines: [Line]
    public var style: StyleRole
    public var alignment: Alignment
    /// First line shown; for scrolling long text.
    public var scrollOffset: Int

    public init(_ lines: [Line], style: StyleRole = .normal, alignment: Alignment = .left, scrollOffset: Int = 0) {
        self.lines = lines
        self.style = style
        self.alignment = alignment
        self.scrollOffset = scrollOffset
    }

    /// Plain text wrapped at spaces to `width` columns.
    public init(wrapping text: String, width: Int, style: StyleRole = .normal, alignment: Alignment = .left) {
        self.init(TextFitting.wrap(text, width: width).map { Line($0) }, style: style, alignment: alignment)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: style)
        for (row, line) in lines.dropFirst(max(0, scrollOffset)).prefix(area.height).enumerated() {
            let spare = max(0, area.width - line.width)
            let indent = alignment == .center ? spare / 2 : (alignment == .right ? spare : 0)
            buffer.write(line, at: Point(x: area.x + indent, y: area.y + row), style: style, clip: area)
        }
    }
}
