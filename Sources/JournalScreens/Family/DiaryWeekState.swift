import JournalCore
import JournalStore
import TerminalUI

/// A line of the diary week: a day's heading, one of its lessons, or the
/// word that the day has none.
enum DiaryRow: Hashable {
    case day(SchoolDate)
    case lesson(SchoolDate, FamilyDayLesson)
    case noLessons(SchoolDate)
}

/// The diary week as the screen shows it: which week, what the store gave
/// for it, and «что задано на завтра». A value, so that the rows and the
/// moves between weeks are tested without a database.
struct DiaryWeekState: Equatable {
    var monday: SchoolDate
    var days: [FamilyDay] = []
    /// The next school day after today and what is due then.
    var tomorrow: SchoolDate
    var tomorrowHomework: [FamilyDueHomework] = []

    init(today: SchoolDate) {
        monday = today.mondayOfWeek
        tomorrow = Self.nextDay(after: today)
    }

    /// The day after `today`, Monday after a Saturday or a Sunday: the day
    /// a child packs the school bag for.
    static func nextDay(after today: SchoolDate) -> SchoolDate {
        let next = today.adding(days: 1)
        return next.weekday == 7 ? next.adding(days: 1) : next
    }

    mutating func move(weeks: Int) {
        monday = monday.adding(days: 7 * weeks)
    }

    var saturday: SchoolDate { monday.adding(days: 5) }

    /// Day headings, each followed by its lessons in bell order.
    var rows: [DiaryRow] {
        days.flatMap { day -> [DiaryRow] in
            [.day(day.date)] + (day.lessons.isEmpty ? [.noLessons(day.date)] : day.lessons.map { .lesson(day.date, $0) })
        }
    }

    /// «На завтра, вт 03.12: Математика — § 3; Русский язык — упр. 112».
    func tomorrowLine(_ context: AppContext) -> String {
        let day = WeekdayNames.short(tomorrow.weekday, context.language) + " " + tomorrow.russianShort
        let head = context.t("На завтра, \(day): ", "For tomorrow, \(day): ")
        guard !tomorrowHomework.isEmpty else { return head + context.t("ничего не задано", "nothing is due") }
        return head + tomorrowHomework.map { "\($0.subject) — \($0.text)" }.joined(separator: "; ")
    }
}

/// The diary week's table: a paper diary's columns.
enum DiaryWeekTable {
    static func table(_ rows: [DiaryRow], width: Int, today: SchoolDate, context: AppContext) -> Table {
        let fixed = 2 + 16 + 6 + 3 + 5
        let free = max(20, width - fixed)
        let topic = free * 2 / 5
        return Table(columns: [TableColumn(width: 2, alignment: .right), TableColumn(width: 16), TableColumn(width: topic),
                               TableColumn(width: free - topic), TableColumn(width: 6), TableColumn(width: 3, alignment: .center)],
                     headerRows: [[TableCell("№"), TableCell(context.t("Предмет", "Subject")), TableCell(context.t("Тема", "Topic")),
                                   TableCell(context.t("Задано к уроку", "Homework due")), TableCell(context.t("Отм.", "Marks")),
                                   TableCell(context.t("Пр", "Ab"))]],
                     rowCount: rows.count, selectionMode: .row) { row, column in
            cell(rows[row], column, today: today, context: context)
        }
    }

    private static func cell(_ row: DiaryRow, _ column: Int, today: SchoolDate, context: AppContext) -> TableCell {
        switch row {
        case .day(let date):
            // the weekday in the subject's column, the date beside it, as a diary page heads its days
            let style: StyleRole = date == today ? .today : .header
            switch column {
            case 1: return TableCell(dayName(date.weekday, context.language), style: style)
            case 2: return TableCell(date.russianShort + (date == today ? context.t(" (сегодня)", " (today)") : ""), style: style)
            default: return TableCell("", style: style)
            }
        case .noLessons:
            return column == 1 ? TableCell(context.t("уроков нет", "no lessons"), style: .dim) : TableCell("")
        case .lesson(_, let lesson):
            switch column {
            case 0: return TableCell(String(lesson.lessonNumber))
            case 1: return TableCell(lesson.subject, style: lesson.cancelled ? .dim : nil)
            case 2: return TableCell(lesson.cancelled ? context.t("урок отменён", "cancelled") : lesson.topic ?? "", style: lesson.cancelled ? .warning : nil)
            case 3: return TableCell(lesson.homework.map(\.text).joined(separator: "; "))
            case 4: return TableCell(lesson.marks.map { String($0.value) }.joined(separator: " "), style: lesson.marks.isEmpty ? nil : .emphasis)
            default:
                return TableCell(lesson.attendance?.rawValue ?? "", style: lesson.attendance == .late ? .late : .absence)
            }
        }
    }

    static func dayName(_ weekday: Int, _ language: Language) -> String {
        let ru = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let index = max(1, min(7, weekday)) - 1
        return language == .ru ? ru[index] : en[index]
    }
}
