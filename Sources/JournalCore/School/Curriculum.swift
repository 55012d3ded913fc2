/// Hours a week in the curriculum, in hundredths: a subject taught every other
/// week has 0.5. Integer hundredths keep "hours × weeks" exact.
public struct WeeklyHours: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = max(0, hundredths)
    }

    /// Accepts `2`, `0.5`, `1,5`; at most two decimals; 0 to 40.
    public init(parsing text: String) throws {
        guard let value = Hundredths.parse(text, maxWhole: 40), value <= 4000 else {
            throw JournalError.other(Phrase(ru: "неверное число часов «\(text)»: нужно число от 0 до 40, например 2 или 0.5",
                                            en: "invalid hours \"\(text)\": a number from 0 to 40 is needed, such as 2 or 0.5"))
        }
        hundredths = value
    }

    public static func < (lhs: WeeklyHours, rhs: WeeklyHours) -> Bool { lhs.hundredths < rhs.hundredths }

    /// `2`, `0.5`, `1.25`: the shortest exact decimal.
    public var text: String { Hundredths.text(hundredths) }

    public var description: String { text }
}

/// One line of the curriculum (учебный план): a subject's hours a week for a
/// class (group nil) or a group. A `part` group's row names its class too.
public struct CurriculumRow: Hashable, Sendable {
    public var classCode: String?
    public var groupCode: String?
    public var subjectCode: String
    public var hours: WeeklyHours

    public init(classCode: String?, groupCode: String?, subjectCode: String, hours: WeeklyHours) {
        self.classCode = classCode
        self.groupCode = groupCode
        self.subjectCode = subjectCode
        self.hours = hours
    }
}
