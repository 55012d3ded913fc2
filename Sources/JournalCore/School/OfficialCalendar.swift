/// The official Russian calendar of days off and moved working days, 2025–2027:
/// the text of `Resources/calendar/official-days-off.csv` (a test keeps the two
/// identical), with its sources in its header. A school generated or imported
/// without a calendar of its own starts from it; each school can then change
/// its own calendar.
public enum OfficialCalendar {
    /// The calendar years the file covers.
    public static let years: ClosedRange<Int> = 2025...2027

    /// Every official line, in date order.
    public static let days: [CalendarDay] = parse(text)

    /// The official lines of `from`...`to`.
    public static func days(from: SchoolDate, to: SchoolDate) -> [CalendarDay] {
        days.filter { from <= $0.date && $0.date <= to }
    }

    /// Whether the file knows every day of `from`...`to`.
    public static func covers(from: SchoolDate, to: SchoolDate) -> Bool {
        years.contains(from.year) && years.contains(to.year)
    }

    static func parse(_ text: String) -> [CalendarDay] {
        text.split(separator: "\n").compactMap { line -> CalendarDay? in
            guard !line.hasPrefix("#"), !line.hasPrefix("date,") else { return nil }
            let cells = line.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4, let date = SchoolDate(iso: cells[0]), let kind = CalendarDayKind(rawValue: cells[1]) else {
                return nil
            }
            return CalendarDay(date: date, kind: kind, weekday: Int(cells[2]), note: cells[3].isEmpty ? nil : cells[3])
        }
    }

    public static let text = """
        # Официальный календарь нерабочих праздничных дней и переносов выходных дней в России, 2025–2027
        # (пятидневная рабочая неделя).
        # Источники:
        #   Трудовой кодекс РФ, ст. 112: нерабочие праздничные дни 1–8 января, 23 февраля, 8 марта, 1 и 9 мая,
        #   12 июня, 4 ноября; выходной, совпавший с праздником (кроме 1–8 января), переносится на следующий
        #   рабочий день.
        #   Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году».
        #   Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году».
        #   Постановление Правительства РФ от 17.09.2026 № 1187 «О переносе выходных дней в 2027 году».
        # kind: holiday — нерабочий день; workday — рабочая суббота, weekday — расписание какого дня недели
        # она повторяет (1 = пн): того дня, на который перенесён её выходной.
        date,kind,weekday,note
        2025-01-01,holiday,,Новогодние каникулы
        2025-01-02,holiday,,Новогодние каникулы
        2025-01-03,holiday,,Новогодние каникулы
        2025-01-04,holiday,,Новогодние каникулы
        2025-01-05,holiday,,Новогодние каникулы
        2025-01-06,holiday,,Новогодние каникулы
        2025-01-07,holiday,,Рождество Христово
        2025-01-08,holiday,,Новогодние каникулы
        2025-02-23,holiday,,День защитника Отечества
        2025-03-08,holiday,,Международный женский день
        2025-05-01,holiday,,Праздник Весны и Труда
        2025-05-02,holiday,,Перенос выходного с 4 января (постановление № 1335)
        2025-05-08,holiday,,Перенос выходного с 23 февраля (постановление № 1335)
        2025-05-09,holiday,,День Победы
        2025-06-12,holiday,,День России
        2025-06-13,holiday,,Перенос выходного с 8 марта (постановление № 1335)
        2025-11-01,workday,1,Рабочая суббота: выходной перенесён на 3 ноября (постановление № 1335)
        2025-11-03,holiday,,Перенос выходного с 1 ноября (постановление № 1335)
        2025-11-04,holiday,,День народного единства
        2025-12-31,holiday,,Перенос выходного с 5 января (постановление № 1335)
        2026-01-01,holiday,,Новогодние каникулы
        2026-01-02,holiday,,Новогодние каникулы
        2026-01-03,holiday,,Новогодние каникулы
        2026-01-04,holiday,,Новогодние каникулы
        2026-01-05,holiday,,Новогодние каникулы
        2026-01-06,holiday,,Новогодние каникулы
        2026-01-07,holiday,,Рождество Христово
        2026-01-08,holiday,,Новогодние каникулы
        2026-01-09,holiday,,Перенос выходного с 3 января (постановление № 1466)
        2026-02-23,holiday,,День защитника Отечества
        2026-03-08,holiday,,Международный женский день
        2026-03-09,holiday,,Перенос выходного с 8 марта (ТК РФ ст. 112)
        2026-05-01,holiday,,Праздник Весны и Труда
        2026-05-09,holiday,,День Победы
        2026-05-11,holiday,,Перенос выходного с 9 мая (ТК РФ ст. 112)
        2026-06-12,holiday,,День России
        2026-11-04,holiday,,День народного единства
        2026-12-31,holiday,,Перенос выходного с 4 января (постановление № 1466)
        2027-01-01,holiday,,Новогодние каникулы
        2027-01-02,holiday,,Новогодние каникулы
        2027-01-03,holiday,,Новогодние каникулы
        2027-01-04,holiday,,Новогодние каникулы
        2027-01-05,holiday,,Новогодние каникулы
        2027-01-06,holiday,,Новогодние каникулы
        2027-01-07,holiday,,Рождество Христово
        2027-01-08,holiday,,Новогодние каникулы
        2027-02-20,workday,1,Рабочая суббота: выходной перенесён на 22 февраля (постановление № 1187)
        2027-02-22,holiday,,Перенос выходного с 20 февраля (постановление № 1187)
        2027-02-23,holiday,,День защитника Отечества
        2027-03-08,holiday,,Международный женский день
        2027-05-01,holiday,,Праздник Весны и Труда
        2027-05-03,holiday,,Перенос выходного с 1 мая (ТК РФ ст. 112)
        2027-05-09,holiday,,День Победы
        2027-05-10,holiday,,Перенос выходного с 9 мая (ТК РФ ст. 112)
        2027-06-12,holiday,,День России
        2027-06-14,holiday,,Перенос выходного с 12 июня (ТК РФ ст. 112)
        2027-11-04,holiday,,День народного единства
        2027-11-05,holiday,,Перенос выходного со 2 января (постановление № 1187)
        2027-12-31,holiday,,Перенос выходного с 3 января (постановление № 1187)
        """
}
