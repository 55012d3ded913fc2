import JournalCore
import JournalStore
import TerminalUI

/// What «Календарь и периоды» shows: the calendar's special days, the
/// periods with their locks, the chosen day (its month is the one drawn) and
/// the chosen period; the open form and the change it is for.
struct CalendarState {
    enum Focus: Equatable { case days, periods }

    var lines: [SchoolDate: [CalendarDayRow]] = [:]
    var periods: [PeriodLockState] = []
    var selected: SchoolDate
    var focus = Focus.days
    var periodIndex = 0
    var form: FieldsForm?
    var pendingChange: CalendarDayChange?
    var loadError: String?

    init(today: SchoolDate) {
        selected = today
    }

    mutating func load(lines all: [CalendarDayRow], periods: [PeriodLockState]) {
        lines = Dictionary(grouping: all, by: \.date)
        self.periods = periods
        periodIndex = min(periodIndex, max(0, periods.count - 1))
    }

    /// Arrows move by a day and a week, PgUp/PgDn and [ ] by a month (the
    /// same day of the month, or its last).
    mutating func move(_ key: Key) {
        switch key {
        case .left: selected = selected.adding(days: -1)
        case .right: selected = selected.adding(days: 1)
        case .up: selected = selected.adding(days: -7)
        case .down: selected = selected.adding(days: 7)
        case .pageUp, .character("["): selected = Self.shifted(selected, months: -1)
        case .pageDown, .character("]"): selected = Self.shifted(selected, months: 1)
        case .home: selected = SchoolDate(year: selected.year, month: selected.month, day: 1) ?? selected
        case .end:
            selected = SchoolDate(year: selected.year, month: selected.month,
                                  day: SchoolDate.daysInMonth(year: selected.year, month: selected.month)) ?? selected
        default: break
        }
    }

    mutating func movePeriod(_ key: Key) {
        switch key {
        case .up: periodIndex = max(0, periodIndex - 1)
        case .down: periodIndex = min(max(0, periods.count - 1), periodIndex + 1)
        default: break
        }
    }

    static func shifted(_ date: SchoolDate, months: Int) -> SchoolDate {
        let index = date.year * 12 + date.month - 1 + months
        let year = index / 12, month = index % 12 + 1
        return SchoolDate(year: year, month: month, day: min(date.day, SchoolDate.daysInMonth(year: year, month: month))) ?? date
    }

    /// The drawn month as weeks Monday to Sunday; nil outside the month.
    var weeks: [[SchoolDate?]] {
        guard let first = SchoolDate(year: selected.year, month: selected.month, day: 1) else { return [] }
        let count = SchoolDate.daysInMonth(year: selected.year, month: selected.month)
        var cells: [SchoolDate?] = Array(repeating: nil, count: first.weekday - 1)
        cells += (0..<count).map { first.adding(days: $0) }
        while cells.count % 7 != 0 { cells.append(nil) }
        return stride(from: 0, to: cells.count, by: 7).map { Array(cells[$0..<$0 + 7]) }
    }

    /// The whole school's line of a day, else the first class's.
    func line(on date: SchoolDate) -> CalendarDayRow? {
        lines[date]?.first
    }

    /// The period a day belongs to: the shortest that contains it (a quarter, not the year).
    func period(of date: SchoolDate) -> PeriodLockState? {
        periods.filter { $0.info.period.contains(date) }
            .min { ($0.info.period.end.dayNumber - $0.info.period.start.dayNumber) < ($1.info.period.end.dayNumber - $1.info.period.start.dayNumber) }
    }

    /// Whether a day is in the academic year at all.
    func isInYear(_ date: SchoolDate) -> Bool {
        periods.contains { $0.info.period.contains(date) }
    }

    /// The period the period keys act on: the chosen one in the list, or the selected day's.
    var targetPeriod: PeriodLockState? {
        focus == .periods ? (periods.indices.contains(periodIndex) ? periods[periodIndex] : nil) : period(of: selected)
    }

    /// The one-letter mark of a day in the grid.
    static func marker(_ kind: CalendarDayKind?, classOnly: Bool) -> String {
        switch kind {
        case .holiday?: "в"
        case .workday?: "р"
        case .closed?: classOnly ? "к" : "з"
        case .short?: "с"
        case nil: " "
        }
    }
}
