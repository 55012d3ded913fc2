import JournalCore
import TerminalUI

/// The colour of a value by its meaning: 5 green, 4 and 3 milder, 2 and 1 red,
/// absences and lateness their own; the themes give each a monochrome form.
extension MarkValue {
    var styleRole: StyleRole {
        switch value {
        case 5: .markExcellent
        case 4: .markGood
        case 3: .markPoor
        default: .markFailing
        }
    }
}

extension AttendanceCode {
    var styleRole: StyleRole { self == .late ? .late : .absence }

    /// The key that puts this code in the grid and the roll call (Russian layout).
    var key: Character {
        switch self {
        case .absent: "н"
        case .ill: "б"
        case .excused: "у"
        case .late: "о"
        }
    }
}

extension FinalMarkValue {
    var styleRole: StyleRole {
        switch self {
        case .mark(let value): (try? MarkValue(value))?.styleRole ?? .normal
        case .notAssessed, .failed: .markFailing
        case .passed, .exempt: .normal
        }
    }
}
