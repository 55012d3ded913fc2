/// Fitting text into a number of columns: truncation with an ellipsis, padding
/// with alignment, and word wrapping. All measure display width, not characters.
public enum TextFitting {
    public static let ellipsis: Character = "…"

    /// The longest prefix of `text` that takes at most `width` columns, with "…"
    /// as its last column when something was cut (and `width` leaves room for it).
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let room = ellipsis && width > 1 ? width - 1 : width
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        if ellipsis && width > 1 { result.append(Self.ellipsis) }
        return result
    }

    /// `head` followed by `tail` in at most `width` columns, the head cut (with
    /// "…") so that the tail stays whole: «Английский я… · гр. 1», where the
    /// tail is what tells two lines apart. A tail wider than `width` is cut too.
    public static func truncate(_ head: String, keeping tail: String, toWidth width: Int) -> String {
        let tailWidth = DisplayWidth.of(tail)
        guard DisplayWidth.of(head) + tailWidth > width else { return head + tail }
        guard tailWidth < width - 1 else { return truncate(head + tail, toWidth: width) }
        return truncate(head, toWidth: width - tailWidth) + tail
    }

    /// `text` truncated to `width` columns and padded with spaces to exactly `width`.
    public static func fit(_ text: String, width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, toWidth: width)
        let spare = width - DisplayWidth.of(cut)
        guard spare > 0 else { return cut }
        switch alignment {
        case .left:
            return cut + String(repeating: " ", count: spare)
        case .right:
            return String(repeating: " ", count: spare) + cut
        case .center:
            let before = spare / 2
            return String(repeating: " ", count: before) + cut + String(repeating: " ", count: spare - before)
        }
    }

    /// Splits `text` into lines of at most `width` columns, breaking at spaces
    /// where possible and inside words only when a word is longer than a line.
    /// Explicit newlines start new lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(String(paragraph), width: width))
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var pieces = splitLongWord(String(word), width: width)
            let first = pieces.removeFirst()
            let firstWidth = DisplayWidth.of(first)
            if currentWidth > 0 && currentWidth + 1 + firstWidth <= width {
                current += " " + first
                currentWidth += 1 + firstWidth
            } else {
                if currentWidth > 0 || !current.isEmpty { lines.append(current) }
                current = first
                currentWidth = firstWidth
            }
            for piece in pieces {
                lines.append(current)
                current = piece
                currentWidth = DisplayWidth.of(piece)
            }
        }
        lines.append(current)
        return lines
    }

    private static func splitLongWord(_ word: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var used = 0
        for character in word {
            let w = DisplayWidth.of(character)
            if used + w > width && !piece.isEmpty {
                pieces.append(piece)
                piece = ""
                used = 0
            }
            piece.append(character)
            used += w
        }
        pieces.append(piece)
        return pieces
    }
}
