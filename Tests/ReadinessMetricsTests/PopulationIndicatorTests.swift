import JournalCore
import JournalStore
import Testing
@testable import ReadinessMetrics

/// schedule_fill, parent_accounts, activated_accounts and unique_logins.
@Suite struct PopulationIndicatorTests {
    @Test func scheduleFillCountsClassesWithStudentsThatHaveATimetableInTheWindow() throws {
        var f = Fixture()                                            // 5А: students and a timetable
        f.addClass("5b", name: "5Б", students: ["b1"])               // students, no timetable
        f.addClass("5c", name: "5В", students: [])                   // a timetable but nobody to teach
        f.timetable("5c")
        f.addClass("5d", name: "5Г", students: ["d1"])               // timetable ended before the window
        f.timetable("5d", from: Fixture.date("2024-06-01"), to: Fixture.date("2024-09-01"))
        f.addClass("5e", name: "5Д", students: ["e1"])               // timetable from the second week
        f.timetable("5e", from: Fixture.date("2024-09-11"))
        let r = try Readiness(f)
        // window of two weeks: 5А and 5Д of 5А, 5Б, 5Г, 5Д
        let report = try r.report(from: "2024-09-02", to: "2024-09-15", indicators: [.scheduleFill])
        #expect(report.indicator(.scheduleFill)?.ratio == Ratio(2, of: 4))
        #expect(report.series(of: .scheduleFill) == [Ratio(1, of: 4), Ratio(2, of: 4)])
        let missing = try ReadinessCalculator(database: r.database).shortfall(
            of: .scheduleFill, profile: .builtIn(named: "kchr"), window: r.window("2024-09-02", "2024-09-15", "2024-09-30T12:00"))
        #expect(missing.map { ShortfallText.line($0) } == ["5Б — нет расписания в окне отчёта", "5Г — нет расписания в окне отчёта"])
    }

    @Test func studentsAreCountedIfEnrolledAtAsOfInclusiveOfTheirLastDay() throws {
        var f = Fixture()                                            // s1, s2, s3 from Monday
        f.addStudent("s4", classCode: "5a", to: Fixture.date("2024-09-09"))     // left the day before as_of
        f.addStudent("s5", classCode: "5a", to: Fixture.date("2024-09-10"))     // last day is as_of's day
        f.addStudent("s6", classCode: "5a", from: Fixture.date("2024-09-11"))   // arrives after as_of
        f.addClass("5b", name: "5Б", students: ["b1"], to: Fixture.date("2024-09-06"))   // emptied by as_of
        f.timetable("5b")
        f.parent("p4", of: ["s4"])
        f.parent("p5", of: ["s5"])
        f.parent("p6", of: ["s6"])
        let report = try Readiness(f).report(asOf: "2024-09-10T12:00", indicators: [.parentAccounts, .scheduleFill])
        // enrolled: s1, s2, s3, s5; counted parents: p5 only
        #expect(report.indicator(.parentAccounts)?.ratio == Ratio(1, of: 4))
        #expect(report.indicator(.parentAccounts)?.coverage == Ratio(1, of: 4))
        // 5Б has no student at as_of: not in the denominator
        #expect(report.indicator(.scheduleFill)?.ratio == Ratio(1, of: 1))
    }

    @Test func aParentOfTwoChildrenCountsOnceAndAChildMayHaveSeveralParents() throws {
        var f = Fixture()                                            // 5А: s1, s2, s3
        f.addClass("5b", name: "5Б", students: ["b1"])
        f.parent("p1", of: ["s1", "b1"])                             // two children in two classes
        f.parent("p2", of: ["s2"])
        f.parent("p3", of: ["s2"])
        f.parent("p4", of: ["s2"])
        let r = try Readiness(f)
        let value = try #require(try r.report(indicators: [.parentAccounts]).indicator(.parentAccounts))
        // 4 parents over 4 students; s1, s2 and b1 have a parent: 3 of 4
        #expect(value.ratio == Ratio(4, of: 4))
        #expect(value.coverage == Ratio(3, of: 4))
        let byClass = try ReadinessCalculator(database: r.database).breakdown(
            of: .parentAccounts, profile: .builtIn(named: "kchr"), window: r.window("2024-09-02", "2024-09-08", "2024-09-30T12:00"),
            by: .schoolClass)
        // p1 counts in both classes: 5А has p1..p4 over 3 students, 5Б has p1 over 1
        #expect(byClass.map(\.name) == ["5Б", "5А"])
        #expect(byClass.map(\.ratio) == [Ratio(1, of: 1), Ratio(4, of: 3)])
        #expect(byClass.map(\.coverage) == [Ratio(1, of: 1), Ratio(2, of: 3)])
    }

    @Test func disabledOrLaterAccountsDoNotCount() throws {
        var f = Fixture()                                            // admin, ivanova, petrov: activated 20.08
        f.account("x1", roles: [.parent], activated: "2024-09-05T10:00")
        f.account("x2", roles: [.parent], activated: "2024-09-11T10:00")        // activated after as_of
        f.account("x3", roles: [.teacher], created: "2024-09-11T10:00")          // created after as_of
        f.account("x4", roles: [.teacher], activated: "2024-08-21T10:00", disabled: true)
        f.account("x5", roles: [.student])                                        // never activated
        f.parent("p1", of: ["s1"], disabled: true)                                // disabled: not a parent account
        f.parent("p2", of: ["s2"], created: "2024-09-11T08:00")                   // created after as_of
        f.parent("p3", of: ["s3"])
        let report = try Readiness(f).report(asOf: "2024-09-10T12:00", indicators: [.activatedAccounts, .parentAccounts])
        // counted: admin, ivanova, petrov, x1, x2, x5, p3; activated: the first four
        #expect(report.indicator(.activatedAccounts)?.ratio == Ratio(4, of: 7))
        #expect(report.indicator(.parentAccounts)?.ratio == Ratio(1, of: 3))
    }

    /// The numerator is every account that signed in (as readiness.md words it),
    /// the denominator the accounts activated, and not disabled now, by the week's end.
    @Test func uniqueLoginsCountEachClippedWeekAgainstAccountsActivatedByItsEnd() throws {
        var f = Fixture()                                            // admin, ivanova, petrov: activated 20.08
        f.account("x1", roles: [.parent], activated: "2024-09-06T10:00")
        f.account("x2", roles: [.parent], activated: "2024-09-10T13:00")        // after as_of
        f.account("x4", roles: [.parent], activated: "2024-08-21T10:00", disabled: true)
        f.signIn("ivanova", at: "2024-09-03T08:00")                  // before the window
        f.signIn("ivanova", at: "2024-09-05T10:00")
        f.signIn("ivanova", at: "2024-09-06T10:00")                  // same account, same week
        f.signIn("x1", at: "2024-09-07T19:00")
        f.signIn("x4", at: "2024-09-07T19:00")                       // disabled since: still signed in that week
        f.signIn("petrov", at: "2024-09-09T08:00")
        f.signIn("admin", at: "2024-09-10T12:00:01")                 // after as_of
        f.signIn("x2", at: "2024-09-10T13:30")
        // window Wednesday 4 to Tuesday 10 September, as of Tuesday noon
        let report = try Readiness(f).report("mo", from: "2024-09-04", to: "2024-09-10", asOf: "2024-09-10T12:00",
                                             indicators: [.uniqueLogins])
        // W36 (4–8 Sep): ivanova, x1, x4 of admin, ivanova, petrov, x1; W37 (9–10 Sep, to 12:00): petrov of the same four
        #expect(report.series(of: .uniqueLogins) == [Ratio(3, of: 4), Ratio(1, of: 4)])
        #expect(report.indicator(.uniqueLogins)?.ratio == Ratio(4, of: 8))
        #expect(report.indicator(.uniqueLogins)?.ratio.decimalText == "50.0")
    }

    @Test func indicatorsWithoutLessonsOrPeopleGiveNoData() throws {
        var f = Fixture()
        f.snapshot.students = []
        f.snapshot.enrollments = []
        let report = try Readiness(f).report(indicators: [.scheduleFill, .parentAccounts])
        #expect(report.indicator(.scheduleFill)?.ratio == Ratio(0, of: 0))
        #expect(report.indicator(.parentAccounts)?.ratio == Ratio(0, of: 0))
        #expect(report.indicator(.parentAccounts)?.met == false)
    }
}
