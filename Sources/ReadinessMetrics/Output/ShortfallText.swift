import JournalCore

/// One line per shortfall item, for the command line and the dashboard's lists.
public enum ShortfallText {
    public static func line(_ item: ShortfallItem, language: Language = .ru) -> String {
        let ru = language == .ru
        switch item {
        case .lessonWithoutPlanning(let lesson):
            return lessonText(lesson, language) + (ru ? " — нет темы и домашнего задания" : " — no topic and no homework")
        case .lessonWithoutEntry(let lesson):
            return lessonText(lesson, language) + (ru ? " — нет ни одной записи в журнале" : " — no journal entry")
        case .lateEntry(let entry):
            let who = entry.studentName.map { ", \($0)" } ?? ""
            return lessonText(entry.lesson, language) + " — " + entry.kind.title.text(in: language) + who
                + (ru ? ": внесено \(entry.enteredAt.russian), срок \(entry.deadline.russian), опоздание \(lateness(entry.lateness, language))"
                    : ": entered \(entry.enteredAt.iso), due \(entry.deadline.iso), late by \(lateness(entry.lateness, language))")
        case .classWithoutTimetable(let schoolClass):
            return schoolClass.name + (ru ? " — нет расписания в окне отчёта" : " — no timetable in the window")
        case .studentWithoutParent(let person):
            return person.name + (person.className.map { " (\($0))" } ?? "")
                + (ru ? " — нет учётной записи родителя" : " — no parent account")
        case .accountNotActivated(let person):
            return person.name + (person.login.map { " [\($0)]" } ?? "") + (ru ? " — не активирована" : " — not activated")
        case .accountWithoutSignIn(let person):
            return person.name + (person.login.map { " [\($0)]" } ?? "") + (ru ? " — ни одного входа за период" : " — no sign-in in the window")
        }
    }

    /// `02.09.2024, урок 1, 5А · Английский язык · гр. 1, Иванова А. П. (№ 17)`; a lesson
    /// nobody has opened yet has no number.
    static func lessonText(_ lesson: LessonItem, _ language: Language) -> String {
        let number = language == .ru ? "урок \(lesson.lessonNumber)" : "lesson \(lesson.lessonNumber)"
        let id = lesson.id.map { " (№ \($0))" } ?? (language == .ru ? " (урок ещё не открывали)" : " (not opened yet)")
        return "\(lesson.date.russian), \(number), \(lesson.title), \(lesson.teacherName)\(id)"
    }

    /// `2 дн 3 ч 5 мин`, `45 с`.
    public static func lateness(_ seconds: Int, _ language: Language) -> String {
        let ru = language == .ru
        let days = seconds / 86_400, hours = seconds / 3600 % 24, minutes = seconds / 60 % 60
        var parts: [String] = []
        if days > 0 { parts.append(ru ? "\(days) дн" : "\(days) d") }
        if hours > 0 { parts.append(ru ? "\(hours) ч" : "\(hours) h") }
        if minutes > 0 { parts.append(ru ? "\(minutes) мин" : "\(minutes) min") }
        if parts.isEmpty { parts.append(ru ? "\(seconds) с" : "\(seconds) s") }
        return parts.joined(separator: " ")
    }
}
