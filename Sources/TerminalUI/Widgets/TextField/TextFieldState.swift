/// The text, cursor and horizontal scroll of a one-line input field. Text is kept
/// as an array of grapheme clusters so that typing, deleting and moving cost the
/// same at any length, and a pasted page of text (which arrives key by key) stays
/// fast.
///
/// Keys: printable characters insert; ← → Home End (also Ctrl-A, Ctrl-E) move;
/// Backspace and Delete erase; Ctrl-U erases to the start and Ctrl-K to the end.
/// Enter, Tab, Esc and everything else are `.ignored`, left to the screen.
public struct TextFieldState: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Index into `characters` where the next character goes.
    public private(set) var cursor: Int
    /// The first character shown; rendering moves it to keep the cursor visible.
    public internal(set) var scrollOffset: Int
    /// Characters beyond this are refused; nil for no limit.
    public var maxLength: Int?

    public init(text: String = "", maxLength: Int? = nil) {
        self.maxLength = maxLength
        self.characters = []
        self.cursor = 0
        self.scrollOffset = 0
        self.text = text
    }

    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue.filter(Self.isInsertable))
            if let maxLength, characters.count > maxLength { characters.removeLast(characters.count - maxLength) }
            cursor = characters.count
            scrollOffset = 0
        }
    }

    public var isEmpty: Bool { characters.isEmpty }

    public mutating func handle(_ key: Key) -> KeyResult {
        switch key {
        case .character(let character): return insert(character)
        case .left: return moveCursor(to: cursor - 1)
        case .right: return moveCursor(to: cursor + 1)
        case .home, .control("a"): return moveCursor(to: 0)
        case .end, .control("e"): return moveCursor(to: characters.count)
        case .backspace: return cursor > 0 ? erase(cursor - 1..<cursor) : .handled
        case .delete: return cursor < characters.count ? erase(cursor..<cursor + 1) : .handled
        case .control("u"): return erase(0..<cursor)
        case .control("k"): return erase(cursor..<characters.count)
        default: return .ignored
        }
    }

    /// Inserts pasted or programmatic text at the cursor, up to `maxLength`.
    @discardableResult
    public mutating func insert(_ text: String) -> KeyResult {
        var room = maxLength.map { $0 - characters.count } ?? Int.max
        var inserted: [Character] = []
        for character in text where Self.isInsertable(character) && room > 0 {
            inserted.append(character)
            room -= 1
        }
        guard !inserted.isEmpty else { return .handled }
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
        return .changed
    }

    public mutating func moveCursor(to position: Int) -> KeyResult {
        cursor = min(max(0, position), characters.count)
        return .handled
    }

    /// A combining mark typed on its own joins the character before the cursor,
    /// as a terminal shows it.
    private mutating func insert(_ character: Character) -> KeyResult {
        if DisplayWidth.of(character) == 0 {
            return combine(character)
        }
        guard Self.isInsertable(character) else { return .handled }
        if let maxLength, characters.count >= maxLength { return .handled }
        characters.insert(character, at: cursor)
        cursor += 1
        return .changed
    }

    private mutating func combine(_ mark: Character) -> KeyResult {
        guard cursor > 0 else { return .handled }
        let joined = String(characters[cursor - 1]) + String(mark)
        guard joined.count == 1, let combined = joined.first else { return .handled }
        characters[cursor - 1] = combined
        return .changed
    }

    private mutating func erase(_ range: Range<Int>) -> KeyResult {
        guard !range.isEmpty else { return .handled }
        characters.removeSubrange(range)
        cursor = range.lowerBound
        return .changed
    }

    private static func isInsertable(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        return !DisplayWidth.isControl(first.value) && DisplayWidth.of(character) > 0
    }

    /// Moves `scrollOffset` so the cursor fits in a field `width` columns wide,
    /// looking at no more than one field's worth of characters.
    mutating func scroll(toShowCursorIn width: Int, masked: Bool) {
        guard width > 0 else { return }
        scrollOffset = min(scrollOffset, cursor)
        var used = 0
        var index = scrollOffset
        while index < cursor && used < width {
            used += masked ? 1 : DisplayWidth.of(characters[index])
            index += 1
        }
        if index == cursor && used < width { return }
        var start = cursor
        used = 1
        while start > 0 {
            let w = masked ? 1 : DisplayWidth.of(characters[start - 1])
            if used + w > width { break }
            used += w
            start -= 1
        }
        scrollOffset = start
    }
}
