/// By when an entry must be made to count as on time, relative to its lesson.
/// All three are wall-clock rules in the school's time zone (see `SchoolTime`).
public enum DeadlineRule: Hashable, Sendable {
    /// A time of the day after the lesson, in seconds after midnight (`kchr`: 12:00).
    case nextDayAt(secondOfDay: Int)
    /// A span after the lesson's start, in seconds (`mo`: 24 hours).
    case afterStart(seconds: Int)
    /// A span after the end of the class's last counted lesson that day, in
    /// seconds (`crimea`: 1 hour).
    case afterDayEnd(seconds: Int)

    public static let nextDayNoon = DeadlineRule.nextDayAt(secondOfDay: 12 * 3600)
    public static let dayAfterStart = DeadlineRule.afterStart(seconds: 24 * 3600)
    public static let hourAfterDayEnd = DeadlineRule.afterDayEnd(seconds: 3600)

    /// The deadline for a lesson. `dayEnd` is the end of the class's last counted
    /// lesson that day; only `afterDayEnd` reads it.
    public func deadline(day: SchoolDate, startsAt: SchoolTime, dayEnd: SchoolTime) -> SchoolTime {
        switch self {
        case .nextDayAt(let second): SchoolTime(seconds: (day.dayNumber + 1) * 86_400 + second)
        case .afterStart(let seconds): startsAt.adding(seconds: seconds)
        case .afterDayEnd(let seconds): dayEnd.adding(seconds: seconds)
        }
    }

    /// Which of the store's precomputed lesson summaries answers this rule, if any.
    /// Only the three parameterizations of the built-in profiles are kept per lesson.
    public var summaryColumn: BuiltInDeadline? {
        switch self {
        case .nextDayNoon: .nextDayNoon
        case .dayAfterStart: .dayAfterStart
        case .hourAfterDayEnd: .hourAfterDayEnd
        default: nil
        }
    }

    public var title: Phrase {
        switch self {
        case .nextDayAt(let second):
            let time = TimeOfDay(minutes: second / 60).text + (second % 60 == 0 ? "" : ":" + DigitParser.pad(second % 60, 2))
            return Phrase(ru: "до \(time) следующего дня", en: "by \(time) of the next day")
        case .afterStart(let seconds):
            return Phrase(ru: "в течение \(Self.span(seconds).ru) после начала урока",
                          en: "within \(Self.span(seconds).en) of the lesson's start")
        case .afterDayEnd(let seconds):
            return Phrase(ru: "в течение \(Self.span(seconds).ru) после окончания последнего урока класса в этот день",
                          en: "within \(Self.span(seconds).en) of the end of the class's last lesson that day")
        }
    }

    private static func span(_ seconds: Int) -> Phrase {
        if seconds % 3600 == 0 { return Phrase(ru: "\(seconds / 3600) ч", en: "\(seconds / 3600) h") }
        return Phrase(ru: "\(seconds / 60) мин", en: "\(seconds / 60) min")
    }
}

/// The deadline rules whose on-time counts the store keeps per lesson.
public enum BuiltInDeadline: String, Sendable, CaseIterable {
    case nextDayNoon = "noon"
    case dayAfterStart = "24h"
    case hourAfterDayEnd = "end"
}
