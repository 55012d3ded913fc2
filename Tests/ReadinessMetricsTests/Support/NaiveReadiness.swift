import JournalCore
@testable import ReadinessMetrics

/// readiness.md computed the plain way, entry by entry, from a snapshot of the
/// school: the simpler twin the summary-based SQL is checked against. The
/// lessons are the snapshot's, and after `madeThrough` (the last day the
/// journal has made lessons for) the lessons the timetable owes, worked out
/// here day by day from the terms, the calendar and the timetable.
struct NaiveReadiness {
    let school: SchoolSnapshot
    /// Made and owed lessons.
    let lessons: [Lesson]
    private let inClass: [String: Bool]
    private let bells: [Int: Bell]
    private let shortBells: [Int: Bell]

    init(_ school: SchoolSnapshot, madeThrough: SchoolDate, owedUntil: SchoolDate = SchoolDate(iso: "2024-09-30")!) {
        self.school = school
        inClass = Dictionary(uniqueKeysWithValues: school.workTypes.map { ($0.code, $0.inClass) })
        bells = Dictionary(uniqueKeysWithValues: school.bells.map { ($0.lessonNumber, $0) })
        shortBells = Dictionary(uniqueKeysWithValues: school.shortBells.map { ($0.lessonNumber, $0) })
        var owed: [Lesson] = []
        var day = madeThrough.adding(days: 1)
        while day <= owedUntil {
            owed += Self.owedLessons(school, on: day)
            day = day.adding(days: 1)
        }
        lessons = school.lessons + owed
    }

    /// The timetable's lessons of one day, as bundle-format.md words a school day.
    static func owedLessons(_ school: SchoolSnapshot, on day: SchoolDate) -> [Lesson] {
        guard let kind = [PeriodKind.quarter, .trimester, .half, .year].first(where: { k in school.periods.contains { $0.kind == k } }),
              school.periods.contains(where: { $0.kind == kind && $0.start <= day && day <= $0.end }) else { return [] }
        let line = school.calendar.first { $0.date == day && $0.classCode == nil }
        let weekday: Int? = switch line?.kind {
        case .workday: line?.weekday
        case .holiday, .closed: nil
        default: day.weekday <= 6 ? day.weekday : nil
        }
        guard let weekday else { return [] }
        return school.timetable.enumerated().compactMap { index, row in
            guard row.weekday == weekday, row.isValid(on: day),
                  !school.calendar.contains(where: { $0.date == day && $0.kind == .closed && $0.classCode != nil && $0.classCode == row.classCode }),
                  !school.lessons.contains(where: { $0.date == day && $0.lessonNumber == row.lessonNumber && $0.subjectCode == row.subjectCode
                      && $0.classCode == row.classCode && $0.groupCode == row.groupCode }) else { return nil }
            return Lesson(code: "owed \(day.iso) \(index)", classCode: row.classCode, groupCode: row.groupCode,
                          subjectCode: row.subjectCode, teacherLogin: row.teacherLogin, date: day, lessonNumber: row.lessonNumber)
        }
    }

    struct LessonTotals: Equatable {
        var lessons = 0, planned = 0, kept = 0, entries = 0, onTime = 0
    }

    /// The lesson's bell: the shortened one on a short day of the school or of its class.
    func bell(_ lesson: Lesson) -> Bell {
        let short = school.calendar.contains { $0.date == lesson.date && $0.kind == .short && ($0.classCode == nil || $0.classCode == lesson.classCode) }
        return (short ? shortBells[lesson.lessonNumber] : nil) ?? bells[lesson.lessonNumber]!
    }

    func start(_ lesson: Lesson) -> SchoolTime { SchoolTime(date: lesson.date, time: bell(lesson).start) }
    func end(_ lesson: Lesson) -> SchoolTime { SchoolTime(date: lesson.date, time: bell(lesson).end) }

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
        for lesson in lessons where isCounted(lesson, from: from, to: to, asOf: asOf) && include(lesson) {
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

    /// The end of the last counted lesson of the lesson's class that day (a
    /// `mixed` or `extra` group's day is its own).
    func dayEnd(_ lesson: Lesson, asOf: SchoolTime) -> SchoolTime {
        lessons.filter { other in
            (lesson.classCode != nil ? other.classCode == lesson.classCode : other.classCode == nil && other.groupCode == lesson.groupCode)
                && other.date == lesson.date && !other.cancelled && start(other) <= asOf
        }.map(end).max()!
    }

    /// The stays that hold on `asOf`'s day: who is enrolled, and where.
    func stays(asOf: SchoolTime) -> [Enrollment] {
        school.enrollments.filter { $0.contains(asOf.date) }
    }

    /// A class's timetable: its whole-class rows and its `part` groups' rows.
    func scheduleFill(from: SchoolDate, to: SchoolDate, asOf: SchoolTime) -> Ratio {
        let classes = Set(stays(asOf: asOf).map(\.classCode))
        let parts = Set(school.groups.filter { $0.kind == .part }.map(\.code))
        let filled = classes.filter { code in
            school.timetable.contains { $0.classCode == code && ($0.groupCode.map(parts.contains) ?? true) && $0.overlaps(from: from, to: to) }
        }
        return Ratio(filled.count, of: classes.count)
    }

    /// Not disabled at `moment`: never disabled, or disabled after it (without
    /// a known moment, disabled always).
    func isEnabled(_ account: Account, at moment: SchoolTime) -> Bool {
        !account.disabled || (account.disabledAt.map { $0 > moment } ?? false)
    }

    func parentAccounts(asOf: SchoolTime) -> (ratio: Ratio, coverage: Ratio) {
        let students = Set(stays(asOf: asOf).map(\.studentCode))
        let parents = Set(school.accounts.filter { $0.has(.parent) && isEnabled($0, at: asOf) && $0.createdAt <= asOf }.map(\.login))
        let links = school.guardians.filter { students.contains($0.studentCode) && parents.contains($0.parentLogin) }
        return (Ratio(Set(links.map(\.parentLogin)).count, of: students.count),
                Ratio(Set(links.map(\.studentCode)).count, of: students.count))
    }

    func activated(at time: SchoolTime) -> Ratio {
        let counted = school.accounts.filter { isEnabled($0, at: time) && $0.createdAt <= time }
        return Ratio(counted.filter { ($0.activatedAt ?? SchoolTime(seconds: .max)) <= time }.count, of: counted.count)
    }

    func uniqueLogins(from start: SchoolTime, to end: SchoolTime) -> Ratio {
        let activated = Set(school.accounts.filter {
            isEnabled($0, at: end) && $0.createdAt <= end && ($0.activatedAt ?? SchoolTime(seconds: .max)) <= end
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
