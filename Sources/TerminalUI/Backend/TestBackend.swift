/// A `TerminalBackend` in memory, for tests of screens and app loops: keys come
/// from a queue, drawn frames are kept, and every draw records how many cells it
/// changed, so a test can assert that a keystroke repaints only a few cells.
///
///     let backend = TestBackend(size: Size(width: 80, height: 24))
///     backend.type("Иванова")
///     backend.enqueue(.enter)
///     try runApp(on: backend)
///     #expect(backend.lines()[0].contains("Журнал"))
///     #expect(backend.lastDrawChangedCells < 20)
public final class TestBackend: TerminalBackend {
    /// Setting a new size queues a `.resize` key, as a real terminal would.
    public var size: Size {
        didSet { if size != oldValue { keys.append(.resize) } }
    }
    public var colorCapability: ColorCapability
    public var theme: Theme

    public private(set) var isStarted = false
    /// The screen as the "terminal" shows it now.
    public private(set) var screen: Buffer?
    public private(set) var drawCount = 0
    /// Cells sent by the last draw.
    public private(set) var lastDrawChangedCells = 0
    public private(set) var totalChangedCells = 0
    public private(set) var redrawAllCount = 0
    public private(set) var cursor: Point?

    private var keys: [Key] = []
    private var keyIndex = 0
    private var wholeScreenPending = false

    public init(size: Size = Size(width: 80, height: 24), colorCapability: ColorCapability = .colors(8)) {
        self.size = size
        self.colorCapability = colorCapability
        self.theme = Theme.automatic(for: colorCapability, environment: [:])
    }

    public func enqueue(_ newKeys: Key...) {
        keys.append(contentsOf: newKeys)
    }

    public func enqueue(_ newKeys: [Key]) {
        keys.append(contentsOf: newKeys)
    }

    /// Queues one `.character` key per character of `text`.
    public func type(_ text: String) {
        keys.append(contentsOf: text.map(Key.character))
    }

    public var pendingKeyCount: Int { keys.count - keyIndex }

    /// The text rows of the last drawn frame (empty before the first draw).
    public func lines() -> [String] {
        screen?.lines() ?? []
    }

    public func start() throws {
        isStarted = true
    }

    public func stop() {
        isStarted = false
    }

    public func draw(_ buffer: Buffer) {
        let changed = wholeScreenPending ? buffer.changedCellCount(since: nil) : buffer.changedCellCount(since: screen)
        wholeScreenPending = false
        drawCount += 1
        lastDrawChangedCells = changed
        totalChangedCells += changed
        screen = buffer
        cursor = buffer.cursor
    }

    /// The next queued key; nil (at once, no waiting) when the queue is empty.
    public func readKey(timeout: Duration?) -> Key? {
        guard keyIndex < keys.count else { return nil }
        defer { keyIndex += 1 }
        return keys[keyIndex]
    }

    public func setCursor(_ position: Point?) {
        cursor = position
    }

    public func redrawAll() {
        redrawAllCount += 1
        wholeScreenPending = true
    }
}
