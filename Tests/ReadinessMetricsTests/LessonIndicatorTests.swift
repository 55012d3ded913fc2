import JournalCore
import JournalStore
import Testing
@testable import ReadinessMetrics

/// planning, journal and on_time, one rule of readiness.md per test; every
/// expectation is counted by hand in the comments.
@Suite struct LessonIndicatorTests {
    @Test func noonDeadlineHoldsToTheSecond() throws {
        var f = Fixture()
        f.lesson("1")                                   // Monday 08:30
        f.attendance("1", student: "s1", at: "2024-09-03T12:00:00")   // on time
        f.attendance("1", student: "s2", at: "2024-09-03T12:00:01")   // one second late
        let r = try Readiness(f)
        #expect(try r.ratio(.onTime, "kchr") == Ratio(1, of: 2))
        // mo: due Tuesday 08:30, crimea: due Monday 10:15; both entries are late
        #expect(try r.ratio(.onTime, "mo") == Ratio(0, of: 2))
        #expect(try r.ratio(.onTime, "crimea") == Ratio(0, of: 2))
    }

    @Test func entryMadeBeforeTheLessonIsOnTime() throws {
        var f = Fixture()
        f.lesson("1", number: 2)                                     // Monday 09:25
        f.mark("1", type: "lesson", at: "2024-09-01T20:00")          // the evening before
        let r = try Readiness(f)
        for profile in ["kchr", "mo", "crimea"] {
            #expect(try r.ratio(.onTime, profile) == Ratio(1, of: 1), "\(profile)")
        }
    }

    @Test func entriesMadeAfterAsOfAreNotCounted() throws {
        var f = Fixture()
        f.lesson("1", held: "2024-09-02T10:00")                      // Monday 08:30
        f.mark("1", type: "lesson", at: "2024-09-02T09:00")
        f.attendance("1", at: "2024-09-02T09:30")
        let r = try Readiness(f)
        // as of 09:20 only the mark exists
        #expect(try r.ratio(.journal, asOf: "2024-09-02T09:20") == Ratio(1, of: 1))
        #expect(try r.ratio(.onTime, "kchr", asOf: "2024-09-02T09:20") == Ratio(1, of: 1))
        #expect(try r.ratio(.onTime, "mo", asOf: "2024-09-02T09:20") == Ratio(1, of: 1))
        // as of 08:45 the lesson has begun but nothing is entered
        #expect(try r.ratio(.journal, asOf: "2024-09-02T08:45") == Ratio(0, of: 1))
        #expect(try r.ratio(.onTime, "kchr", asOf: "2024-09-02T08:45") == Ratio(0, of: 0))
        // later: mark, attendance and held (mo judges all three)
        #expect(try r.ratio(.onTime, "mo") == Ratio(3, of: 3))
    }

    @Test func cancelledLessonsAreNotCounted() throws {
        var f = Fixture()
        f.lesson("1", number: 1, topic: "Дроби")
        f.lesson("2", number: 2)
        f.lesson("3", number: 3, cancelled: true)
        f.attendance("3", at: "2024-09-09T10:00")                    // late, but its lesson is cancelled
        let r = try Readiness(f)
        #expect(try r.ratio(.planning) == Ratio(1, of: 2))
        #expect(try r.ratio(.onTime) == Ratio(0, of: 0))
    }

    @Test func lessonsStartingAfterAsOfAreNotCounted() throws {
        var f = Fixture()
        f.lesson("1", number: 1, topic: "Дроби")                     // 08:30
        f.lesson("2", number: 2)                                     // 09:25
        f.lesson("3", date: "2024-09-03", number: 1)                 // Tuesday
        let r = try Readiness(f)
        #expect(try r.ratio(.planning, asOf: "2024-09-02T09:24:59") == Ratio(1, of: 1))
        // a lesson whose start is exactly as_of is counted
        #expect(try r.ratio(.planning, asOf: "2024-09-02T09:25:00") == Ratio(1, of: 2))
        #expect(try r.ratio(.planning) == Ratio(1, of: 3))
    }

    @Test func planningCountsATopicOrAHomeworkNotBlankText() throws {
        var f = Fixture()
        f.lesson("1", number: 1, topic: "Дроби")
        f.lesson("2", number: 2, homework: "№ 12")
        f.lesson("3", number: 3, topic: "   ", homework: "\n")        // blank after trimming
        f.lesson("4", number: 4)
        #expect(try Readiness(f).ratio(.planning) == Ratio(2, of: 4))
    }

    @Test func journalCountsLessonsWithAnEntryOfTheProfilesKinds() throws {
        var f = Fixture()
        f.lesson("1", number: 1, held: "2024-09-02T08:40")
        f.lesson("2", number: 2, comment: "Проведена экскурсия", commentAt: "2024-09-02T10:00")
        f.lesson("3", number: 3, topic: "Дроби")                     // a topic is planning, not an entry
        f.lesson("4", number: 4)
        f.attendance("4", at: "2024-09-02T11:20")
        f.lesson("5", number: 5)
        f.mark("5", type: "homework", at: "2024-09-02T12:30")
        let r = try Readiness(f)
        #expect(try r.ratio(.journal) == Ratio(4, of: 5))
        // a profile whose journal kinds are marks only
        var marksOnly = try ReadinessProfile.builtIn(named: "kchr")
        marksOnly.journalEntryKinds = EntryKindSet([.mark])
        let report = try ReadinessCalculator(database: r.database).report(
            profile: marksOnly, window: try r.window("2024-09-02", "2024-09-08", "2024-09-30T12:00"), verdictWeeks: 4)
        #expect(report.indicator(.journal)?.ratio == Ratio(1, of: 5))
    }

    @Test func explicitOffsetsInImportedTimestampsAreConvertedToSchoolTime() throws {
        var f = Fixture()
        f.lesson("1")
        f.attendance("1", student: "s1", at: "2024-09-03T09:00:00Z")        // 12:00:00 in Moscow: on time
        f.attendance("1", student: "s2", at: "2024-09-03T10:00:01+01:00")   // 12:00:01 in Moscow: late
        f.attendance("1", student: "s3", at: "2024-09-03T13:59:59+05:00")   // 11:59:59 in Moscow: on time
        #expect(try Readiness(f).ratio(.onTime, "kchr") == Ratio(2, of: 3))
    }

    @Test func kchrJudgesInClassMarksOnlyAndMoJudgesAllMarks() throws {
        var f = Fixture()
        f.lesson("1")                                                  // Monday 08:30
        f.mark("1", student: "s1", type: "lesson", at: "2024-09-03T11:00")     // in class, by noon
        f.mark("1", student: "s2", type: "oral", at: "2024-09-03T13:00")       // in class, late
        f.mark("1", student: "s3", type: "homework", at: "2024-09-03T13:00")   // not in class
        f.mark("1", student: "s1", type: "test", at: "2024-09-02T09:00")       // not in class
        let r = try Readiness(f)
        #expect(try r.ratio(.onTime, "kchr") == Ratio(1, of: 2))
        // mo: every mark, due Tuesday 08:30: only the test mark is on time
        #expect(try r.ratio(.onTime, "mo") == Ratio(1, of: 4))
    }

    @Test func crimeaDeadlineIsAnHourAfterTheClassesLastLesson() throws {
        var f = Fixture()
        f.addClass("5b", name: "5Б", students: ["b1"])
        f.lesson("1", number: 1)
        f.lesson("2", number: 2)
        f.lesson("3", number: 3)                                       // ends 11:05: due 12:05
        f.lesson("4", number: 6, classCode: "5b")                      // another class's day ends later
        f.attendance("1", student: "s1", at: "2024-09-02T12:05:00")
        f.attendance("1", student: "s2", at: "2024-09-02T12:05:01")
        f.attendance("4", student: "b1", at: "2024-09-02T14:45:00")    // 5Б: 13:45 + 1 h
        #expect(try Readiness(f).ratio(.onTime, "crimea") == Ratio(2, of: 3))
    }

    @Test func cancellingTheLastLessonMovesTheCrimeaDeadline() throws {
        var f = Fixture()
        f.lesson("1", number: 1)
        f.lesson("2", number: 2)                                       // ends 10:10
        f.lesson("3", number: 3)                                       // ends 11:05
        f.attendance("1", student: "s1", at: "2024-09-02T11:30")
        f.attendance("2", student: "s2", at: "2024-09-02T12:00")
        let database = try f.database()
        let r = Readiness(database)
        // the day ends 11:05: due 12:05, both on time
        #expect(try r.ratio(.onTime, "crimea") == Ratio(2, of: 2))
        try database.setCancelled(lesson: database.lessonID("3"), true, by: .user(.admin))
        // now it ends 10:10: due 11:10, both late
        #expect(try r.ratio(.onTime, "crimea") == Ratio(0, of: 2))
        try database.setCancelled(lesson: database.lessonID("3"), false, by: .user(.admin))
        #expect(try r.ratio(.onTime, "crimea") == Ratio(2, of: 2))
    }

    @Test func crimeaDayEndAsOfMidDayCountsOnlyLessonsBegunByThen() throws {
        var f = Fixture()
        f.lesson("1", number: 1)                                       // 08:30–09:15
        f.lesson("2", number: 6)                                       // 13:00–13:45
        f.attendance("1", at: "2024-09-02T10:30")
        let r = try Readiness(f)
        // as of 12:00 the class's last counted lesson is lesson 1: due 10:15, late
        #expect(try r.ratio(.onTime, "crimea", asOf: "2024-09-02T12:00") == Ratio(0, of: 1))
        // once lesson 6 has begun the day ends 13:45: due 14:45, on time
        #expect(try r.ratio(.onTime, "crimea", asOf: "2024-09-02T13:00") == Ratio(1, of: 1))
        #expect(try r.ratio(.onTime, "crimea") == Ratio(1, of: 1))
    }

    @Test func heldAndCommentAreJudgedByMoAndCrimeaButOnlyCommentByKchr() throws {
        var f = Fixture()
        f.lesson("1", held: "2024-09-03T09:00", comment: "Контрольная перенесена", commentAt: "2024-09-03T11:00")
        let r = try Readiness(f)
        #expect(try r.ratio(.onTime, "kchr") == Ratio(1, of: 1))       // comment by noon
        #expect(try r.ratio(.onTime, "mo") == Ratio(0, of: 2))         // due Tuesday 08:30
    }

    @Test func weekClippedByTheWindow() throws {
        var f = Fixture()
        f.lesson("1", date: "2024-09-02")                              // before the window
        f.lesson("2", date: "2024-09-04", topic: "Дроби")
        f.lesson("3", date: "2024-09-05")
        f.lesson("4", date: "2024-09-09", topic: "Проценты")
        f.lesson("5", date: "2024-09-11")                              // after the window
        let report = try Readiness(f).report(from: "2024-09-04", to: "2024-09-10", indicators: [.planning])
        #expect(report.indicator(.planning)?.ratio == Ratio(2, of: 3))
        #expect(report.weeks.map(\.week.label) == ["2024-W36", "2024-W37"])
        #expect(report.series(of: .planning) == [Ratio(1, of: 2), Ratio(1, of: 1)])
    }

    @Test func noLessonsGiveNoDataWhichIsNotMet() throws {
        let report = try Readiness(Fixture()).report(from: "2024-09-02", to: "2024-09-08")
        let planning = try #require(report.indicator(.planning))
        #expect(planning.ratio == Ratio(0, of: 0))
        #expect(planning.ratio.text(in: .ru) == "нет данных")
        #expect(!planning.met)
        #expect(report.indicator(.onTime)?.met == false)
    }

    @Test func summaryAndEntryPathsAgreeOnAHistoricalAsOf() throws {
        var f = Fixture()
        f.lesson("1", number: 1)
        f.lesson("2", number: 3)
        f.mark("1", type: "lesson", at: "2024-09-02T09:00")
        f.mark("1", type: "lesson", at: "2024-09-04T09:00")            // after as_of below: the lesson is unsettled
        f.attendance("2", at: "2024-09-03T12:30")
        let database = try f.database()
        for rule in [DeadlineRule.nextDayNoon, .dayAfterStart, .hourAfterDayEnd] {
            for path in [LessonCountPath.fastest, .entries] {
                let request = LessonCountRequest(from: Fixture.monday, to: Fixture.date("2024-09-08"),
                                                 asOf: Fixture.time("2024-09-03T13:00"), journalKinds: .all,
                                                 onTimeKinds: .all, deadline: rule, path: path)
                let counts = try database.lessonCounts(request)
                // two lessons, both kept; entries by as_of: the first mark and the attendance
                #expect(counts == [LessonGroupCounts(lessons: 2, planned: 0, kept: 2, entries: 2,
                                                     onTime: 1)], "\(rule) \(path)")
            }
        }
    }
}
