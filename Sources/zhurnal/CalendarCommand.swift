import ArgumentParser
import JournalCore
import JournalStore
import ReadinessMetrics
import ZhurnalCommandLine

/// `zhurnal calendar list|set`: the school calendar — days off, moved working
/// days, closed and shortened days.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Календарь школы: нерабочие дни, рабочие субботы, дни без занятий, сокращённые дни.",
        subcommands: [CalendarListCommand.self, CalendarSetCommand.self])
}

struct CalendarListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Показать дни календаря школы.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("С какого дня, ГГГГ-ММ-ДД.", valueName: "ДАТА"))
    var from: String?

    @Option(help: ArgumentHelp("По какой день, ГГГГ-ММ-ДД.", valueName: "ДАТА"))
    var to: String?

    func run() throws {
        try reportingErrors(global.language) {
            let from = try self.from.map(ReportMoment.date), to = try self.to.map(ReportMoment.date)
            let days = try global.openDatabase().calendarDays(from: from, to: to)
            let ru = global.language == .ru
            guard !days.isEmpty else {
                return Console.print(ru ? "В календаре школы нет особых дней за эти даты." : "No special days in the school calendar for these dates.")
            }
            let rows = days.map { day in
                [day.date.russian, WeekdayNames.short(day.date.weekday, global.language), kindText(day),
                 day.className ?? (ru ? "вся школа" : "whole school"), day.note ?? ""]
            }
            Console.print(TextTable(header: ru ? ["Дата", "День", "Что", "Для кого", "Примечание"]
                                                : ["Date", "Day", "What", "For", "Note"], rows: rows).text)
        }
    }

    private func kindText(_ day: CalendarDayRow) -> String {
        let title = day.kind.title.text(in: global.language)
        guard day.kind == .workday, let weekday = day.weekday else { return title }
        let ru = global.language == .ru
        return title + (ru ? " (расписание: " : " (timetable: ") + WeekdayNames.short(weekday, global.language) + ")"
    }
}

struct CalendarSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Сделать день нерабочим, рабочим, днём без занятий, сокращённым или вернуть обычным.",
        discussion: """
            holiday — нерабочий день для всей школы; workday — рабочий день по расписанию дня недели --weekday \
            (1 = пн … 6 = сб); closed — занятий нет (у класса --class или у всей школы); short — сокращённый день \
            (звонки сокращённых дней); school — обычный день (строка календаря удаляется). Пустые уроки дня, \
            которых больше нет, отменяются; уроки с записями остаются, и команда их называет.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("День, ГГГГ-ММ-ДД.", valueName: "ДАТА"))
    var date: String

    @Argument(help: ArgumentHelp("holiday, workday, closed, short или school.", valueName: "ВИД"))
    var kind: String

    @Option(help: ArgumentHelp("Для workday: расписание какого дня недели, 1 (пн) … 6 (сб).", valueName: "N"))
    var weekday: Int?

    @Option(name: .customLong("class"), help: ArgumentHelp("Класс (его id в выгрузке), для closed, short и school.", valueName: "ID"))
    var classCode: String?

    @Option(help: ArgumentHelp("Примечание: праздник, причина.", valueName: "ТЕКСТ"))
    var note: String?

    func run() throws {
        try reportingErrors(global.language) {
            let day = try ReportMoment.date(date)
            let change = try self.change()
            // The command line is the server operator's: no signed-in user to check.
            let outcome = try global.openDatabase().setCalendarDay(day, change, classCode: classCode, note: note, by: .serverOperator)
            Console.print(CalendarOutcomeText(language: global.language).lines(day, change, classCode: classCode, outcome)
                .joined(separator: "\n"))
        }
    }

    private func change() throws -> CalendarDayChange {
        let kinds = ["holiday", "workday", "closed", "short", "school"]
        if kind != "workday", weekday != nil {
            throw CommandLineError.conflict(Phrase(ru: "--weekday задаётся только для workday", en: "--weekday goes with workday only"))
        }
        switch kind {
        case "holiday": return .holiday
        case "closed": return .closed
        case "short": return .short
        case "school": return .school
        case "workday":
            guard let weekday else {
                throw CommandLineError.conflict(Phrase(ru: "для workday нужен --weekday: расписание какого дня недели, 1 (пн) … 6 (сб)",
                                                       en: "workday needs --weekday: whose timetable, 1 (Monday) … 6 (Saturday)"))
            }
            return .workday(weekday: weekday)
        default: throw CommandLineError.invalidChoice(option: "ВИД", value: kind, allowed: kinds)
        }
    }
}

/// What a calendar change did, in words: the new state of the day, then the
/// lessons cancelled, restored, made, retimed, and a warning naming every
/// lesson kept for its entries.
struct CalendarOutcomeText {
    let language: Language

    func lines(_ day: SchoolDate, _ change: CalendarDayChange, classCode: String?, _ outcome: CalendarChangeOutcome) -> [String] {
        let ru = language == .ru
        let scope = classCode.map { ru ? " (класс \($0))" : " (class \($0))" } ?? ""
        var lines = [day.russian + " — " + changeText(change) + scope]
        let counts: [(Int, String, String)] = [
            (outcome.cancelled, "уроков отменено", "lessons cancelled"), (outcome.restored, "уроков возвращено", "lessons restored"),
            (outcome.created, "уроков создано по расписанию", "lessons made from the timetable"),
            (outcome.retimed, "уроков по новым звонкам", "lessons retimed"),
        ]
        for (count, ruText, enText) in counts where count > 0 { lines.append("  \(ru ? ruText : enText): \(count)") }
        guard !outcome.kept.isEmpty else { return lines }
        lines.append(ru ? "Внимание: в этих уроках уже есть записи, они оставлены (отмените их сами, если нужно):"
                        : "Warning: these lessons already have entries and are kept (cancel them yourself if needed):")
        for lesson in outcome.kept {
            let number = ru ? "урок \(lesson.lessonNumber)" : "lesson \(lesson.lessonNumber)"
            lines.append("  № \(lesson.id), \(number), \(lesson.title), \(lesson.teacherName) — \(entries(lesson))")
        }
        return lines
    }

    private func changeText(_ change: CalendarDayChange) -> String {
        let ru = language == .ru
        switch change {
        case .school: return ru ? "обычный учебный день" : "an ordinary school day"
        case .workday(let weekday):
            return CalendarDayKind.workday.title.text(in: language) + (ru ? " по расписанию: " : ", timetable of ")
                + WeekdayNames.short(weekday, language)
        default: return change.kind?.title.text(in: language) ?? ""
        }
    }

    private func entries(_ lesson: KeptLesson) -> String {
        let ru = language == .ru
        var parts: [String] = []
        if lesson.marks > 0 { parts.append(ru ? "отметок: \(lesson.marks)" : "marks: \(lesson.marks)") }
        if lesson.attendance > 0 { parts.append(ru ? "посещаемость: \(lesson.attendance)" : "attendance: \(lesson.attendance)") }
        if lesson.held { parts.append(ru ? "отмечен проведённым" : "marked held") }
        if lesson.hasComment { parts.append(ru ? "комментарий" : "comment") }
        return parts.joined(separator: ", ")
    }
}
