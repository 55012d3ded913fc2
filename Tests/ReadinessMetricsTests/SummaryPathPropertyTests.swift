import JournalCore
import JournalStore
import Testing
@testable import ReadinessMetrics

/// For random small schools, changed afterwards through the store's own writes,
/// the report (lesson summaries where exact, entries elsewhere, and the
/// lessons the timetable owes after the journal's last day) equals a plain
/// entry-by-entry computation, for random windows and moments including
/// mid-day, and the report writes nothing.
@Suite struct SummaryPathPropertyTests {
    static let seeds: [UInt64] = Array(1...60)

    @Test(arguments: seeds)
    func reportEqualsTheNaiveComputation(seed: UInt64) throws {
        var school = RandomSchool(seed: seed)
        let fixture = school.build()
        let clock = TestClock(RandomSchool.loadedAt)
        let database = try fixture.database(clock: clock)
        try changeThroughTheStore(database, fixture: fixture, clock: clock, random: &school.random)
        let snapshot = try database.snapshot(by: .serverOperator)
        let naive = NaiveReadiness(snapshot, madeThrough: RandomSchool.madeThrough(snapshot))
        let calculator = ReadinessCalculator(database: database)
        for _ in 0..<6 {
            let asOf = moment(&school.random, naive: naive)
            let from = school.random.pick(school.days)
            let to = max(from, school.random.pick(school.days))
            let window = try ReadinessWindow(from: from, to: to, asOf: asOf)
            for profile in try profiles(&school.random) {
                let report = try calculator.report(profile: profile, window: window, verdictWeeks: 1, indicators: IndicatorKey.allCases)
                check(report, naive: naive, context: "seed \(seed), \(profile.id), \(from)…\(to) as of \(asOf)")
                try checkPathsAgree(database, profile: profile, window: window, context: "seed \(seed), \(profile.id)")
            }
        }
        #expect(try database.snapshot(by: .serverOperator) == snapshot, "seed \(seed): a report wrote to the journal")
    }

    /// The crimea rule as of any second of a school day whose class has lessons
    /// hours apart, with the day's entries all around: the summaries may answer
    /// only once the class's whole day has begun.
    @Test(arguments: Array(UInt64(101)...120))
    func crimeaDayEndAsOfAnySecondOfTheDay(seed: UInt64) throws {
        var school = RandomSchool(seed: seed, sameDayGaps: true)
        let database = try school.build().database(clock: TestClock(RandomSchool.loadedAt))
        let snapshot = try database.snapshot(by: .serverOperator)
        let naive = NaiveReadiness(snapshot, madeThrough: RandomSchool.madeThrough(snapshot))
        let crimea = try ReadinessProfile.builtIn(named: "crimea")
        let calculator = ReadinessCalculator(database: database)
        for _ in 0..<10 {
            let day = school.random.pick(school.days)
            let asOf = SchoolTime(date: day, time: TimeOfDay(minutes: school.random.int(8 * 60...15 * 60))).adding(seconds: school.random.int(0...59))
            let window = try ReadinessWindow(from: school.days.first!, to: school.days.last!, asOf: asOf)
            let report = try calculator.report(profile: crimea, window: window, verdictWeeks: 1, indicators: [.onTime])
            let expected = naive.lessonTotals(crimea, from: window.from, to: window.to, asOf: asOf)
            #expect(report.indicator(.onTime)?.ratio == Ratio(expected.onTime, of: expected.entries), "seed \(seed) as of \(asOf)")
        }
    }

    /// The three built-in profiles and a custom one with random kinds and a rule
    /// the summaries do not keep.
    private func profiles(_ random: inout TestRandom) throws -> [ReadinessProfile] {
        let kinds = JournalEntryKind.allCases.filter { _ in random.chance(50) }
        let custom = ReadinessProfile(
            id: "custom", name: "custom", thresholds: Dictionary(uniqueKeysWithValues: IndicatorKey.allCases.map { ($0, Threshold(percent: 50)) }),
            journalEntryKinds: EntryKindSet(kinds), onTimeEntryKinds: EntryKindSet(kinds.reversed().prefix(3)),
            deadline: random.pick([DeadlineRule.nextDayAt(secondOfDay: 18 * 3600), .afterStart(seconds: 2 * 3600),
                                   .afterDayEnd(seconds: 0)]))
        return try ReadinessProfile.builtInIDs.map(ReadinessProfile.builtIn(named:)) + [custom]
    }

    private func check(_ report: ReadinessReport, naive: NaiveReadiness, context: String) {
        let window = report.window
        let weekSpans = report.weeks.map { ($0.week.startTime, $0.week.endTime) }
        for value in report.indicators {
            let expected = naive.value(value.key, report.profile, from: window.from, to: window.to, asOf: window.asOf,
                                       weekEnds: weekSpans)
            #expect(value.ratio == expected.0, "\(value.key.rawValue) total, \(context)")
            #expect(value.coverage == expected.1, "\(value.key.rawValue) coverage, \(context)")
        }
        for week in report.weeks {
            for value in week.indicators {
                let expected = naive.value(value.key, report.profile, from: week.week.from, to: week.week.to,
                                           asOf: window.asOf, weekEnds: [(week.week.startTime, week.week.endTime)])
                #expect(value.ratio == expected.0, "\(value.key.rawValue) \(week.week.label), \(context)")
            }
        }
    }

    /// The fast path (day totals, summaries) and the entry path give the same
    /// groups, by day alone (where day totals answer) and by every dimension.
    private func checkPathsAgree(_ database: AppDatabase, profile: ReadinessProfile, window: ReadinessWindow,
                                 context: String) throws {
        let groupings: [Set<LessonDimension>] = [Set(LessonDimension.allCases), [.day], [], [.teacher], [.day, .schoolClass], [.subject]]
        for grouping in groupings {
            func counts(_ path: LessonCountPath) throws -> Set<LessonGroupCounts> {
                Set(try database.lessonCounts(LessonCountRequest(
                    from: window.from, to: window.to, asOf: window.asOf, grouping: grouping,
                    journalKinds: profile.journalEntryKinds, onTimeKinds: profile.onTimeEntryKinds, deadline: profile.deadline,
                    path: path)))
            }
            #expect(try counts(.fastest) == counts(.entries), "\(grouping) \(context)")
        }
    }

    /// Mid-day moments: lesson starts to the second (the last lesson of a
    /// class's day especially, where the day-end rule turns), entry times to the
    /// second, any minute.
    private func moment(_ random: inout TestRandom, naive: NaiveReadiness) -> SchoolTime {
        let lessons = naive.lessons
        switch random.int(0...4) {
        case 0 where !lessons.isEmpty: return naive.start(random.pick(lessons)).adding(seconds: random.int(-1...0))
        case 1 where !lessons.isEmpty:
            let some = random.pick(lessons)
            let last = lessons.filter { $0.classCode == some.classCode && $0.groupCode == some.groupCode && $0.date == some.date }
                .map(naive.start).max()!
            return last.adding(seconds: -1)
        case 2 where !naive.school.marks.isEmpty: return random.pick(naive.school.marks).enteredAt.adding(seconds: random.int(-1...0))
        default:
            return SchoolTime(date: Fixture.monday.adding(days: random.int(-1...16)), time: TimeOfDay(minutes: random.int(0...1439)))
                .adding(seconds: random.int(0...59))
        }
    }

    /// Marks added and removed, attendance set and cleared, lessons cancelled and
    /// restored, through the store, each at its own moment.
    private func changeThroughTheStore(_ database: AppDatabase, fixture: Fixture, clock: TestClock,
                                       random: inout TestRandom) throws {
        let lessons = fixture.snapshot.lessons
        guard !lessons.isEmpty else { return }
        let studentIDs = Dictionary(uniqueKeysWithValues: fixture.snapshot.students.enumerated().map { ($1.code, StudentID(Int64($0 + 1))) })
        var school = RandomSchool(seed: random.next())
        for _ in 0..<random.int(0...8) {
            let lesson = random.pick(lessons)
            let id = database.lessonID(lesson.code)
            let start = SchoolTime(date: lesson.date, time: fixture.snapshot.bells[lesson.lessonNumber - 1].start)
            clock.set(school.entryTime(start))
            let students = fixture.snapshot.enrollments.filter { $0.classCode == lesson.classCode && $0.contains(lesson.date) }
            do {
                switch random.int(0...3) {
                case 0:
                    try database.setCancelled(lesson: id, random.chance(50), by: .user(.admin))
                case 1 where !students.isEmpty:
                    try database.addMark(lesson: id, student: studentIDs[random.pick(students).studentCode]!, value: try MarkValue(4),
                                         workType: random.pick(WorkType.builtIn).code, by: .admin)
                case 2 where !students.isEmpty:
                    try database.setAttendance(lesson: id, student: studentIDs[random.pick(students).studentCode]!,
                                               code: random.chance(70) ? .ill : nil, by: .admin)
                default:
                    try database.setHeld(lesson: id, random.chance(60), by: .admin)
                }
            } catch is JournalError {
                // a refusal the store is right to give (a cancelled lesson takes no entries)
            }
        }
    }
}
