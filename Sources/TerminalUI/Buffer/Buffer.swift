/// A grid of cells that widgets draw into and a backend puts on the screen.
///
/// Each frame an application draws a fresh buffer from its state, then hands it to
/// `TerminalBackend.draw(_:)`, which sends only the cells that differ from the last
/// frame (`changedRuns(since:)`). Writing measures display width, clips to the
/// buffer and to an optional rectangle, and repairs wide graphemes that get half
/// overwritten, so the grid always matches the terminal's columns.
///
/// Tests read a buffer back with `lines()` and `self[x, y].style`.
public struct Buffer: Equatable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be after drawing; nil hides it.
    public var cursor: Point?

    public init(size: Size, filledWith cell: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: cell, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { put(newValue, x: x, y: y) }
    }

    public subscript(point: Point) -> Cell {
        get { self[point.x, point.y] }
        set { self[point.x, point.y] = newValue }
    }

    /// Writes `text` from `origin` on one row in `style`, clipped to `clip` (and
    /// the buffer). Returns the column after the last one written to, for
    /// chaining; text left of the clip is skipped, not shifted.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, at origin: Point, style: StyleRole = .normal, clip: Rect? = nil) -> Int {
        let bounds = clip.map { $0.intersection(area) } ?? area
        guard bounds.rows.contains(origin.y) else { return origin.x + DisplayWidth.of(text) }
        var x = origin.x
        for character in text {
            let printable = DisplayWidth.printable(character)
            let width = DisplayWidth.of(printable)
            if width == 0 { continue }
            if x + width > bounds.maxX { break }
            if x >= bounds.x {
                put(Cell(measured: printable, width: width, style: style), x: x, y: origin.y)
            } else if x + width > bounds.x {
                for column in bounds.x..<(x + width) { put(Cell(" ", style: style), x: column, y: origin.y) }
            }
            x += width
        }
        return x
    }

    /// Writes the spans of `line` one after another; a span without a style takes `style`.
    @discardableResult
    public mutating func write(_ line: Line, at origin: Point, style: StyleRole = .normal, clip: Rect? = nil) -> Int {
        var x = origin.x
        for span in line.spans {
            x = write(span.text, at: Point(x: x, y: origin.y), style: span.style ?? style, clip: clip)
        }
        return x
    }

    /// Fills `rect` (clipped to the buffer) with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: StyleRole = .normal) {
        let target = rect.intersection(area)
        let cell = Cell(character, style: style)
        guard cell.width == 1 else { return }
        for y in target.rows {
            for x in target.columns { put(cell, x: x, y: y) }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the text.
    public mutating func setStyle(_ style: StyleRole, in rect: Rect) {
        let target = rect.intersection(area)
        for y in target.rows {
            for x in target.columns { cells[y * size.width + x].style = style }
        }
    }

    /// The text of one row as the terminal shows it (a wide grapheme once).
    public func line(_ y: Int) -> String {
        var text = ""
        let start = y * size.width
        for index in start..<(start + size.width) where !cells[index].isContinuation {
            text.append(cells[index].grapheme)
        }
        return text
    }

    /// The text of every row; trailing spaces kept, so rows line up.
    public func lines() -> [String] {
        (0..<size.height).map(line)
    }

    /// Copies `other` onto this buffer with its top left at `origin`.
    public mutating func paste(_ other: Buffer, at origin: Point) {
        for y in 0..<other.size.height {
            for x in 0..<other.size.width where !other[x, y].isContinuation {
                let target = Point(x: origin.x + x, y: origin.y + y)
                if area.contains(target) { self[target] = other[x, y] }
            }
        }
    }

    /// Stores `cell` at (x, y). A wide cell also claims the column to its right.
    /// A wide grapheme whose other half is overwritten turns into spaces, so no
    /// half of it remains on screen. Continuation cells are made here only.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height, !cell.isContinuation else { return }
        if cell.width == 2 && x + 1 >= size.width {
            put(Cell(" ", style: cell.style), x: x, y: y)
            return
        }
        let index = y * size.width + x
        breakWideGrapheme(at: index, x: x)
        cells[index] = cell
        if cell.width == 2 {
            breakWideGrapheme(at: index + 1, x: x + 1)
            cells[index + 1] = .continuation(style: cell.style)
        }
    }

    /// Blanks the other half of a wide grapheme that occupies `index`.
    private mutating func breakWideGrapheme(at index: Int, x: Int) {
        let old = cells[index]
        if old.isContinuation && x > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        } else if old.width == 2 && x + 1 < size.width {
            cells[index + 1] = Cell(" ", style: old.style)
        }
    }
}
