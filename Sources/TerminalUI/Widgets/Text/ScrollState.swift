/// The scroll position of read-only text (help, a report on screen).
public struct ScrollState: Hashable, Sendable {
    public var offset: Int
    /// Rows shown in the last render, for PgUp/PgDn.
    public internal(set) var visibleRows: Int

    public init(offset: Int = 0) {
        self.offset = offset
        self.visibleRows = 10
    }

    /// ↑ ↓ PgUp PgDn Home End scroll; other keys are ignored.
    public mutating func handle(_ key: Key, lineCount: Int) -> KeyResult {
        let last = max(0, lineCount - visibleRows)
        switch key {
        case .home: offset = 0
        case .end: offset = last
        default:
            guard let moved = ScrollMath.move(offset, by: key, count: last + 1, page: visibleRows) else { return .ignored }
            offset = moved
        }
        return .handled
    }
}
