import JournalCore

/// A numerator over a denominator, kept as integers so that the threshold test
/// is exact and the shown value rounds the way readiness.md says.
public struct Ratio: Hashable, Sendable {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, of denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public static let empty = Ratio(0, of: 0)

    /// A denominator of 0 gives no value ("нет данных").
    public var hasValue: Bool { denominator > 0 }

    /// The percentage in tenths, rounded half up: 2/3 → 667 (66.7 %), 1/16 → 63.
    public var percentTenths: Int? {
        guard denominator > 0 else { return nil }
        return (numerator * 2_000 + denominator) / (2 * denominator)
    }

    /// The shown value, one decimal (`90.0`), or nil without data.
    public var percent: Double? {
        percentTenths.map { Double($0) / 10 }
    }

    /// `numerator * 100 >= threshold * denominator`, in integers; no data never meets.
    public func meets(_ threshold: Threshold) -> Bool {
        hasValue && numerator * 10_000 >= threshold.hundredths * denominator
    }

    /// `90.0` with a point, for machines; nil without data.
    public var decimalText: String? {
        percentTenths.map { "\($0 / 10).\($0 % 10)" }
    }

    /// `90,0 %` in Russian, `90.0%` in English, or "нет данных".
    public func text(in language: Language) -> String {
        guard let tenths = percentTenths else { return Ratio.noData.text(in: language) }
        return language == .ru ? "\(tenths / 10),\(tenths % 10) %" : "\(tenths / 10).\(tenths % 10)%"
    }

    public static let noData = Phrase(ru: "нет данных", en: "no data")

    public static func + (lhs: Ratio, rhs: Ratio) -> Ratio {
        Ratio(lhs.numerator + rhs.numerator, of: lhs.denominator + rhs.denominator)
    }

    /// What is missing to 100 %: lessons without a topic, late entries...
    public var shortfall: Int { max(0, denominator - numerator) }
}
