/// Characters that do something to a terminal or to the order of text instead
/// of showing themselves. The command line's output and the login alphabet are
/// judged by the same lists.
public enum HiddenCharacters {
    /// C0 controls (ESC starts every terminal command), DEL and the C1 controls
    /// (U+0080–U+009F; some terminals obey 0x9B as ESC [).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// Bidirectional marks, embeddings, overrides and isolates: they reorder
    /// what follows, so that the text shown is not the text stored.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// How a message names a character nobody can see: `U+200B`.
    public static func codePoint(_ code: UInt32) -> String {
        let hex = String(code, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Characters that take no room: two strings that look the same can differ
    /// by one of these.
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x034F, 0x180E, 0x200B...0x200D, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
    }
}

/// The one sanitiser for text the command line prints to a terminal: a school
/// name holding `ESC ] 0 ; … BEL` would retitle the operator's terminal, and
/// `ESC ] 52` would write their clipboard. Line feeds and tabs stay (they lay
/// out the text); every other control character and every bidirectional control
/// becomes `replacement`, which is visible and does nothing.
public enum TerminalText {
    /// The same character the screens draw for a control (TerminalUI's `DisplayWidth`).
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isReplaced) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isReplaced(scalar) ? replacement : scalar)
        }
        return String(scalars)
    }

    static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" { return false }
        return HiddenCharacters.isControl(scalar) || HiddenCharacters.isBidiControl(scalar)
    }
}
