/// A horizontal run of changed cells, what a backend writes in one go.
public struct CellRun: Equatable, Sendable {
    public var origin: Point
    public var cells: [Cell]

    public init(origin: Point, cells: [Cell]) {
        self.origin = origin
        self.cells = cells
    }

    /// The run's text as drawn (a wide grapheme once).
    public var text: String {
        String(cells.filter { !$0.isContinuation }.map(\.grapheme))
    }
}

extension Buffer {
    /// The runs of cells that differ from `previous`, row by row, left to right.
    /// Everything when there is no previous frame or its size differs. A run never
    /// starts on the right half of a wide grapheme: it takes in the left half.
    public func changedRuns(since previous: Buffer?) -> [CellRun] {
        guard let previous, previous.size == size else { return wholeRows() }
        var runs: [CellRun] = []
        for y in 0..<size.height {
            appendChangedRuns(ofRow: y, comparedWith: previous, to: &runs)
        }
        return runs
    }

    /// How many cells differ from `previous`: what a keystroke costs on the wire.
    public func changedCellCount(since previous: Buffer?) -> Int {
        changedRuns(since: previous).reduce(0) { $0 + $1.cells.count }
    }

    private func wholeRows() -> [CellRun] {
        (0..<size.height).map { y in
            CellRun(origin: Point(x: 0, y: y), cells: Array(cells[(y * size.width)..<((y + 1) * size.width)]))
        }
    }

    private func appendChangedRuns(ofRow y: Int, comparedWith previous: Buffer, to runs: inout [CellRun]) {
        let start = y * size.width
        var x = 0
        while x < size.width {
            guard cells[start + x] != previous.cells[start + x] else {
                x += 1
                continue
            }
            var runStart = x
            if cells[start + x].isContinuation && x > 0 { runStart = x - 1 }
            while x < size.width && (cells[start + x] != previous.cells[start + x] || cells[start + x].isContinuation) {
                x += 1
            }
            runs.append(CellRun(origin: Point(x: runStart, y: y), cells: Array(cells[(start + runStart)..<(start + x)])))
        }
    }
}
