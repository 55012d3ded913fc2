/// Padding for monospace tables. Cyrillic letters and ✓/✗ take one cell each,
/// so character counts are widths here.
enum TextColumns {
    static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    static func mark(_ met: Bool) -> String { met ? "✓" : "✗" }
}
