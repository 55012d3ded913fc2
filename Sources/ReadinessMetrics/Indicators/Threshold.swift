import JournalCore

/// A threshold in percent, kept in hundredths of a percent so that a custom
/// profile may say 92.5 and the comparison stays exact.
public struct Threshold: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    public init(percent: Int) {
        hundredths = percent * 100
    }

    /// A JSON number with at most two decimals; nil otherwise.
    public init?(number: Double) {
        let scaled = (number * 100).rounded()
        guard number.isFinite, abs(scaled - number * 100) < 1e-6, scaled >= 0, scaled < 1e9 else { return nil }
        hundredths = Int(scaled)
    }

    /// `95`, `92.5`, `92.25`.
    public var text: String {
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var description: String { text }

    public static func < (lhs: Threshold, rhs: Threshold) -> Bool { lhs.hundredths < rhs.hundredths }
}
