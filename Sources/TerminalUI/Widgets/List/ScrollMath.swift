/// Shared arithmetic for lists and tables: moving a selection by a key and
/// scrolling so that it stays visible.
enum ScrollMath {
    /// The new index after a vertical movement key, or nil if the key is not one.
    static func move(_ index: Int, by key: Key, count: Int, page: Int) -> Int? {
        guard count > 0 else { return nil }
        let step = max(1, page - 1)
        let target: Int
        switch key {
        case .up: target = index - 1
        case .down: target = index + 1
        case .pageUp: target = index - step
        case .pageDown: target = index + step
        default: return nil
        }
        return min(max(0, target), count - 1)
    }

    /// The first visible index so that `selected` is inside a window of `visible`
    /// rows, moving the window as little as possible and never past the end.
    static func offset(keeping selected: Int, visible: Int, current: Int, count: Int) -> Int {
        guard visible > 0, count > 0 else { return 0 }
        var offset = current
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        return min(max(0, offset), max(0, count - visible))
    }
}
