/// Σ(mark·weight) / Σweight, kept as an exact fraction of integers.
public struct WeightedAverage: Hashable, Sendable {
    /// Σ(mark · weight in hundredths)
    public private(set) var weightedSum: Int = 0
    /// Σ(weight in hundredths)
    public private(set) var totalWeight: Int = 0

    public init() {}

    public init(_ marks: some Sequence<(MarkValue, Weight)>) {
        for (mark, weight) in marks { add(mark, weight: weight) }
    }

    public mutating func add(_ mark: MarkValue, weight: Weight) {
        weightedSum += mark.value * weight.hundredths
        totalWeight += weight.hundredths
    }

    public var isEmpty: Bool { totalWeight == 0 }

    public var value: Double? {
        isEmpty ? nil : Double(weightedSum) / Double(totalWeight)
    }

    /// Two decimals, cut rather than rounded (`4.49` for 4.495), so that what a
    /// teacher sees never contradicts the rounding rule, whose thresholds are
    /// whole hundredths; empty when there are no marks.
    public var text: String {
        guard !isEmpty else { return "" }
        let hundredths = weightedSum * 100 / totalWeight
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `text` as a Russian reader writes it, with a decimal comma: «4,33».
    public var russianText: String { text.withDecimalComma }

    /// The final mark the average suggests under `rule`.
    public func rounded(by rule: RoundingRule) -> Int? {
        isEmpty ? nil : rule.round(numerator: weightedSum, denominator: totalWeight)
    }
}

/// How an average becomes a final mark: the fractional part at or above the
/// threshold rounds up. The default is x.50 (4.5 → 5, 4.49 → 4); some schools
/// use x.60. Stored as a setting.
public struct RoundingRule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Threshold in hundredths, 1...99.
    public let thresholdHundredths: Int

    public init(thresholdHundredths: Int) throws {
        guard (1...99).contains(thresholdHundredths) else {
            throw JournalError.invalidNumber(String(thresholdHundredths))
        }
        self.thresholdHundredths = thresholdHundredths
    }

    public static let halfUp = try! RoundingRule(thresholdHundredths: 50)

    /// Parses `0.5`, `0.6`, `0,55`.
    public init(parsing text: String) throws {
        let normalized = text.trimmingSpaces.replacingOccurrences(of: ",", with: ".")
        guard normalized.hasPrefix("0."), let w = try? Weight(parsing: normalized) else {
            throw JournalError.invalidNumber(text)
        }
        try self.init(thresholdHundredths: w.hundredths)
    }

    /// `0.5`
    public var text: String { (try? Weight(hundredths: thresholdHundredths))?.text ?? "0.5" }
    public var description: String { text }

    /// Exact: rounds up when (n mod d) / d ≥ threshold / 100.
    public func round(numerator: Int, denominator: Int) -> Int {
        let whole = numerator / denominator
        let remainder = numerator % denominator
        return remainder * 100 >= thresholdHundredths * denominator ? whole + 1 : whole
    }
}
