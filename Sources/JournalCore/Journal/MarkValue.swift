/// A current mark, 1 to 5 (пятибалльная система).
public struct MarkValue: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let value: Int

    public init(_ value: Int) throws {
        guard (1...5).contains(value) else { throw JournalError.invalidMark(String(value)) }
        self.value = value
    }

    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces
        guard trimmed.count == 1, let digit = Int(trimmed), (1...5).contains(digit) else {
            throw JournalError.invalidMark(text)
        }
        value = digit
    }

    public static func < (lhs: MarkValue, rhs: MarkValue) -> Bool { lhs.value < rhs.value }

    public var description: String { String(value) }
}
