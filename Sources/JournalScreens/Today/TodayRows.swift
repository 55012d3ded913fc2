import JournalCore
import JournalStore
import ReadinessMetrics
import TerminalUI

/// The rows of the today screen: headings, notes and lessons, built from what
/// the store returned and the clock. Only lesson rows can be selected.
struct TodayRows {
    enum Row {
        case heading(String)
        case note(String)
        case lesson(TodayLesson, showsDate: Bool)
        /// A lesson the readiness report counts against the teacher, for one reason.
        case shortfall(TeacherShortfall.LessonShortfall, IndicatorKey)
    }

    static let subjectWidth = 21

    var rows: [Row] = []

    var lessonIndices: [Int] {
        rows.indices.filter { lessonID(at: $0) != nil }
    }

    func lesson(at index: Int?) -> TodayLesson? {
        guard let index, rows.indices.contains(index), case .lesson(let lesson, _) = rows[index] else { return nil }
        return lesson
    }

    func shortfall(at index: Int?) -> TeacherShortfall.LessonShortfall? {
        guard let index, rows.indices.contains(index), case .shortfall(let entry, _) = rows[index] else { return nil }
        return entry
    }

    /// The lesson of a selectable row: today's or the shortfall's.
    func lessonID(at index: Int?) -> LessonID? {
        guard let index, rows.indices.contains(index) else { return nil }
        switch rows[index] {
        case .lesson(let lesson, _): return lesson.id
        case .shortfall(let entry, _): return entry.lesson.id
        default: return nil
        }
    }

    /// Today's lessons; without any, the next school day's; then what the
    /// readiness report counts against the teacher, reason by reason.
    init(today: [TodayLesson], next: (date: SchoolDate, lessons: [TodayLesson])?, shortfall: TeacherShortfall?,
         date: SchoolDate, language: Language) {
        let ru = language == .ru
        if today.isEmpty {
            rows.append(.note(ru ? "Сегодня у вас уроков нет." : "You have no lessons today."))
            if let next {
                rows.append(.heading((ru ? "Ближайший учебный день — " : "Next school day: ")
                                     + WeekdayNames.short(next.date.weekday, language) + " " + next.date.russian))
                rows += next.lessons.map { .lesson($0, showsDate: false) }
            } else {
                rows.append(.note(ru ? "Ближайших уроков в расписании нет. F3 — мои классы: журнал любого класса."
                                     : "No lessons ahead in the timetable. F3 — my classes."))
            }
        } else {
            rows += today.map { .lesson($0, showsDate: false) }
        }
        if let shortfall { rows += Self.rows(of: shortfall, language) }
    }

    /// «Против вас в отчёте о готовности», then one heading per reason with its
    /// lessons, in the drill-down's words.
    private static func rows(of shortfall: TeacherShortfall, _ language: Language) -> [Row] {
        let ru = language == .ru
        let profile = " (" + (ru ? "профиль " : "profile ") + shortfall.profile.id + ")"
        guard !shortfall.isEmpty else {
            return [.note(""), .note((ru ? "Готовность за " : "Readiness, ") + shortfall.windowTitle + profile
                                     + (ru ? ": по вашим урокам недобора нет." : ": nothing missing in your lessons."))]
        }
        var rows: [Row] = [.note(""), .heading((ru ? "Против вас в отчёте о готовности за " : "Counted against you in readiness, ")
                                               + shortfall.windowTitle + profile + ":")]
        for group in shortfall.groups {
            let what = ShortfallWords.items(group.indicator).text(in: language)
            var count = String(group.items.count) + (group.more ? "+" : "")
            if group.indicator == .onTime {
                count += ru ? " (уроков: \(group.lessons.count))" : " (lessons: \(group.lessons.count))"
            }
            rows.append(.heading(" " + what.prefix(1).uppercased() + what.dropFirst() + ": " + count))
            rows += group.lessons.map { .shortfall($0, group.indicator) }
        }
        return rows
    }

    /// The column headings, aligned with `line(for:)`.
    static func heading(_ language: Language) -> String {
        let ru = language == .ru
        return fit(ru ? "№" : "#", 2, .right) + " " + fit(ru ? "Время" : "Time", 5) + "  " + fit(ru ? "Класс" : "Class", 6)
            + fit(ru ? "Предмет" : "Subject", subjectWidth) + " "
            + [ru ? "Тема" : "Topic", ru ? "ДЗ" : "Work", ru ? "Проп" : "Abs", ru ? "Отм" : "Mark", ru ? "Пров" : "Held"]
                .map { fit($0, 5) }.joined() + (ru ? "Срок" : "Due")
    }

    static func line(for row: Row, now: SchoolTime, deadline: DeadlineRule, language: Language) -> Line {
        switch row {
        case .heading(let text): return Line(text, style: .header)
        case .note(let text): return Line(text, style: .dim)
        case .lesson(let lesson, let showsDate):
            return lessonLine(lesson, showsDate: showsDate, progress: LessonProgress(lesson: lesson, deadline: deadline, now: now),
                              language: language)
        case .shortfall(let entry, let key):
            return shortfallLine(entry, key, language)
        }
    }

    /// `  3 09.09  5А    Математика`, and for late entries how many and the longest delay.
    private static func shortfallLine(_ entry: TeacherShortfall.LessonShortfall, _ key: IndicatorKey, _ language: Language) -> Line {
        let lesson = entry.lesson
        let front = fit(String(lesson.lessonNumber), 2, .right) + " " + lesson.date.russianShort + "  " + fit(lesson.className, 6)
            + fit(lesson.subjectName, subjectWidth) + " "
        guard key == .onTime, case .lateEntry(let latest)? = entry.items.first else { return Line(front) }
        let ru = language == .ru
        let late = (ru ? "позже срока: \(entry.items.count), до " : "late: \(entry.items.count), up to ")
            + ShortfallText.lateness(latest.lateness, language)
        return Line([Span(front), Span(late, style: .warning)])
    }

    private static func lessonLine(_ lesson: TodayLesson, showsDate: Bool, progress: LessonProgress, language: Language) -> Line {
        let ru = language == .ru
        let when = showsDate ? lesson.date.russianShort : lesson.startsAt.timeOfDay.text
        var tail = lesson.label.groupName.map { " · " + $0 } ?? ""
        if lesson.isSubstitution { tail += ru ? " (замена)" : " (cover)" }
        // A group of no class takes the class column too.
        let classColumn = lesson.label.className.map { fit($0, 6) } ?? ""
        let width = subjectWidth + 6 - classColumn.count
        let subject = TextFitting.truncate(lesson.label.subjectName, keeping: tail, toWidth: width)
        let front = fit(String(lesson.lessonNumber), 2, .right) + " " + when + "  " + classColumn + fit(subject, width) + " "
        let attendance = lesson.attendanceCount > 0 ? String(lesson.attendanceCount) : (lesson.held ? "0" : nil)
        let marks = lesson.markCount > 0 ? String(lesson.markCount) : nil
        return Line([Span(front, style: lesson.cancelled ? .dim : nil),
                     flag(lesson.hasTopic ? "✓" : nil), flag(lesson.hasHomework ? "✓" : nil), flag(attendance), flag(marks),
                     flag(lesson.held ? "✓" : nil),
                     progress.stageText(language, today: progress.now.date)])
    }

    /// A done part («✓» or a count), or «—» for one not yet done.
    private static func flag(_ value: String?) -> Span {
        guard let value else { return Span(fit("—", 5), style: .dim) }
        return Span(fit(value, 5), style: .success)
    }

    private static func fit(_ text: String, _ width: Int, _ alignment: Alignment = .left) -> String {
        TextFitting.fit(text, width: width, alignment: alignment)
    }
}
