/// A work type's weight in hundredths (1.5 → 150). Integer hundredths keep the
/// weighted average exact, so that 4.5 is 4.5 and rounds the way the rule says.
public struct Weight: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let hundredths: Int

    public init(hundredths: Int) throws {
        guard hundredths > 0 else { throw JournalError.invalidWeight(String(hundredths)) }
        self.hundredths = hundredths
    }

    /// Accepts `1`, `1.5`, `1,5`, `0.25`; at most two decimals.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces.replacingOccurrences(of: ",", with: ".")
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigitCharacter),
              let whole = Int(parts[0]), whole < 1000 else { throw JournalError.invalidWeight(text) }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigitCharacter),
                  let f = Int(digits) else { throw JournalError.invalidWeight(text) }
            fraction = digits.count == 1 ? f * 10 : f
        }
        guard whole * 100 + fraction > 0 else { throw JournalError.invalidWeight(text) }
        hundredths = whole * 100 + fraction
    }

    public static func < (lhs: Weight, rhs: Weight) -> Bool { lhs.hundredths < rhs.hundredths }

    public static let one = try! Weight(hundredths: 100)

    /// `1`, `1.5`, `0.25`: the shortest exact decimal.
    public var text: String {
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var description: String { text }
    public var doubleValue: Double { Double(hundredths) / 100 }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
