/// An academic year's name, «2025/2026»: the calendar year it starts in and
/// the next one.
public struct AcademicYearCode: Hashable, Sendable, Comparable {
    /// 2025 for «2025/2026».
    public let firstYear: Int

    public init(firstYear: Int) {
        self.firstYear = firstYear
    }

    /// «2025/2026» (also «2025-2026», «2025–2026»); nil for anything else,
    /// including two years that do not follow each other.
    public init?(_ text: String) {
        let parts = text.trimmingSpaces.split(whereSeparator: { "/-–".contains($0) }).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 }), let first = Int(parts[0]), let second = Int(parts[1]),
              second == first + 1, (1900...2999).contains(first) else { return nil }
        firstYear = first
    }

    /// «2025/2026».
    public var text: String { "\(firstYear)/\(firstYear + 1)" }
    public var next: AcademicYearCode { AcademicYearCode(firstYear: firstYear + 1) }

    public static func < (a: AcademicYearCode, b: AcademicYearCode) -> Bool { a.firstYear < b.firstYear }
}
