/// A column of a `Table`: its width in terminal columns and how text sits in it.
public struct TableColumn: Hashable, Sendable {
    public var width: Int
    public var alignment: Alignment

    public init(width: Int, alignment: Alignment = .left) {
        self.width = max(0, width)
        self.alignment = alignment
    }
}

/// The text and style of one table cell. Text longer than the column is cut with "…".
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    /// Nil takes the table's default for the cell's place (header, frozen, body).
    public var style: StyleRole?
    /// Nil takes the column's alignment.
    public var alignment: Alignment?

    public init(_ text: String, style: StyleRole? = nil, alignment: Alignment? = nil) {
        self.text = text
        self.style = style
        self.alignment = alignment
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public static let empty = TableCell("")
}

/// What a table's selection covers.
public enum TableSelectionMode: Hashable, Sendable {
    /// One cell; ← → move between the scrolling columns (a class grid).
    case cell
    /// A whole row; ← → scroll the columns (a list of lessons or accounts).
    case row
    /// No selection; the arrows only scroll.
    case none
}

/// Which of the selected row's cells are drawn as `.selectedHeader` in cell
/// mode, so the eye finds the row. Fewer cells cost fewer bytes when the
/// selection moves over a slow link.
public enum RowHeaderHighlight: Hashable, Sendable {
    /// Every leading frozen cell (the whole name).
    case frozenColumns
    /// Only the first column (a row number).
    case firstColumn
    case none

    func covers(_ column: Int, frozenColumns: Int) -> Bool {
        switch self {
        case .frozenColumns: column < frozenColumns
        case .firstColumn: column == 0 && frozenColumns > 0
        case .none: false
        }
    }
}
