/// Selection and scroll position of a `List`, kept by the screen between frames.
public struct ListState: Hashable, Sendable {
    /// The selected item; nil when the list is empty or nothing is chosen.
    public var selected: Int?
    /// The first visible item.
    public var offset: Int
    /// Rows shown in the last render, for PgUp/PgDn.
    public internal(set) var visibleRows: Int

    public init(selected: Int? = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
        self.visibleRows = 10
    }

    /// Moves the selection with ↑ ↓ PgUp PgDn Home End; other keys are ignored.
    public mutating func handle(_ key: Key, itemCount: Int) -> KeyResult {
        guard itemCount > 0 else { return key.isListMovement ? .handled : .ignored }
        let current = min(selected ?? 0, itemCount - 1)
        switch key {
        case .home: selected = 0
        case .end: selected = itemCount - 1
        default:
            guard let moved = ScrollMath.move(current, by: key, count: itemCount, page: visibleRows) else { return .ignored }
            selected = moved
        }
        return .handled
    }

    /// Keeps the selection valid after the items changed (deleted, filtered).
    public mutating func clamp(itemCount: Int) {
        guard itemCount > 0 else {
            selected = nil
            offset = 0
            return
        }
        if let current = selected { selected = min(max(0, current), itemCount - 1) }
    }
}

extension Key {
    var isListMovement: Bool {
        [.up, .down, .pageUp, .pageDown, .home, .end].contains(self)
    }
}
