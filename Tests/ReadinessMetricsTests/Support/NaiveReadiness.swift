import JournalCore
@testable import ReadinessMetrics

/// readiness.md computed the plain way, entry by entry, from a snapshot of the
/// school: the simpler twin the summary-based SQL is checked against.
struct NaiveReadiness {
    let school: SchoolSnapshot
    private let inClass: [String: Bool]
    private let bells: [Int: Bell]

    init(_ school: SchoolSnapshot) {
        self.school = school
        inClass = Dictionary(uniqueKeysWithValues: school.workTypes.map { ($0.code, $0.inClass) })
        bells = Dictionary(uniqueKeysWithValues: school.bells.map { ($0.lessonNumber, $0) })
    }

    struct LessonTotals: Equatable {
        var lessons = 0, planned = 0, kept = 0, entries = 0, onTime = 0
    }

    func start(_ lesson: Lesson) -> SchoolTime { SchoolTime(date: lesson.date, time: bells[lesson.lessonNumber]!.start) }
    func end(_ lesson: Lesson) -> SchoolTime { SchoolTime(date: lesson.date, time: bells[lesson.lessonNumber]!.end) }

    func isCounted(_ lesson: Lesson, from: SchoolDate, to: SchoolDate, asOf: SchoolTime) -> Bool {
        !lesson.cancelled && from <= lesson.date && lesson.date <= to && start(lesson) <= asOf
    }

    /// Every entry of a lesson with its time, whether it is a mark and of which kind.
    func entries(of lesson: Lesson) -> [(time: SchoolTime, matches: (EntryKindSet) -> Bool)] {
        var list: [(SchoolTime, (EntryKindSet) -> Bool)] = []
        for mark in school.marks where mark.lessonCode == lesson.code {
            let markInClass = inClass[mark.workTypeCode]!
            list.append((mark.enteredAt, { $0.includesMark(inClass: markInClass) }))
        }
        for record in school.attendance where record.lessonCode == lesson.code {
            list.append((record.enteredAt, { $0.attendance }))
        }
        if let held = lesson.heldAt { list.append((held, { $0.held })) }
        if lesson.comment != nil, let at = lesson.commentAt { list.append((at, { $0.comment })) }
        return list
    }

    func lessonTotals(_ profile: ReadinessProfile, from: SchoolDate, to: SchoolDate, asOf: SchoolTime,
                      where include: (Lesson) -> Bool = { _ in true }) -> LessonTotals {
        var totals = LessonTotals()
        for lesson in school.lessons where isCounted(lesson, from: from, to: to, asOf: asOf) && include(lesson) {
            totals.lessons += 1
            if lesson.topic != nil || lesson.homework != nil { totals.planned += 1 }
            let made = entries(of: lesson).filter { $0.time <= asOf }
            if made.contains(where: { $0.matches(profile.journalEntryKinds) }) { totals.kept += 1 }
            let deadline = profile.deadline.deadline(day: lesson.date, startsAt: start(lesson),
                                                     dayEnd: dayEnd(lesson, asOf: asOf))
            for entry in made where entry.matches(profile.onTimeEntryKinds) {
                totals.entries += 1
                if entry.time <= deadline { totals.onTime += 1 }
            }
        }
        return totals
    }

    /// The end of the class's last counted lesson that day.
    func dayEnd(_ lesson: Lesson, asOf: SchoolTime) -> SchoolTime {
        school.lessons.filter { $0.classCode == lesson.classCode && $0.date == lesson.date && !$0.cancelled && start($0) <= asOf }
            .map(end).max()!
    }

    /// The stays that hold on `asOf`'s day: who is enrolled, and where.
    func stays(asOf: SchoolTime) -> [Enrollment] {
        school.enrollments.filter { $0.contains(asOf.date) }
    }

    func scheduleFill(from: SchoolDate, to: SchoolDate, asOf: SchoolTime) -> Ratio {
        let classes = Set(stays(asOf: asOf).map(\.classCode))
        let filled = classes.filter { code in school.timetable.contains { $0.classCode == code && $0.overlaps(from: from, to: to) } }
        return Ratio(filled.count, of: classes.count)
    }

    func parentAccounts(asOf: SchoolTime) -> (ratio: Ratio, coverage: Ratio) {
        let students = Set(stays(asOf: asOf).map(\.studentCode))
        let parents = Set(school.accounts.filter { $0.has(.parent) && !$0.disabled && $0.createdAt <= asOf }.map(\.login))
        let links = school.guardians.filter { students.contains($0.studentCode) && parents.contains($0.parentLogin) }
        return (Ratio(Set(links.map(\.parentLogin)).count, of: students.count),
                Ratio(Set(links.map(\.studentCode)).count, of: students.count))
    }

    func activated(at time: SchoolTime) -> Ratio {
        let counted = school.accounts.filter { !$0.disabled && $0.createdAt <= time }
        return Ratio(counted.filter { ($0.activatedAt ?? SchoolTime(seconds: .max)) <= time }.count, of: counted.count)
    }

    func uniqueLogins(from start: SchoolTime, to end: SchoolTime) -> Ratio {
        let activated = Set(school.accounts.filter {
            !$0.disabled && $0.createdAt <= end && ($0.activatedAt ?? SchoolTime(seconds: .max)) <= end
        }.map(\.login))
        let signedIn = Set(school.signIns.filter { start <= $0.at && $0.at <= end }.map(\.login))
        return Ratio(signedIn.count, of: activated.count)
    }

    /// All indicators for `[from, to]` as of `asOf`, the way readiness.md words them.
    func value(_ key: IndicatorKey, _ profile: ReadinessProfile, from: SchoolDate, to: SchoolDate, asOf: SchoolTime,
               weekEnds: [(SchoolTime, SchoolTime)]) -> (Ratio, Ratio?) {
        let lessons = lessonTotals(profile, from: from, to: to, asOf: asOf)
        switch key {
        case .scheduleFill: return (scheduleFill(from: from, to: to, asOf: asOf), nil)
        case .planning: return (Ratio(lessons.planned, of: lessons.lessons), nil)
        case .journal: return (Ratio(lessons.kept, of: lessons.lessons), nil)
        case .onTime: return (Ratio(lessons.onTime, of: lessons.entries), nil)
        case .parentAccounts:
            let parents = parentAccounts(asOf: asOf)
            return (parents.ratio, parents.coverage)
        case .activatedAccounts: return (activated(at: asOf), nil)
        case .uniqueLogins: return (weekEnds.reduce(Ratio.empty) { $0 + uniqueLogins(from: $1.0, to: $1.1) }, nil)
        }
    }
}
