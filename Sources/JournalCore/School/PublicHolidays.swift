/// The days off and moved working days of a span of dates: the official
/// calendar where it has the year, otherwise what the Labour Code (art. 112)
/// says by itself: the public holidays, and one falling on a weekend moves to
/// the next working day. Without a decree nothing else moves, so a year the
/// official file lacks gets no moved working Saturdays.
public enum PublicHolidays {
    public static func days(from: SchoolDate, to: SchoolDate) -> [CalendarDay] {
        guard from <= to else { return [] }
        var days = OfficialCalendar.days(from: from, to: to)
        for year in from.year...to.year where !OfficialCalendar.years.contains(year) {
            days += labourCode(year).filter { from <= $0.date && $0.date <= to }
        }
        return days.sorted { $0.date < $1.date }
    }

    private static let fixed: [(month: Int, day: Int, note: String)] = [
        (1, 1, "Новогодние каникулы"), (1, 2, "Новогодние каникулы"), (1, 3, "Новогодние каникулы"),
        (1, 4, "Новогодние каникулы"), (1, 5, "Новогодние каникулы"), (1, 6, "Новогодние каникулы"),
        (1, 7, "Рождество Христово"), (1, 8, "Новогодние каникулы"), (2, 23, "День защитника Отечества"),
        (3, 8, "Международный женский день"), (5, 1, "Праздник Весны и Труда"), (5, 9, "День Победы"),
        (6, 12, "День России"), (11, 4, "День народного единства"),
    ]

    /// The January days off that fall on a weekend move by decree only, so
    /// they do not move here.
    static func labourCode(_ year: Int) -> [CalendarDay] {
        var days = fixed.map { CalendarDay(date: SchoolDate(year: year, month: $0.month, day: $0.day)!, kind: .holiday, note: $0.note) }
        let taken = Set(days.map(\.date))
        var moved = Set<SchoolDate>()
        for holiday in days where holiday.date.month > 1 && holiday.date.weekday >= 6 {
            var day = holiday.date.adding(days: 8 - holiday.date.weekday)
            while taken.contains(day) || moved.contains(day) { day = day.adding(days: 1) }
            moved.insert(day)
            let from = "\(holiday.date.day) \(monthGenitive[holiday.date.month - 1])"
            days.append(CalendarDay(date: day, kind: .holiday, note: "Перенос выходного с \(from)"))
        }
        return days
    }

    private static let monthGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                        "сентября", "октября", "ноября", "декабря"]
}
