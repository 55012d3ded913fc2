/// The characters of a box border.
public struct BorderSet: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character

    public static let single = BorderSet(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    public static let double = BorderSet(horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝")
}

/// A box border with an optional title in its top edge. Draw the frame, then the
/// content into `inner(of:)`.
public struct Frame: Widget {
    public var title: String?
    public var border: BorderSet
    public var style: StyleRole
    public var titleStyle: StyleRole
    /// Whether the inside is cleared to `style`; dialogs need it, screens whose
    /// content fills the inside anyway do not.
    public var fillsInside: Bool

    public init(title: String? = nil, border: BorderSet = .single, style: StyleRole = .border,
                titleStyle: StyleRole = .title, fillsInside: Bool = false) {
        self.title = title
        self.border = border
        self.style = style
        self.titleStyle = titleStyle
        self.fillsInside = fillsInside
    }

    /// The area inside the border.
    public func inner(of area: Rect) -> Rect {
        area.inset(by: 1)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        if fillsInside { buffer.fill(inner(of: area), style: style) }
        let horizontal = String(repeating: border.horizontal, count: area.width - 2)
        buffer.write(String(border.topLeft) + horizontal + String(border.topRight), at: area.origin, style: style)
        buffer.write(String(border.bottomLeft) + horizontal + String(border.bottomRight),
                     at: Point(x: area.x, y: area.maxY - 1), style: style)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write(String(border.vertical), at: Point(x: area.x, y: y), style: style)
            buffer.write(String(border.vertical), at: Point(x: area.maxX - 1, y: y), style: style)
        }
        renderTitle(in: area, buffer: &buffer)
    }

    private func renderTitle(in area: Rect, buffer: inout Buffer) {
        guard let title, !title.isEmpty, area.width > 4 else { return }
        let text = " " + TextFitting.truncate(title, toWidth: area.width - 4) + " "
        let x = area.x + (area.width - DisplayWidth.of(text)) / 2
        buffer.write(text, at: Point(x: x, y: area.y), style: titleStyle)
    }
}
