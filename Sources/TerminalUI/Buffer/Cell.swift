/// One terminal cell: a grapheme cluster and its style role. A wide grapheme
/// (CJK, emoji) takes its own cell plus a continuation cell to its right, which
/// holds no text of its own; that way cell x is always terminal column x.
public struct Cell: Hashable, Sendable {
    public private(set) var grapheme: Character
    public var style: StyleRole
    /// True for the right half of a wide grapheme.
    public private(set) var isContinuation: Bool
    /// Columns the grapheme takes: 1 or 2; 0 for a continuation cell.
    public private(set) var width: Int8

    /// A cell showing `grapheme`; controls become `DisplayWidth.replacement` and
    /// zero-width graphemes a space, so no cell can upset the terminal.
    public init(_ grapheme: Character = " ", style: StyleRole = .normal) {
        let printable = DisplayWidth.printable(grapheme)
        let measured = DisplayWidth.of(printable)
        self.grapheme = measured == 0 ? " " : printable
        self.style = style
        self.isContinuation = false
        self.width = Int8(measured == 0 ? 1 : measured)
    }

    /// For callers that already measured `grapheme` (printable, width 1 or 2).
    init(measured grapheme: Character, width: Int, style: StyleRole) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = false
        self.width = Int8(width)
    }

    public static func continuation(style: StyleRole) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        cell.width = 0
        return cell
    }

    public static let blank = Cell()
}
