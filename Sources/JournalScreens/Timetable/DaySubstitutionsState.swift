import JournalCore
import TerminalUI

/// «Замены на день» without a database: the day, the chosen lesson, and the
/// text of each line.
struct DaySubstitutionsState: Equatable {
    var day: DaySubstitutions?
    var list = ListState()

    /// Typed to find: a class, a subject or a teacher.
    var filter = ""

    /// The day's lessons that the typed text leaves.
    var lessons: [DayLessonLine] {
        let all = day?.lessons ?? []
        let needle = filter.trimmingSpaces.lowercased()
        guard !needle.isEmpty else { return all }
        return all.filter { $0.title.lowercased().contains(needle) || $0.teacherName.lowercased().contains(needle) }
    }

    var selected: DayLessonLine? {
        guard let index = list.selected, lessons.indices.contains(index) else { return nil }
        return lessons[index]
    }

    /// Keeps the cursor on the same lesson after a reload.
    mutating func replace(with day: DaySubstitutions) {
        let chosen = selected?.lessonID
        self.day = day
        if let chosen, let index = lessons.firstIndex(where: { $0.lessonID == chosen }) { list.selected = index }
        list.clamp(itemCount: lessons.count)
    }

    /// Lessons that wait for a substitute: their teacher is absent, nobody covers.
    var waiting: Int { (day?.lessons ?? []).filter(\.needsCover).count }

    static func line(_ lesson: DayLessonLine, language: Language) -> String {
        let ru = language == .ru
        var text = TextFitting.fit(String(lesson.number), width: 2, alignment: .right) + "  "
            + TextFitting.fit(lesson.title, width: 28) + " " + PersonName.short(lesson.teacherName)
        if let replaced = lesson.substituteForName {
            text += ru ? " (замена, вместо \(PersonName.short(replaced)))" : " (cover for \(PersonName.short(replaced)))"
        }
        if lesson.isExtra { text += ru ? " · доп." : " · extra" }
        if lesson.cancelled { text += (ru ? " · ОТМЕНЁН: " : " · CANCELLED: ") + (lesson.cancelReason ?? "") }
        if lesson.needsCover { text += ru ? " · нужна замена" : " · needs cover" }
        return text
    }

    static func style(_ lesson: DayLessonLine) -> StyleRole? {
        if lesson.needsCover { return .error }
        if lesson.cancelled { return .dim }
        if lesson.substituteForName != nil { return .warning }
        return nil
    }

    /// «Отсутствуют: Петров П. И., …», or nil.
    func absentLine(_ language: Language) -> String? {
        guard let absent = day?.absentTeachers, !absent.isEmpty else { return nil }
        return (language == .ru ? "Отсутствуют: " : "Absent: ") + absent.map { PersonName.short($0.fullName) }.joined(separator: ", ")
    }
}
