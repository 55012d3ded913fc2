/// Decimal numbers with at most two decimals kept as integer hundredths
/// (weights, weekly hours), so that sums and products stay exact.
enum Hundredths {
    /// `1`, `1.5`, `1,5`, `0.25` → 100, 150, 150, 25; nil when not such a number
    /// or when the whole part exceeds `maxWhole`.
    static func parse(_ text: String, maxWhole: Int) -> Int? {
        let trimmed = text.trimmingSpaces.replacingOccurrences(of: ",", with: ".")
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigitCharacter),
              parts[0].count <= 6, let whole = Int(parts[0]), whole <= maxWhole else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigitCharacter), let f = Int(digits) else {
                return nil
            }
            fraction = digits.count == 1 ? f * 10 : f
        }
        return whole * 100 + fraction
    }

    /// The shortest exact decimal: 200 → `2`, 150 → `1.5`, 25 → `0.25`.
    static func text(_ hundredths: Int) -> String {
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
