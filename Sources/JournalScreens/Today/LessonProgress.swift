import JournalCore
import JournalStore
import TerminalUI

/// Where a lesson stands for its teacher at a moment: what is entered, what
/// is missing, and whether the readiness profile's deadline has passed with
/// nothing entered («просрочен»). Pure, so tests can move the clock.
struct LessonProgress {
    enum Stage: Equatable {
        case cancelled
        case upcoming
        case underway
        /// Over, nothing entered, the deadline still ahead.
        case due(SchoolTime)
        /// Over, nothing entered, the deadline passed.
        case late
        /// Over and something entered.
        case done
    }

    let lesson: TodayLesson
    let deadline: DeadlineRule
    let now: SchoolTime

    var stage: Stage {
        if lesson.cancelled { return .cancelled }
        if now < lesson.startsAt { return .upcoming }
        if now < lesson.endsAt { return .underway }
        guard lesson.nothingEntered else { return .done }
        guard let due = dueTime else { return .done }
        return now >= due ? .late : .due(due)
    }

    /// The profile's deadline for this lesson; nil when the class's day has no
    /// end (every lesson of it cancelled).
    var dueTime: SchoolTime? {
        guard let dayEnd = lesson.dayEnd else { return nil }
        return deadline.deadline(day: lesson.date, startsAt: lesson.startsAt, dayEnd: dayEnd)
    }

    /// The parts not filled in, in words.
    func missing(_ language: Language) -> [String] {
        let ru = language == .ru
        var parts: [String] = []
        if !lesson.hasTopic { parts.append(ru ? "тема" : "topic") }
        if !lesson.hasHomework { parts.append(ru ? "домашнее задание" : "homework") }
        if lesson.attendanceCount == 0 && !lesson.held { parts.append(ru ? "посещаемость" : "attendance") }
        if lesson.markCount == 0 { parts.append(ru ? "отметки" : "marks") }
        if !lesson.held { parts.append(ru ? "«урок проведён»" : "«held»") }
        return parts
    }

    /// The last column of the today screen.
    func stageText(_ language: Language, today: SchoolDate) -> Span {
        let ru = language == .ru
        switch stage {
        case .cancelled: return Span(ru ? "отменён" : "cancelled", style: .dim)
        case .upcoming: return Span("")
        case .underway: return Span(ru ? "идёт" : "now", style: .emphasis)
        case .done: return missing(language).isEmpty ? Span(ru ? "всё внесено" : "complete", style: .success) : Span("")
        case .late: return Span(ru ? "ПРОСРОЧЕН" : "LATE", style: .error)
        case .due(let time):
            let day = time.date == today ? "" : WeekdayNames.short(time.date.weekday, language) + " "
            return Span((ru ? "до " : "by ") + day + time.timeOfDay.text, style: .warning)
        }
    }
}
