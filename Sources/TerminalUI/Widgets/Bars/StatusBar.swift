/// One row with text on the left and optional text on the right, e.g. the title
/// bar (school · user · date) or the status line (what the last action did). The
/// right part wins when space is short, because it usually holds the clock or a
/// counter that must stay readable.
public struct StatusBar: Widget {
    public var left: Line
    public var right: Line
    public var style: StyleRole

    public init(_ left: Line, right: Line = "", style: StyleRole = .statusLine) {
        self.left = left
        self.right = right
        self.style = style
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let row = area.top(1)
        guard !row.isEmpty else { return }
        buffer.fill(row, style: style)
        let rightWidth = min(right.width, row.width)
        let rightX = row.maxX - rightWidth
        let leftClip = row.left(max(0, rightX - row.x - (rightWidth > 0 ? 1 : 0)))
        buffer.write(left, at: row.origin, style: style, clip: leftClip)
        buffer.write(right, at: Point(x: rightX, y: row.y), style: style, clip: row)
    }
}
