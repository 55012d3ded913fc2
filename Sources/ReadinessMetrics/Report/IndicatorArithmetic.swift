import JournalCore
import JournalStore

/// Turns the store's grouped counts into indicator ratios, for the whole window
/// and for each clipped week, following the table of readiness.md.
struct IndicatorArithmetic {
    let profile: ReadinessProfile
    let window: ReadinessWindow
    let weeks: [ReportWeek]
    private let lessonsByWeek: [Int: LessonGroupCounts]
    private let lessonTotal: LessonGroupCounts
    private let enrolment: SchoolEnrolmentCounts?
    private let spans: [ClassID: [TimetableSpan]]
    private let activation: AccountActivationCounts?
    /// Per week of `weeks`: accounts signed in, over accounts activated by its end.
    private let signIns: [Ratio]

    init(counts: ReadinessCounts, profile: ReadinessProfile, window: ReadinessWindow, weeks: [ReportWeek]) {
        self.profile = profile
        self.window = window
        self.weeks = weeks
        let groups = counts.lessons.first ?? []
        lessonsByWeek = groups.reduce(into: [:]) { weeks, group in
            if let day = group.day { weeks[day.weekIndex, default: LessonGroupCounts()].add(group) }
        }
        lessonTotal = groups.reduce(into: LessonGroupCounts()) { $0.add($1) }
        enrolment = counts.enrolment
        spans = Dictionary(grouping: counts.timetableSpans, by: \.classID)
        activation = counts.activation
        signIns = weeks.indices.map { position in
            Ratio(counts.weeklySignIns[weeks[position].index] ?? 0,
                  of: position < counts.activatedAccounts.count ? counts.activatedAccounts[position] : 0)
        }
    }

    func total(_ key: IndicatorKey) -> IndicatorValue {
        switch key {
        case .scheduleFill: value(key, scheduleFill(from: window.from, to: window.to))
        case .uniqueLogins: value(key, signIns.reduce(Ratio.empty, +))
        default: lessonOrPopulationValue(key, lessons: lessonTotal)
        }
    }

    func week(_ key: IndicatorKey, at position: Int) -> IndicatorValue {
        let week = weeks[position]
        switch key {
        case .scheduleFill: return value(key, scheduleFill(from: week.from, to: week.to))
        case .uniqueLogins: return value(key, position < signIns.count ? signIns[position] : .empty)
        default: return lessonOrPopulationValue(key, lessons: lessonsByWeek[week.index] ?? LessonGroupCounts())
        }
    }

    /// Lesson indicators from the given counts; the others (parents, accounts)
    /// are as of `asOf` and the same for every week.
    private func lessonOrPopulationValue(_ key: IndicatorKey, lessons: LessonGroupCounts) -> IndicatorValue {
        switch key {
        case .planning: value(key, Ratio(lessons.planned, of: lessons.lessons))
        case .journal: value(key, Ratio(lessons.kept, of: lessons.lessons))
        case .onTime: value(key, Ratio(lessons.onTime, of: lessons.entries))
        case .parentAccounts:
            IndicatorValue(key: key, ratio: Ratio(enrolment?.parents ?? 0, of: enrolment?.students ?? 0),
                           threshold: profile.threshold(for: key),
                           coverage: Ratio(enrolment?.studentsWithParent ?? 0, of: enrolment?.students ?? 0))
        case .activatedAccounts: value(key, Ratio(activation?.activated ?? 0, of: activation?.accounts ?? 0))
        case .scheduleFill, .uniqueLogins: total(key)
        }
    }

    /// Classes with a student enrolled at `asOf` that have a timetable entry
    /// valid on some day of `[from, to]`, over the classes with a student.
    func scheduleFill(from: SchoolDate, to: SchoolDate) -> Ratio {
        let classes = (enrolment?.classes ?? []).filter { $0.students > 0 }.map(\.classID)
        let filled = classes.filter { id in spans[id]?.contains { $0.overlaps(from: from, to: to) } ?? false }
        return Ratio(filled.count, of: classes.count)
    }

    private func value(_ key: IndicatorKey, _ ratio: Ratio) -> IndicatorValue {
        IndicatorValue(key: key, ratio: ratio, threshold: profile.threshold(for: key))
    }
}
