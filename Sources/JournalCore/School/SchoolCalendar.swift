/// What a calendar day says about a date, beyond the terms.
public enum CalendarDayKind: String, CaseIterable, Sendable, Codable {
    /// A day off: no lessons (public holidays, moved days off).
    case holiday
    /// A weekend day worked, following the timetable of `weekday`.
    case workday
    /// No lessons for one class or the whole school (quarantine, weather).
    case closed
    /// A shortened day: the shortened bell schedule applies.
    case short

    /// As a deputy reads it in the calendar.
    public var title: Phrase {
        switch self {
        case .holiday: Phrase(ru: "нерабочий день", en: "day off")
        case .workday: Phrase(ru: "рабочий день", en: "working day")
        case .closed: Phrase(ru: "занятий нет", en: "closed")
        case .short: Phrase(ru: "сокращённый день", en: "short day")
        }
    }

    public init(parsing text: String) throws {
        guard let kind = CalendarDayKind(rawValue: text.trimmingSpaces) else {
            throw JournalError.other(Phrase(ru: "неизвестный вид дня «\(text)»: допустимы holiday, workday, closed, short",
                                            en: "unknown day kind \"\(text)\": allowed are holiday, workday, closed, short"))
        }
        self = kind
    }
}

/// One line of the school calendar (calendar.csv).
public struct CalendarDay: Hashable, Sendable {
    public var date: SchoolDate
    public var kind: CalendarDayKind
    /// For a `workday`: whose timetable it follows, 1 = Monday … 6 = Saturday.
    public var weekday: Int?
    /// For `closed` and `short`: the one class it applies to; nil = the whole school.
    public var classCode: String?
    public var note: String?

    public init(date: SchoolDate, kind: CalendarDayKind, weekday: Int? = nil, classCode: String? = nil, note: String? = nil) {
        self.date = date
        self.kind = kind
        self.weekday = weekday
        self.classCode = classCode
        self.note = note
    }
}
