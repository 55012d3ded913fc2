import JournalCore
import JournalStore
import TerminalUI

/// The rows of the today screen: headings, notes and lessons, built from what
/// the store returned and the clock. Only lesson rows can be selected.
struct TodayRows {
    enum Row {
        case heading(String)
        case note(String)
        case lesson(TodayLesson, showsDate: Bool)
    }

    static let subjectWidth = 21

    var rows: [Row] = []

    var lessonIndices: [Int] {
        rows.indices.filter { if case .lesson = rows[$0] { true } else { false } }
    }

    func lesson(at index: Int?) -> TodayLesson? {
        guard let index, rows.indices.contains(index), case .lesson(let lesson, _) = rows[index] else { return nil }
        return lesson
    }

    /// Today's lessons; without any, the next school day's; then the earlier
    /// lessons still waiting for their first entry.
    init(today: [TodayLesson], next: (date: SchoolDate, lessons: [TodayLesson])?, awaiting: [TodayLesson],
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
        if !awaiting.isEmpty {
            rows.append(.note(""))
            rows.append(.heading(ru ? "Прошлые уроки, где ещё ничего не внесено:" : "Earlier lessons with nothing entered yet:"))
            rows += awaiting.map { .lesson($0, showsDate: true) }
        }
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
        }
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
