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
        guard let value = Hundredths.parse(text, maxWhole: 999), value > 0 else { throw JournalError.invalidWeight(text) }
        hundredths = value
    }

    public static func < (lhs: Weight, rhs: Weight) -> Bool { lhs.hundredths < rhs.hundredths }

    public static let one = try! Weight(hundredths: 100)

    /// `1`, `1.5`, `0.25`: the shortest exact decimal.
    public var text: String { Hundredths.text(hundredths) }

    public var description: String { text }
    public var doubleValue: Double { Double(hundredths) / 100 }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
