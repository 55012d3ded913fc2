import JournalCore

/// A Russian academic year as most regions set it: 1 September to 26 May in four
/// quarters, autumn holidays from the last Saturday on or before 28 October (nine
/// days), winter holidays 29 December to 8 January, spring holidays from the last
/// Saturday on or before 24 March (nine days). Inside the quarters the official
/// calendar of days off (`OfficialCalendar`) decides: its holidays have no
/// lessons, and a Saturday it makes a working day follows the timetable of the
/// weekday it names. Grades 10–11 are assessed by half-years, the others by
/// quarters.
public struct AcademicCalendar: Sendable {
    /// 2024 for 2024/2025.
    public let firstYear: Int
    public let yearStart: SchoolDate
    public let yearEnd: SchoolDate
    public let periods: [Period]
    /// The school's calendar lines: the official holidays of the academic year and
    /// the moved working days that fall inside a quarter (one in the holidays
    /// between quarters changes nothing for a school).
    public let days: [CalendarDay]
    /// Holidays between quarters, as inclusive ranges of day numbers.
    let vacations: [ClosedRange<Int>]
    private let dayByNumber: [Int: CalendarDay]

    public init(firstYear: Int) {
        self.firstYear = firstYear
        let next = firstYear + 1
        yearStart = SchoolDate(year: firstYear, month: 9, day: 1)!
        yearEnd = SchoolDate(year: next, month: 5, day: 26)!
        let autumn = Self.saturday(onOrBefore: SchoolDate(year: firstYear, month: 10, day: 28)!)
        let winter = SchoolDate(year: firstYear, month: 12, day: 29)!
        let winterEnd = SchoolDate(year: next, month: 1, day: 8)!
        let spring = Self.saturday(onOrBefore: SchoolDate(year: next, month: 3, day: 24)!)
        let vacations = [autumn.dayNumber...autumn.adding(days: 8).dayNumber,
                         winter.dayNumber...winterEnd.dayNumber,
                         spring.dayNumber...spring.adding(days: 8).dayNumber]
        self.vacations = vacations
        let q2Start = autumn.adding(days: 9)
        let q3Start = winterEnd.adding(days: 1)
        let q4Start = spring.adding(days: 9)
        periods = [
            Period(code: "q1", name: "1 четверть", kind: .quarter, start: yearStart, end: autumn.adding(days: -1)),
            Period(code: "q2", name: "2 четверть", kind: .quarter, start: q2Start, end: winter.adding(days: -1)),
            Period(code: "q3", name: "3 четверть", kind: .quarter, start: q3Start, end: spring.adding(days: -1)),
            Period(code: "q4", name: "4 четверть", kind: .quarter, start: q4Start, end: yearEnd),
            Period(code: "h1", name: "1 полугодие", kind: .half, start: yearStart, end: winter.adding(days: -1)),
            Period(code: "h2", name: "2 полугодие", kind: .half, start: q3Start, end: yearEnd),
            Period(code: "year", name: "Учебный год", kind: .year, start: yearStart, end: yearEnd),
        ]
        let inVacation = { (date: SchoolDate) in vacations.contains { $0.contains(date.dayNumber) } }
        days = PublicHolidays.days(from: yearStart, to: yearEnd).filter { $0.kind == .holiday || !inVacation($0.date) }
        dayByNumber = Dictionary(days.map { ($0.date.dayNumber, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The academic year a date belongs to: from September on, the one starting
    /// that year; before September, the one that started the year before (in the
    /// summer that is the year just finished).
    public init(containing date: SchoolDate) {
        self.init(firstYear: date.month >= 9 ? date.year : date.year - 1)
    }

    /// `2024/2025`
    public var title: String { "\(firstYear)/\(firstYear + 1)" }

    public var quarters: [Period] { periods.filter { $0.kind == .quarter } }
    public var halves: [Period] { periods.filter { $0.kind == .half } }
    public var wholeYear: Period { periods.first { $0.kind == .year }! }

    /// Whether the date is a day off for everyone: between quarters or an
    /// official holiday.
    public func isHoliday(_ date: SchoolDate) -> Bool {
        dayByNumber[date.dayNumber]?.kind == .holiday || isVacation(date)
    }

    func isVacation(_ date: SchoolDate) -> Bool {
        vacations.contains { $0.contains(date.dayNumber) }
    }

    /// The weekday whose timetable a class follows on the date (a moved working
    /// Saturday follows the weekday it names), or nil when the class has no
    /// lessons then; `saturday` for six-day classes.
    public func timetableWeekday(of date: SchoolDate, saturday: Bool) -> Int? {
        guard yearStart <= date, date <= yearEnd, !isVacation(date) else { return nil }
        let lastWeekday = saturday ? 6 : 5
        if let special = dayByNumber[date.dayNumber] {
            switch special.kind {
            case .holiday: return nil
            case .workday: return special.weekday.flatMap { $0 <= lastWeekday ? $0 : nil }
            case .closed, .short: break
            }
        }
        return date.weekday <= lastWeekday ? date.weekday : nil
    }

    /// Whether classes study on the date; `saturday` for six-day classes.
    public func isSchoolDay(_ date: SchoolDate, saturday: Bool) -> Bool {
        timetableWeekday(of: date, saturday: saturday) != nil
    }

    /// Mondays of the school weeks from `start` to the end of the year: an ISO
    /// week counts when at least one of its days on or after `start` is a school
    /// day of a five-day class, so a holiday week does not count.
    public func schoolWeeks(from start: SchoolDate) -> [SchoolDate] {
        var mondays: [SchoolDate] = []
        var monday = max(start, yearStart).mondayOfWeek
        while monday <= yearEnd {
            let hasSchoolDay = (0..<6).contains { offset in
                let day = monday.adding(days: offset)
                return day >= start && isSchoolDay(day, saturday: false)
            }
            if hasSchoolDay { mondays.append(monday) }
            monday = monday.adding(days: 7)
        }
        return mondays
    }

    /// The dates covered by `weeks` school weeks from `start` (fewer when the year
    /// ends first): from `start` to the Sunday of the last of them.
    public func range(start: SchoolDate, weeks: Int) -> DateRange {
        let mondays = schoolWeeks(from: start)
        let count = max(0, min(weeks, mondays.count))
        guard count > 0 else { return DateRange(first: start, last: start.adding(days: -1), weeks: 0) }
        let last = min(mondays[count - 1].adding(days: 6), yearEnd)
        return DateRange(first: start, last: last, weeks: count)
    }

    /// School weeks from `start` that have begun by `today` (the current one
    /// included).
    public func weeksBegun(from start: SchoolDate, through today: SchoolDate) -> Int {
        schoolWeeks(from: start).filter { $0 <= today }.count
    }

    static func saturday(onOrBefore date: SchoolDate) -> SchoolDate {
        date.adding(days: -((date.weekday + 1) % 7))
    }
}

/// Inclusive dates generated, and how many school weeks they hold.
public struct DateRange: Hashable, Sendable {
    public var first: SchoolDate
    public var last: SchoolDate
    public var weeks: Int

    public func contains(_ date: SchoolDate) -> Bool { first <= date && date <= last }
}
