/// How many terminal columns text takes. Terminals lay out by columns, Swift by
/// grapheme clusters: Cyrillic takes one column, CJK and emoji two, combining
/// marks none. Every widget measures through here so that layout, clipping and
/// the cursor agree with what the terminal shows.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster as the toolkit draws it. A control
    /// character counts as one column because it is drawn as `replacement`.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value >= 0x400 && value < 0x530 { return 1 }
        if isControl(value) { return 1 }
        if isZeroWidth(first) { return 0 }
        if isWide(first) || character.unicodeScalars.contains(emojiPresentationSelector) { return 2 }
        return 1
    }

    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// What is drawn instead of a control character, which must never reach the
    /// terminal raw: it could move the cursor or change the terminal's state.
    public static let replacement: Character = "\u{FFFD}"

    /// The character as it may be drawn: controls become `replacement`.
    public static func printable(_ character: Character) -> Character {
        guard let first = character.unicodeScalars.first, isControl(first.value) else { return character }
        return replacement
    }

    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (value >= 0x7F && value < 0xA0)
    }

    private static let emojiPresentationSelector = Unicode.Scalar(0xFE0F)!

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return (0x1160...0x11FF).contains(scalar.value)
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        for range in wideRanges where range.contains(value) { return true }
        return scalar.properties.isEmojiPresentation
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, merged
    /// to blocks); emoji are recognised by their presentation property instead.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF,
        0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
