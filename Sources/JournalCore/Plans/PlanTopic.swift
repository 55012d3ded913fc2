/// One topic of a КТП as a screen or an import knows it: its place in the
/// plan (from 1), its wording and the lessons it takes.
public struct PlanTopic: Hashable, Sendable {
    public var seq: Int
    public var topic: String
    public var hours: Int

    public init(seq: Int, topic: String, hours: Int) {
        self.seq = seq
        self.topic = topic
        self.hours = hours
    }

    /// Lessons one topic may take: a КТП gives a topic a few lessons, never a term.
    public static let hoursRange = 1...99
    /// A topic's wording, at most this many characters.
    public static let maxTopicLength = 300

    /// The plan's topics numbered 1, 2, 3… in the order given.
    public static func renumbered(_ topics: [PlanTopic]) -> [PlanTopic] {
        topics.enumerated().map { PlanTopic(seq: $0.offset + 1, topic: $0.element.topic, hours: $0.element.hours) }
    }

    /// The refusal for a topic a user typed, or nil when it may be kept.
    public static func problem(topic: String, hours: Int) -> Phrase? {
        if topic.trimmingSpaces.isEmpty { return Phrase(ru: "пустая тема", en: "an empty topic") }
        if topic.count > maxTopicLength {
            return Phrase(ru: "тема длиннее \(maxTopicLength) знаков", en: "the topic is longer than \(maxTopicLength) characters")
        }
        if !hoursRange.contains(hours) {
            return Phrase(ru: "часов \(hours): нужно целое число от 1 до 99", en: "\(hours) hours: a whole number from 1 to 99 is needed")
        }
        return nil
    }
}

/// Weeks of study the curriculum's weekly hours are multiplied by for the
/// КТП check: 33 in the first grade, 34 in the others (the federal
/// curricula's year).
public enum StudyWeeks {
    public static func of(grade: Int?) -> Int {
        grade == 1 ? 33 : 34
    }

    /// Hours a year for `hours` a week, rounded to the nearest whole lesson
    /// (0.5 a week over 33 weeks is 16.5 → 17).
    public static func yearHours(_ hours: WeeklyHours, grade: Int?) -> Int {
        (hours.hundredths * of(grade: grade) + 50) / 100
    }
}

/// Whose КТП: one subject of a whole class or of one teaching group.
public struct PlanUnit: Hashable, Sendable {
    public var owner: ClassOrGroup
    public var subject: SubjectID

    public init(_ owner: ClassOrGroup, subject: SubjectID) {
        self.owner = owner
        self.subject = subject
    }
}

/// Where a КТП stands against the curriculum («часы КТП = часы учебного
/// плана × недели»).
public enum PlanCheckStatus: String, Hashable, Sendable {
    /// The hours agree.
    case agrees = "ok"
    /// The curriculum has the subject, the КТП has no topic.
    case missing
    /// Both exist and the hours differ.
    case disagrees = "mismatch"
    /// A КТП (or lessons) without a line in the curriculum: nothing to compare with.
    case noCurriculum = "no_curriculum"

    /// What the deputy must see before the year starts.
    public var isProblem: Bool { self == .missing || self == .disagrees }

    public var title: Phrase {
        switch self {
        case .agrees: Phrase(ru: "сходится", en: "agrees")
        case .missing: Phrase(ru: "нет КТП", en: "no plan")
        case .disagrees: Phrase(ru: "часы не сходятся", en: "hours differ")
        case .noCurriculum: Phrase(ru: "нет в учебном плане", en: "not in the curriculum")
        }
    }
}
