/// A final mark for a period: a number, or one of the non-numeric results.
public enum FinalMarkValue: Hashable, Sendable, Codable, CustomStringConvertible {
    case mark(Int)
    case notAssessed   // н/а
    case passed        // зач
    case failed        // незач
    case exempt        // осв

    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces.lowercased()
        switch trimmed {
        case "н/а": self = .notAssessed
        case "зач": self = .passed
        case "незач": self = .failed
        case "осв": self = .exempt
        default:
            guard trimmed.count == 1, let digit = Int(trimmed), (1...5).contains(digit) else {
                throw JournalError.invalidFinalMark(text)
            }
            self = .mark(digit)
        }
    }

    public var text: String {
        switch self {
        case .mark(let value): String(value)
        case .notAssessed: "н/а"
        case .passed: "зач"
        case .failed: "незач"
        case .exempt: "осв"
        }
    }

    public var description: String { text }

    public var numericValue: Int? {
        if case .mark(let value) = self { return value }
        return nil
    }
}
