/// A rectangle of terminal cells. Layout is done by carving rectangles out of the
/// screen's area (`top(_:)`, `removingTop(_:)`, `inset(by:)`, `centered(_:)`),
/// never by absolute coordinates, so screens adapt to any terminal size.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(origin: Point, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var origin: Point { Point(x: x, y: y) }
    public var size: Size { Size(width: width, height: height) }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var rows: Range<Int> { y..<maxY }
    public var columns: Range<Int> { x..<maxX }

    public func contains(_ point: Point) -> Bool {
        columns.contains(point.x) && rows.contains(point.y)
    }

    /// The common part of two rectangles; empty (zero size) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    public func inset(horizontal: Int, vertical: Int) -> Rect {
        Rect(x: x + horizontal, y: y + vertical,
             width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// The first `count` rows (fewer when the rectangle is shorter).
    public func top(_ count: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: min(max(0, count), height))
    }

    /// The last `count` rows.
    public func bottom(_ count: Int) -> Rect {
        let taken = min(max(0, count), height)
        return Rect(x: x, y: maxY - taken, width: width, height: taken)
    }

    public func removingTop(_ count: Int) -> Rect {
        let taken = min(max(0, count), height)
        return Rect(x: x, y: y + taken, width: width, height: height - taken)
    }

    public func removingBottom(_ count: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - min(max(0, count), height))
    }

    public func left(_ count: Int) -> Rect {
        Rect(x: x, y: y, width: min(max(0, count), width), height: height)
    }

    public func removingLeft(_ count: Int) -> Rect {
        let taken = min(max(0, count), width)
        return Rect(x: x + taken, y: y, width: width - taken, height: height)
    }

    /// One row of this rectangle, counted from its top.
    public func row(_ index: Int) -> Rect {
        Rect(x: x, y: y + index, width: width, height: index >= 0 && index < height ? 1 : 0)
    }

    /// A rectangle of `size` centred in this one, shrunk to fit when too big.
    public func centered(_ size: Size) -> Rect {
        let w = min(size.width, width), h = min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    public var description: String { "Rect(x: \(x), y: \(y), \(width)×\(height))" }
}
