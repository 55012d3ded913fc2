/// Selection and scroll position of a `Table`, kept by the screen between frames.
/// Rendering scrolls it to keep the selection visible and records the page height.
public struct TableState: Hashable, Sendable {
    public var selectedRow: Int
    /// An index into all the table's columns, frozen ones included.
    public var selectedColumn: Int
    /// The first body row shown under the header rows.
    public var rowOffset: Int
    /// The first scrolling column shown right of the frozen columns.
    public var columnOffset: Int
    /// Body rows shown in the last render, for PgUp/PgDn.
    public internal(set) var visibleRows: Int

    public init(selectedRow: Int = 0, selectedColumn: Int = 0, rowOffset: Int = 0, columnOffset: Int = 0) {
        self.selectedRow = selectedRow
        self.selectedColumn = selectedColumn
        self.rowOffset = rowOffset
        self.columnOffset = columnOffset
        self.visibleRows = 10
    }

    /// Arrows, PgUp/PgDn move the selection; Home/End go to the first/last
    /// scrolling column. In row mode ← → scroll the columns instead.
    public mutating func handle(_ key: Key, for table: Table) -> KeyResult {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            moveVertically(key, table: table)
        case .left, .right, .home, .end:
            moveHorizontally(key, table: table)
        default:
            return .ignored
        }
        clamp(to: table)
        return .handled
    }

    /// Puts the selection on a cell; rendering scrolls to it.
    public mutating func select(row: Int, column: Int) {
        selectedRow = row
        selectedColumn = column
    }

    /// Keeps the selection inside the table after its size changed.
    public mutating func clamp(to table: Table) {
        selectedRow = min(max(0, selectedRow), max(0, table.rowCount - 1))
        let selectable = table.selectableColumns
        if !selectable.isEmpty {
            selectedColumn = min(max(selectable.lowerBound, selectedColumn), selectable.upperBound - 1)
        }
        rowOffset = min(max(0, rowOffset), max(0, table.rowCount - 1))
    }

    private mutating func moveVertically(_ key: Key, table: Table) {
        if table.selectionMode == .none {
            rowOffset = ScrollMath.move(rowOffset, by: key, count: max(1, table.rowCount - visibleRows + 1), page: visibleRows) ?? rowOffset
        } else if let moved = ScrollMath.move(selectedRow, by: key, count: table.rowCount, page: visibleRows) {
            selectedRow = moved
        }
    }

    private mutating func moveHorizontally(_ key: Key, table: Table) {
        let selectable = table.selectableColumns
        guard !selectable.isEmpty else { return }
        if table.selectionMode == .cell {
            switch key {
            case .left: selectedColumn -= 1
            case .right: selectedColumn += 1
            case .home: selectedColumn = selectable.lowerBound
            default: selectedColumn = selectable.upperBound - 1
            }
        } else {
            let first = table.frozenColumnCount
            let last = max(first, table.scrollingColumns.upperBound - 1)
            switch key {
            case .left: columnOffset = max(first, columnOffset - 1)
            case .right: columnOffset = min(last, columnOffset + 1)
            case .home: columnOffset = first
            default: columnOffset = last
            }
        }
    }
}
