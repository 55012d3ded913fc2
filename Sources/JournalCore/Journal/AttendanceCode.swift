/// Why a student was not (fully) at a lesson. Presence is the absence of a record.
public enum AttendanceCode: String, CaseIterable, Sendable, Codable {
    case absent = "н"
    case ill = "б"
    case excused = "уп"
    case late = "оп"

    public init(parsing text: String) throws {
        guard let code = AttendanceCode(rawValue: text.trimmingSpaces.lowercased()) else {
            throw JournalError.invalidAttendanceCode(text)
        }
        self = code
    }

    public var title: Phrase {
        switch self {
        case .absent: Phrase(ru: "отсутствовал", en: "absent")
        case .ill: Phrase(ru: "болел", en: "ill")
        case .excused: Phrase(ru: "уважительная причина", en: "excused")
        case .late: Phrase(ru: "опоздал", en: "late")
        }
    }

    /// Codes that count as a missed lesson in the attendance reports.
    public var isMissed: Bool { self != .late }
}
