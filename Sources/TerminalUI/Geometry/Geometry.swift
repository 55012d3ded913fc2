/// A terminal position in columns (x) and rows (y), zero-based from the top left.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)

    public var description: String { "(\(x), \(y))" }
}

/// A size in terminal columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Size(width: 0, height: 0)

    /// True when this size is at least `other` in both directions; screens use
    /// it to decide whether to show a "terminal too small" message.
    public func covers(_ other: Size) -> Bool {
        width >= other.width && height >= other.height
    }

    public var description: String { "\(width)×\(height)" }
}

/// Horizontal placement of text inside a wider space.
public enum Alignment: Sendable, Hashable {
    case left, center, right
}
