/// The screen and keyboard an application runs on: a real terminal
/// (`CursesBackend`) or `TestBackend` in tests. An app loop is generic over it:
///
///     try backend.start()
///     defer { backend.stop() }
///     while running {
///         var buffer = Buffer(size: backend.size)
///         screen.render(into: &buffer)              // widgets draw; a text field sets buffer.cursor
///         backend.draw(buffer)                      // only changed cells go out
///         guard let key = backend.readKey(timeout: .seconds(1)) else { continue }  // nil: timeout, refresh the clock
///         if key == .control("l") { backend.redrawAll() }
///         while let more = backend.readKey(timeout: .zero) { ... }  // drain a paste before the next draw
///     }
///
/// The colours come from `theme`, which a backend sets at start from its
/// `colorCapability` and `NO_COLOR` (`Theme.automatic`); an application may replace it.
public protocol TerminalBackend: AnyObject {
    /// The terminal's size now; it changes after a `.resize` key.
    var size: Size { get }
    var colorCapability: ColorCapability { get }
    var theme: Theme { get set }

    /// Takes over the terminal (raw keys, no echo, alternate screen).
    func start() throws
    /// Gives the terminal back as it was; safe to call more than once.
    func stop()
    /// Shows `buffer`, sending only what differs from the previous frame, and puts
    /// the cursor at `buffer.cursor` (hidden when nil).
    func draw(_ buffer: Buffer)
    /// The next key, or nil when `timeout` passes first; nil timeout waits for ever.
    func readKey(timeout: Duration?) -> Key?
    /// Shows the cursor at `position`, or hides it for nil.
    func setCursor(_ position: Point?)
    /// Repaints the whole screen on the next draw (Ctrl-L after line noise).
    func redrawAll()
}
