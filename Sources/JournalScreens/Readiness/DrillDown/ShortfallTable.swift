import JournalCore
import ReadinessMetrics
import TerminalUI

/// The columns of a list of shortfall items, by kind: lessons with date, lesson
/// number, class, subject and teacher; late entries with their delay, deadline
/// and time entered first (they matter most), then who and what; classes;
/// students; accounts. The first column stays put when ← → scroll the rest.
enum ShortfallTable {
    struct Column {
        var title: String
        var width: Int
        var alignment: Alignment = .left
    }

    static func columns(_ key: IndicatorKey, _ language: Language) -> [Column] {
        let ru = language == .ru
        func c(_ title: String, _ en: String, _ width: Int, _ alignment: Alignment = .left) -> Column {
            Column(title: ru ? title : en, width: width, alignment: alignment)
        }
        let lesson = [c("Дата", "Date", 9), c("Ур.", "No.", 3, .right), c("Класс", "Class", 8), c("Предмет", "Subject", 18)]
        switch key {
        case .planning:
            return lesson + [c("Учитель", "Teacher", 18), c("№ урока", "Lesson", 8, .right)]
        case .journal:
            return lesson + [c("Учитель", "Teacher", 18), c("Тема", "Topic", 4), c("ДЗ", "HW", 4), c("№ урока", "Lesson", 8, .right)]
        case .onTime:
            return lesson + [c("Опоздание", "Late by", 18), c("Срок", "Deadline", 11), c("Внесено", "Entered", 11),
                             c("Запись", "Entry", 17), c("Ученик", "Student", 22), c("Учитель", "Teacher", 18),
                             c("№ урока", "Lesson", 8, .right)]
        case .scheduleFill:
            return [c("Класс", "Class", 10), c("Что не так", "Problem", 40)]
        case .parentAccounts:
            return [c("Ученик", "Student", 36), c("Класс", "Class", 8)]
        case .activatedAccounts, .uniqueLogins:
            return [c("Имя", "Name", 34), c("Логин", "Login", 18), c("Роли", "Roles", 24)]
        }
    }

    static func cells(_ item: ShortfallItem, _ language: Language) -> [String] {
        switch item {
        case .lessonWithoutPlanning(let lesson):
            return lessonCells(lesson, language) + [PersonName.short(lesson.teacherName), number(lesson)]
        case .lessonWithoutEntry(let lesson):
            return lessonCells(lesson, language) + [PersonName.short(lesson.teacherName), yes(lesson.hasTopic, language), yes(lesson.hasHomework, language),
                                                    number(lesson)]
        case .lateEntry(let entry):
            return lessonCells(entry.lesson, language) + [ShortfallText.lateness(entry.lateness, language), short(entry.deadline),
                                                          short(entry.enteredAt), kind(entry.kind, language),
                                                          entry.studentName.map(PersonName.short) ?? "—", PersonName.short(entry.lesson.teacherName),
                                                          number(entry.lesson)]
        case .classWithoutTimetable(let schoolClass):
            return [schoolClass.name, language == .ru ? "нет расписания в окне" : "no timetable in the window"]
        case .studentWithoutParent(let person):
            return [person.name, person.className ?? "—"]
        case .accountNotActivated(let person), .accountWithoutSignIn(let person):
            return [person.name, person.login ?? "—", person.roles.map { $0.title.text(in: language) }.joined(separator: ", ")]
        }
    }

    /// `02.09 пн`, lesson number, class and group (`5А гр. 1`; a `mixed` or
    /// `extra` group's name alone), subject.
    private static func lessonCells(_ lesson: LessonItem, _ language: Language) -> [String] {
        [lesson.date.russianShort + " " + WeekdayNames.short(lesson.date.weekday, language), "\(lesson.lessonNumber)",
         [lesson.className, lesson.groupName ?? ""].filter { !$0.isEmpty }.joined(separator: " "), lesson.subjectName]
    }

    /// The lesson's number in the journal; «—» for a lesson nobody has opened yet.
    private static func number(_ lesson: LessonItem) -> String {
        lesson.id.map { "\($0.rawValue)" } ?? "—"
    }

    /// `03.09 12:00`
    static func short(_ time: SchoolTime) -> String {
        time.date.russianShort + " " + time.timeOfDay.text
    }

    private static func yes(_ value: Bool, _ language: Language) -> String {
        language == .ru ? (value ? "есть" : "нет") : (value ? "yes" : "no")
    }

    /// Short names of entry kinds for a narrow column.
    static func kind(_ kind: JournalEntryKind, _ language: Language) -> String {
        let ru = language == .ru
        switch kind {
        case .mark: return ru ? "отметка" : "mark"
        case .markInClass: return ru ? "отметка на уроке" : "in-class mark"
        case .markOutOfClass: return ru ? "отметка вне урока" : "other mark"
        case .attendance: return ru ? "посещаемость" : "attendance"
        case .held: return ru ? "урок проведён" : "lesson held"
        case .comment: return ru ? "комментарий" : "comment"
        }
    }
}
