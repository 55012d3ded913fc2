/// One key press, as the application sees it whatever the terminal sent.
///
/// Ctrl-C, Ctrl-Z and Ctrl-\ arrive as `.control("c")`, `.control("z")`,
/// `.control("\\")` when the backend runs in raw mode. Tab, Enter, Backspace and
/// Esc have their own cases even though they are control codes too.
public enum Key: Hashable, Sendable {
    /// A printable character, any script (Latin, Cyrillic, digits, punctuation, space).
    case character(Character)
    /// F1...F12 (and higher where the terminal reports them).
    case function(Int)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete
    case backspace, enter, tab, backTab, escape
    /// Ctrl with a lowercase Latin letter, or with one of `@ [ \ ] ^ _`.
    case control(Character)
    /// The terminal changed size; read the new size from the backend.
    case resize
    /// A code the backend could not name; safe to ignore.
    case unknown(Int)

    /// The key for one Unicode scalar typed at the keyboard: control codes
    /// become named keys or `.control`, everything else `.character`.
    public init(scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x09: self = .tab
        case 0x0A, 0x0D: self = .enter
        case 0x08, 0x7F: self = .backspace
        case 0x1B: self = .escape
        case 0x00: self = .control("@")
        case 0x01...0x1A: self = .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
        case 0x1C...0x1F: self = .control(Character(Unicode.Scalar(scalar.value + 0x40)!))
        case 0x80..<0xA0: self = .unknown(Int(scalar.value))
        default: self = .character(Character(scalar))
        }
    }

    /// The typed character, for printable keys.
    public var character: Character? {
        if case .character(let character) = self { return character }
        return nil
    }

    /// The digit 0...9 of a digit key.
    public var digit: Int? {
        guard let character, let value = character.wholeNumberValue, character.isASCII else { return nil }
        return value
    }
}
