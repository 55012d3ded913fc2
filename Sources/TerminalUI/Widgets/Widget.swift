/// Something that draws itself into a rectangle of a buffer. Widgets are cheap
/// values built afresh every frame from the screen's data; they keep no state.
public protocol Widget {
    func render(in area: Rect, buffer: inout Buffer)
}

/// A widget whose selection or scroll position lives in a separate value (its
/// `State`) that the screen keeps between frames. Rendering may adjust the state
/// (scroll to keep the selection visible, remember the page height for PgDn).
public protocol StatefulWidget {
    associatedtype State
    func render(in area: Rect, buffer: inout Buffer, state: inout State)
}

/// What a widget did with a key, in the manner of htop: a screen offers a key to
/// its focused widget first and handles it itself only when `.ignored` comes back.
public enum KeyResult: Hashable, Sendable {
    /// Not for this widget; the screen may use it.
    case ignored
    /// Used: the cursor, selection or scroll position changed, or nothing could
    /// move further. The screen should not act on the key again.
    case handled
    /// Used, and the content changed (text was edited); the screen may validate
    /// or save.
    case changed
}
