/// A grid with frozen header rows on top and frozen leading columns on the left,
/// scrolling both ways under them, e.g. a class journal: the names stay on the
/// left, the dates on top, and the marks scroll.
///
/// Cells come from a closure, asked only for what is visible, so a table of
/// thousands of rows costs no more per frame than one screenful:
///
///     let grid = Table(columns: [TableColumn(width: 20)] + dates.map { _ in TableColumn(width: 4, alignment: .center) },
///                      headerRows: [[""] + dates.map { TableCell($0.short, style: $0.isToday ? .today : nil) }],
///                      rowCount: students.count, frozenColumns: 1) { row, column in
///         column == 0 ? TableCell(students[row].name) : TableCell(marks[row][column - 1], style: .markExcellent)
///     }
///     grid.render(in: body, buffer: &buffer, state: &gridState)   // scrolls to keep the selection visible
///     if gridState.handle(key, for: grid) == .ignored { ... }     // arrows, PgUp/PgDn, Home/End
///
/// Trailing frozen columns stay at the right edge while the middle scrolls
/// (a journal's average and final mark beside whichever dates are shown).
///
/// Styles: header rows `.header`, frozen body cells `.frozenColumn`, others
/// `.normal`, unless the cell names its own; the selected cell `.selected`; in cell
/// mode the selected row's leading frozen cells (or those `rowHeaderHighlight`
/// names) and the selected column's header `.selectedHeader`; the lines beside
/// the frozen columns `.border`.
public struct Table: StatefulWidget {
    public var columns: [TableColumn]
    public var headerRows: [[TableCell]]
    public var rowCount: Int
    public var frozenColumnCount: Int
    /// Columns at the end that stay at the right edge, after the scrolling ones.
    public var trailingFrozenColumnCount: Int
    /// Which frozen cells of the selected row are highlighted in cell mode.
    public var rowHeaderHighlight: RowHeaderHighlight
    /// How they are highlighted: `.selectedHeader`, or `.selected` to match the
    /// selected cell (the terminal then needs no new colours between the two).
    public var rowHeaderStyle: StyleRole = .selectedHeader
    public var selectionMode: TableSelectionMode
    /// Whether the selection is drawn as `.selected` or `.selectedInactive`.
    public var isFocused: Bool
    /// Blank columns between two columns.
    public var columnSpacing: Int
    /// Drawn between the frozen and the scrolling columns.
    public var frozenSeparator: Character
    public var cellProvider: (_ row: Int, _ column: Int) -> TableCell

    public init(columns: [TableColumn], headerRows: [[TableCell]] = [], rowCount: Int, frozenColumns: Int = 0,
                trailingFrozenColumns: Int = 0, selectionMode: TableSelectionMode = .cell, isFocused: Bool = true,
                columnSpacing: Int = 1, frozenSeparator: Character = "│", rowHeaderHighlight: RowHeaderHighlight = .frozenColumns,
                cell: @escaping (_ row: Int, _ column: Int) -> TableCell) {
        self.columns = columns
        self.headerRows = headerRows
        self.rowCount = max(0, rowCount)
        self.frozenColumnCount = min(max(0, frozenColumns), columns.count)
        self.trailingFrozenColumnCount = min(max(0, trailingFrozenColumns), columns.count - self.frozenColumnCount)
        self.rowHeaderHighlight = rowHeaderHighlight
        self.selectionMode = selectionMode
        self.isFocused = isFocused
        self.columnSpacing = max(0, columnSpacing)
        self.frozenSeparator = frozenSeparator
        self.cellProvider = cell
    }

    /// A table over ready-made rows; rows shorter than `columns` show blanks.
    public init(columns: [TableColumn], headerRows: [[TableCell]] = [], rows: [[TableCell]], frozenColumns: Int = 0,
                selectionMode: TableSelectionMode = .cell, isFocused: Bool = true, columnSpacing: Int = 1) {
        self.init(columns: columns, headerRows: headerRows, rowCount: rows.count, frozenColumns: frozenColumns,
                  selectionMode: selectionMode, isFocused: isFocused, columnSpacing: columnSpacing) { row, column in
            column < rows[row].count ? rows[row][column] : .empty
        }
    }

    /// The columns between the leading and the trailing frozen ones.
    public var scrollingColumns: Range<Int> {
        frozenColumnCount..<(columns.count - trailingFrozenColumnCount)
    }

    /// The columns a cell selection may rest on: the scrolling ones, or all when
    /// nothing scrolls.
    public var selectableColumns: Range<Int> {
        scrollingColumns.isEmpty ? 0..<columns.count : scrollingColumns
    }

    func isFrozen(_ column: Int) -> Bool {
        !scrollingColumns.contains(column)
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout TableState) {
        buffer.fill(area, style: .normal)
        let bodyHeight = max(0, area.height - headerRows.count)
        state.visibleRows = bodyHeight
        state.clamp(to: self)
        state.rowOffset = ScrollMath.offset(keeping: selectionMode == .none ? state.rowOffset : state.selectedRow,
                                            visible: bodyHeight, current: state.rowOffset, count: rowCount)
        let layout = TableLayout(table: self, area: area, state: &state)
        for (index, header) in headerRows.enumerated() where index < area.height {
            renderRow(at: area.y + index, layout: layout, buffer: &buffer) { column in
                headerCell(header, column: column, state: state)
            }
        }
        for line in 0..<max(0, min(bodyHeight, rowCount - state.rowOffset)) {
            let row = state.rowOffset + line
            let isSelectedRow = selectionMode == .row && row == state.selectedRow
            if isSelectedRow { buffer.fill(area.row(headerRows.count + line), style: selectionStyle) }
            renderRow(at: area.y + headerRows.count + line, layout: layout, buffer: &buffer,
                      separatorStyle: isSelectedRow ? selectionStyle : .border) { column in
                bodyCell(row: row, column: column, state: state)
            }
        }
    }

    private var selectionStyle: StyleRole { isFocused ? .selected : .selectedInactive }

    private func renderRow(at y: Int, layout: TableLayout, buffer: inout Buffer, separatorStyle: StyleRole = .border,
                           cell: (Int) -> (String, StyleRole, Alignment)) {
        for placement in layout.placements {
            let (text, style, alignment) = cell(placement.column)
            let clip = Rect(x: placement.x, y: y, width: placement.visibleWidth, height: 1)
            buffer.write(TextFitting.fit(text, width: columns[placement.column].width, alignment: alignment),
                         at: clip.origin, style: style, clip: clip)
        }
        for separatorX in [layout.frozenSeparatorX, layout.trailingSeparatorX].compactMap({ $0 }) {
            buffer.write(String(frozenSeparator), at: Point(x: separatorX, y: y), style: separatorStyle)
        }
    }

    private func headerCell(_ header: [TableCell], column: Int, state: TableState) -> (String, StyleRole, Alignment) {
        let cell = column < header.count ? header[column] : .empty
        let highlighted = selectionMode == .cell && column == state.selectedColumn && !isFrozen(column)
        let style = cell.style ?? (highlighted ? .selectedHeader : .header)
        return (cell.text, style, cell.alignment ?? columns[column].alignment)
    }

    private func bodyCell(row: Int, column: Int, state: TableState) -> (String, StyleRole, Alignment) {
        let cell = cellProvider(row, column)
        let alignment = cell.alignment ?? columns[column].alignment
        let isSelectedRow = row == state.selectedRow
        switch selectionMode {
        case .row where isSelectedRow:
            return (cell.text, selectionStyle, alignment)
        case .cell where isSelectedRow && column == state.selectedColumn:
            return (cell.text, selectionStyle, alignment)
        case .cell where isSelectedRow && rowHeaderHighlight.covers(column, frozenColumns: frozenColumnCount):
            return (cell.text, rowHeaderStyle, alignment)
        default:
            return (cell.text, cell.style ?? (isFrozen(column) ? .frozenColumn : .normal), alignment)
        }
    }
}
