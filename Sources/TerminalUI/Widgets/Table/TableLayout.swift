/// Where each visible column of a table goes for one frame, after moving the
/// horizontal scroll position (`TableState.columnOffset`) so that the selected
/// column is fully visible and no space is wasted on the right.
struct TableLayout {
    struct Placement {
        var column: Int
        var x: Int
        /// Less than the column's width for a column cut by the right edge.
        var visibleWidth: Int
    }

    var placements: [Placement] = []
    var frozenSeparatorX: Int?

    init(table: Table, area: Rect, state: inout TableState) {
        var x = area.x
        for column in 0..<table.frozenColumnCount where x < area.maxX {
            place(column, width: table.columns[column].width, at: &x, spacing: table.columnSpacing, area: area)
        }
        let scrolling = table.frozenColumnCount..<table.columns.count
        guard !scrolling.isEmpty else { return }
        if table.frozenColumnCount > 0, x > area.x {
            x -= table.columnSpacing
            if x < area.maxX { frozenSeparatorX = x }
            x += 1
        }
        let room = area.maxX - x
        state.columnOffset = Self.offset(table: table, state: state, room: room)
        for column in state.columnOffset..<table.columns.count where x < area.maxX {
            place(column, width: table.columns[column].width, at: &x, spacing: table.columnSpacing, area: area)
        }
    }

    private mutating func place(_ column: Int, width: Int, at x: inout Int, spacing: Int, area: Rect) {
        placements.append(Placement(column: column, x: x, visibleWidth: min(width, area.maxX - x)))
        x += width + spacing
    }

    /// The first scrolling column to show so the selected one fits in `room`.
    private static func offset(table: Table, state: TableState, room: Int) -> Int {
        let first = table.frozenColumnCount
        let last = table.columns.count - 1
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
