import JournalCore
import JournalStore
import ReadinessMetrics

/// What the school's readiness report counts against one teacher: their
/// lessons without a topic and homework, without any journal entry, and their
/// entries made after the deadline, in the current period as of now. Read
/// through the dashboard's own board with the same window, profile and
/// teacher slice as the deputy's drill-down by teacher, so the teacher sees
/// exactly the list the deputy sees, and no second definition of any of it.
struct TeacherShortfall {
    /// One reason, with the lessons behind it.
    struct Group {
        var indicator: IndicatorKey
        /// The items as the drill-down lists them (for on_time: entries).
        var items: [ShortfallItem]
        /// The list stopped at the board's limit; there are more.
        var more: Bool
        /// The lessons of `items`, in the order they first appear.
        var lessons: [LessonShortfall]
    }

    /// A lesson and the items of one reason about it (several late entries of one lesson).
    struct LessonShortfall {
        var lesson: LessonItem
        var items: [ShortfallItem]
    }

    /// The indicators a teacher's own lessons make, in the dashboard's order.
    static let lessonIndicators: [IndicatorKey] = [.planning, .journal, .onTime]

    var profile: ReadinessProfile
    var window: ReadinessWindow
    /// «2 четверть», as the dashboard names the window.
    var windowTitle: String
    /// Only the profile's indicators, each with at least one item.
    var groups: [Group]

    var isEmpty: Bool { groups.isEmpty }

    /// The deputy's drill-down by teacher for `teacher`, every lesson indicator
    /// of the school's default profile, over the dashboard's default window.
    static func read(board: ReadinessBoard, teacher: AccountID, language: Language) throws -> TeacherShortfall {
        let profile = try board.facts().defaultProfile
        let chosen = DashboardWindow.currentPeriod
        let window = try board.resolve(chosen)
        let groups = try lessonIndicators.filter(profile.indicators.contains).compactMap { key -> Group? in
            let all = try board.shortfall(key, slice: .teacher(teacher), window: window, profile: profile)
            guard !all.isEmpty else { return nil }
            let items = Array(all.prefix(ReadinessBoard.itemLimit))
            return Group(indicator: key, items: items, more: all.count > items.count, lessons: byLesson(items))
        }
        return TeacherShortfall(profile: profile, window: window,
                                windowTitle: chosen.title(resolved: window, periods: try board.facts().periods, language: language),
                                groups: groups)
    }

    /// The items grouped by their lesson (one the timetable owes and nobody
    /// opened yet has no id: the whole lesson item names it).
    private static func byLesson(_ items: [ShortfallItem]) -> [LessonShortfall] {
        var order: [LessonItem] = []
        var found: [LessonItem: LessonShortfall] = [:]
        for item in items {
            guard let lesson = item.lesson else { continue }
            if found[lesson] == nil {
                order.append(lesson)
                found[lesson] = LessonShortfall(lesson: lesson, items: [])
            }
            found[lesson]?.items.append(item)
        }
        return order.compactMap { found[$0] }
    }
}
