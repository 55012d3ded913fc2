import JournalCore

/// The dates `[from, to]` (inclusive) a report covers and the moment `asOf` it
/// sees the journal at.
public struct ReadinessWindow: Hashable, Sendable {
    public let from: SchoolDate
    public let to: SchoolDate
    public let asOf: SchoolTime

    public init(from: SchoolDate, to: SchoolDate, asOf: SchoolTime) throws {
        guard from <= to else { throw ReadinessError.windowReversed(from: from, to: to) }
        self.from = from
        self.to = to
        self.asOf = asOf
    }

    /// The last `count` ISO weeks up to `asOf`, the current one included and
    /// clipped to `asOf`: the dashboard's sparklines.
    public static func lastWeeks(_ count: Int, asOf: SchoolTime) -> ReadinessWindow {
        let today = asOf.date
        let from = today.mondayOfWeek.adding(days: -7 * max(0, count - 1))
        return try! ReadinessWindow(from: from, to: today, asOf: asOf)   // from ≤ today by construction
    }

    /// The ISO weeks that overlap the window and have begun (clipped to the
    /// window) by `asOf`, each clipped to the window, oldest first.
    public var weeks: [ReportWeek] {
        let lastDay = min(to, asOf.date)
        guard from <= lastDay else { return [] }
        var weeks: [ReportWeek] = []
        var monday = from.mondayOfWeek
        while monday <= lastDay {
            weeks.append(ReportWeek(monday: monday, window: self))
            monday = monday.adding(days: 7)
        }
        return weeks
    }

    /// The window's last moment as a report sees it: the end of `to`, or `asOf` if earlier.
    public var endTime: SchoolTime {
        min(SchoolTime(date: to.adding(days: 1)).adding(seconds: -1), asOf)
    }
}

/// One ISO week of a report, clipped to the window. Only `unique_logins` is
/// clipped to `asOf` too (`endTime`); every other figure of the week covers its
/// days in the window, as the window's own figure does, so that a one-week
/// window and its only week show the same numbers.
public struct ReportWeek: Hashable, Sendable {
    /// `SchoolDate.weekIndex` of its Monday.
    public let index: Int
    /// `2024-W36`
    public let label: String
    public let monday: SchoolDate
    /// The first and last day of this week in the window.
    public let from: SchoolDate
    public let to: SchoolDate
    /// The last moment of the clipped week, or `asOf` if earlier: `unique_logins`
    /// counts activated accounts as of then.
    public let endTime: SchoolTime
    /// All seven days lie in the window and the week had ended by `asOf`.
    public let isComplete: Bool

    init(monday: SchoolDate, window: ReadinessWindow) {
        let sunday = monday.adding(days: 6)
        index = monday.weekIndex
        label = monday.isoWeekLabel
        self.monday = monday
        from = max(monday, window.from)
        to = min(sunday, window.to)
        endTime = min(SchoolTime(date: to.adding(days: 1)).adding(seconds: -1), window.asOf)
        isComplete = window.from <= monday && sunday <= window.to && SchoolTime(date: sunday.adding(days: 1)) <= window.asOf
    }

    /// The first moment of the clipped week.
    public var startTime: SchoolTime { SchoolTime(date: from) }
}
