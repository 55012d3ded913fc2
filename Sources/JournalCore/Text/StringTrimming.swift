extension StringProtocol {
    /// Trimmed of white space and newlines, as readiness.md says text fields are
    /// judged ("non-empty after trimming white space").
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhiteSpace })!
        // Most text has nothing to trim; rebuilding it scalar by scalar showed up
        // in profiles of a bundle import (a million cells).
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    public var isBlank: Bool {
        unicodeScalars.allSatisfy(\.isWhiteSpace)
    }

    /// The trimmed text, or nil when nothing is left: what a form's optional field means.
    public var nilIfBlank: String? {
        let trimmed = trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space property, from its list of 25 code points: asking
    /// `properties.isWhitespace` looks the scalar up in Unicode's tables, which
    /// showed in profiles of a bundle import (millions of cells, most of them
    /// starting with a Cyrillic letter). A test keeps the two the same.
    public var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
