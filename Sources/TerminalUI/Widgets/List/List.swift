/// A vertical list of one-line items with a selection bar, scrolling to keep the
/// selection visible. Selection and scroll position live in `ListState`.
///
///     List(items: lessons.map { ListItem($0.title) }).render(in: body, buffer: &buffer, state: &listState)
///     if listState.handle(key, itemCount: lessons.count) == .ignored { ... }
public struct List: StatefulWidget {
    public var items: [ListItem]
    public var style: StyleRole
    /// Whether the selection is drawn as `.selected` (focused) or `.selectedInactive`.
    public var isFocused: Bool

    public init(items: [ListItem], style: StyleRole = .normal, isFocused: Bool = true) {
        self.items = items
        self.style = style
        self.isFocused = isFocused
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout ListState) {
        buffer.fill(area, style: style)
        state.visibleRows = area.height
        state.clamp(itemCount: items.count)
        state.offset = ScrollMath.offset(keeping: state.selected ?? state.offset, visible: area.height,
                                         current: state.offset, count: items.count)
        for row in 0..<max(0, min(area.height, items.count - state.offset)) {
            let index = state.offset + row
            let rowArea = area.row(row)
            if index == state.selected {
                let highlight: StyleRole = isFocused ? .selected : .selectedInactive
                buffer.fill(rowArea, style: highlight)
                buffer.write(items[index].line.plainText, at: rowArea.origin, style: highlight, clip: rowArea)
            } else {
                buffer.write(items[index].line, at: rowArea.origin, style: items[index].style ?? style, clip: rowArea)
            }
        }
    }
}

/// One row of a `List`.
public struct ListItem: Hashable, Sendable, ExpressibleByStringLiteral {
    public var line: Line
    public var style: StyleRole?

    public init(_ line: Line, style: StyleRole? = nil) {
        self.line = line
        self.style = style
    }

    public init(_ text: String, style: StyleRole? = nil) {
        self.init(Line(text), style: style)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}
