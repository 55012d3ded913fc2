/// The periods and calendar lines of a new academic year, made from the year
/// that closes (docs/decisions.md, «Новый учебный год»).
///
/// The school's own structure is kept — the same periods with the same names,
/// so a school by trimesters stays by trimesters — and each date moves on one
/// calendar year: a period that began on a weekend begins on the Monday after,
/// one that ended on a weekend ends on the Friday before (the single calendar
/// schedule of the ФОП starts the year on 1 September or the first working day
/// after it, and ends it on the working day before its last date). The days
/// off inside the year come from the official calendar (`OfficialCalendar`)
/// where it knows the year.
public enum NewYearCalendar {
    /// The periods of `year`, made from `closing` (the closing year's periods).
    public static func periods(of year: AcademicYearCode, from closing: [Period]) -> [Period] {
        // Whole calendar years on from the closing year's first day: one for the
        // next year; never none or back, even where the dates do not lie in the
        // calendar years the closing year's name says.
        let years = max(1, year.firstYear - (closing.map(\.start.year).min() ?? year.firstYear - 1))
        return closing.map { period in
            Period(code: code(period.code, year: year), name: period.name, kind: period.kind,
                   start: moved(period.start, years: years, starting: true), end: moved(period.end, years: years, starting: false))
        }
    }

    /// Period codes are unique across years: «q1» of 2026/2027 is «q1-2026»
    /// (the year's first calendar year), whatever suffix the old code had.
    public static func code(_ code: String, year: AcademicYearCode) -> String {
        var base = Substring(code)
        if let dash = base.lastIndex(of: "-"), base[base.index(after: dash)...].count == 4,
           base[base.index(after: dash)...].allSatisfy(\.isNumber) {
            base = base[..<dash]
        }
        return "\(base)-\(year.firstYear)"
    }

    /// `date` on the same day and month `years` calendar years on, off a weekend.
    static func moved(_ date: SchoolDate, years: Int, starting: Bool) -> SchoolDate {
        let calendarYear = date.year + years
        let day = SchoolDate(year: calendarYear, month: date.month, day: date.day)
            ?? SchoolDate(year: calendarYear, month: date.month, day: date.day - 1)!
        switch (day.weekday, starting) {
        case (6, true): return day.adding(days: 2)
        case (7, true): return day.adding(days: 1)
        case (6, false): return day.adding(days: -1)
        case (7, false): return day.adding(days: -2)
        default: return day
        }
    }

    /// The official days off and moved working days of `first`...`last` that
    /// a school calendar takes: every holiday, and a moved working Saturday
    /// only inside one of `terms` (in the holidays between them it changes
    /// nothing). Where the official calendar does not know the year, the
    /// Labour Code's holidays (`PublicHolidays`), without decree moves.
    public static func officialDays(from first: SchoolDate, to last: SchoolDate, terms: [Period]) -> [CalendarDay] {
        PublicHolidays.days(from: first, to: last).filter { day in
            day.kind == .holiday || terms.contains { $0.contains(day.date) }
        }
    }
}
