/// Where each visible column of a table goes for one frame, after moving the
/// horizontal scroll position (`TableState.columnOffset`) so that the selected
/// column is fully visible and no space is wasted on the right. Trailing frozen
/// columns follow the last scrolling column shown, at the right edge at most.
struct TableLayout {
    struct Placement {
        var column: Int
        var x: Int
        /// Less than the column's width for a column cut by the right edge.
        var visibleWidth: Int
    }

    var placements: [Placement] = []
    var frozenSeparatorX: Int?
    var trailingSeparatorX: Int?

    init(table: Table, area: Rect, state: inout TableState) {
        var x = area.x
        for column in 0..<table.frozenColumnCount where x < area.maxX {
            place(column, width: table.columns[column].width, at: &x, spacing: table.columnSpacing, limit: area.maxX)
        }
        let scrolling = table.scrollingColumns
        guard !scrolling.isEmpty else { return }
        if table.frozenColumnCount > 0, x > area.x {
            x -= table.columnSpacing
            if x < area.maxX { frozenSeparatorX = x }
            x += 1
        }
        let trailing = scrolling.upperBound..<table.columns.count
        let right = max(x, area.maxX - Self.trailingWidth(of: table, trailing))
        state.columnOffset = Self.offset(table: table, state: state, room: right - x)
        for column in state.columnOffset..<scrolling.upperBound where x < right {
            // Before trailing columns a half-shown column would read as another value.
            if !trailing.isEmpty && x + table.columns[column].width > right { break }
            place(column, width: table.columns[column].width, at: &x, spacing: table.columnSpacing, limit: right)
        }
        guard !trailing.isEmpty else { return }
        x = min(right, x - table.columnSpacing)
        if x < area.maxX { trailingSeparatorX = x }
        x += 1
        for column in trailing where x < area.maxX {
            place(column, width: table.columns[column].width, at: &x, spacing: table.columnSpacing, limit: area.maxX)
        }
    }

    private mutating func place(_ column: Int, width: Int, at x: inout Int, spacing: Int, limit: Int) {
        placements.append(Placement(column: column, x: x, visibleWidth: min(width, limit - x)))
        x += width + spacing
    }

    /// The trailing columns with the spacing between them and their separator.
    private static func trailingWidth(of table: Table, _ trailing: Range<Int>) -> Int {
        trailing.isEmpty ? 0 : width(of: table, from: trailing.lowerBound, through: trailing.upperBound - 1) + 1
    }

    /// The first scrolling column to show so the selected one fits in `room`.
    private static func offset(table: Table, state: TableState, room: Int) -> Int {
        let first = table.frozenColumnCount
        let last = table.scrollingColumns.upperBound - 1
        var offset = min(max(first, state.columnOffset), last)
        if table.selectionMode == .cell && table.selectableColumns.contains(state.selectedColumn) && state.selectedColumn >= first {
            let selected = state.selectedColumn
            if selected < offset { offset = selected }
            while offset < selected && width(of: table, from: offset, through: selected) > room { offset += 1 }
        }
        while offset > first && width(of: table, from: offset - 1, through: last) <= room { offset -= 1 }
        return offset
    }

    /// Columns from `start` through `end` with the spacing between them.
    private static func width(of table: Table, from start: Int, through end: Int) -> Int {
        guard start <= end else { return 0 }
        let widths = table.columns[start...end].reduce(0) { $0 + $1.width }
        return widths + table.columnSpacing * (end - start)
    }
}
