/// Short weekday names, 1 = Monday … 7 = Sunday: the screens' dates and the
/// command line's calendar.
public enum WeekdayNames {
    public static func short(_ weekday: Int, _ language: Language) -> String {
        let ru = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let index = max(1, min(7, weekday)) - 1
        return language == .ru ? ru[index] : en[index]
    }
}
