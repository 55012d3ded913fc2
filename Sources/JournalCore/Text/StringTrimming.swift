extension StringProtocol {
    /// Trimmed of white space and newlines, as readiness.md says text fields are
    /// judged ("non-empty after trimming white space").
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        // Most text has nothing to trim; rebuilding it scalar by scalar showed up
        // in profiles of a bundle import (a million cells).
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    public var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
