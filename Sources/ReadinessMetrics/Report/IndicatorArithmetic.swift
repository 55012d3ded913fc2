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
        value(key, over: .window)
    }

    func week(_ key: IndicatorKey, at position: Int) -> IndicatorValue {
        value(key, over: .week(position))
    }

    /// The whole window, or one of `weeks`.
    private enum Span {
        case window
        case week(Int)
    }

    /// Lesson indicators and `schedule_fill` over the span's days; `unique_logins`
    /// week by week (summed for the window); parents and accounts as of `asOf`,
    /// the same for every week.
    private func value(_ key: IndicatorKey, over span: Span) -> IndicatorValue {
        let threshold = profile.threshold(for: key)
        switch key {
        case .scheduleFill:
            let (from, to) = switch span {
            case .window: (window.from, window.to)
            case .week(let position): (weeks[position].from, weeks[position].to)
            }
            return IndicatorValue(key: key, ratio: scheduleFill(from: from, to: to), threshold: threshold)
        case .planning, .journal, .onTime:
            let lessons = switch span {
            case .window: lessonTotal
            case .week(let position): lessonsByWeek[weeks[position].index] ?? LessonGroupCounts()
            }
            let ratio = switch key {
            case .planning: Ratio(lessons.planned, of: lessons.lessons)
            case .journal: Ratio(lessons.kept, of: lessons.lessons)
            default: Ratio(lessons.onTime, of: lessons.entries)
            }
            return IndicatorValue(key: key, ratio: ratio, threshold: threshold)
        case .parentAccounts:
            let students = enrolment?.students ?? 0
            return IndicatorValue(key: key, ratio: Ratio(enrolment?.parents ?? 0, of: students), threshold: threshold,
                                  coverage: Ratio(enrolment?.studentsWithParent ?? 0, of: students))
        case .activatedAccounts:
            return IndicatorValue(key: key, ratio: Ratio(activation?.activated ?? 0, of: activation?.accounts ?? 0),
                                  threshold: threshold)
        case .uniqueLogins:
            let ratio = switch span {
            case .window: signIns.reduce(Ratio.empty, +)
            case .week(let position): signIns[position]
            }
            return IndicatorValue(key: key, ratio: ratio, threshold: threshold)
        }
    }

    /// Classes with a student enrolled at `asOf` that have a timetable entry
    /// valid on some day of `[from, to]`, over the classes with a student.
    func scheduleFill(from: SchoolDate, to: SchoolDate) -> Ratio {
        let classes = (enrolment?.classes ?? []).filter { $0.students > 0 }.map(\.classID)
        let filled = classes.filter { id in spans[id]?.contains { $0.overlaps(from: from, to: to) } ?? false }
        return Ratio(filled.count, of: classes.count)
    }
}
