import JournalCore

/// Makes a realistic school (people, timetable, plans and a journal kept the way
/// real teachers keep it) for demos, tests and measurements. Deterministic: the
/// same arguments give the same snapshot, byte for byte.
public struct SchoolGenerator: Sendable {
    public let size: SchoolSize
    public let seed: UInt64
    /// First day of lessons; the academic year is the one containing it.
    public let start: SchoolDate
    /// School weeks from `start` (a holiday week does not count).
    public let weeks: Int
    /// When given, nothing is entered, created or signed in after this moment and
    /// lessons after it are left for the teachers (the journal "as of now");
    /// otherwise every generated lesson is in the past.
    public let asOf: SchoolTime?

    public static let timeZoneID = "Europe/Moscow"

    public init(size: SchoolSize, seed: UInt64 = 1, start: SchoolDate, weeks: Int? = nil, asOf: SchoolTime? = nil) {
        self.size = size
        self.seed = seed
        self.start = start
        self.weeks = weeks ?? size.weeks
        self.asOf = asOf
    }

    /// 1 September of the academic year containing `today`.
    public static func defaultStart(today: SchoolDate) -> SchoolDate {
        AcademicCalendar(containing: today).yearStart
    }

    /// The school weeks from `start` that have begun by `today`.
    public static func weeksBegun(from start: SchoolDate, through today: SchoolDate) -> Int {
        AcademicCalendar(containing: start).weeksBegun(from: start, through: today)
    }

    public var calendar: AcademicCalendar { AcademicCalendar(containing: start) }

    /// The dates the lessons cover.
    public var range: DateRange { calendar.range(start: start, weeks: weeks) }

    public func generate() -> SchoolSnapshot {
        let model = makeModel()
        let logins = Logins(model: model)
        var journal = JournalGenerator(model: model, pupilCodes: logins.pupilCodes, teacherLogins: logins.teachers)
        let output = journal.run()
        let finalMarks = FinalMarkGenerator(model: model, tally: output.tally, pupilCodes: logins.pupilCodes,
                                            teacherLogins: logins.teachers).generate()
        var accounts = AccountBook(model: model, logins: logins)
        accounts.build(sittings: output.sittings)
        return SnapshotAssembler(model: model, logins: logins).snapshot(journal: output, finalMarks: finalMarks, accounts: accounts)
    }

    func makeModel() -> SchoolModel {
        let calendar = self.calendar
        let range = self.range
        let names = NameMaker()
        var random = SeededRandom(seed: seed, stream: "school")
        var classes = ClassLayout.classes(for: size)
        var staffRandom = SeededRandom(seed: seed, stream: "staff")
        var staff = Staff(classes: &classes, teacherCount: size.teachers, names: names, &staffRandom)
        staff.assignRooms()
        var peopleRandom = SeededRandom(seed: seed, stream: "students")
        var body = StudentBody(classes: &classes, total: size.students, yearStart: calendar.yearStart, names: names, &peopleRandom)
        let demo = DemoChoice.choose(classes: classes, staff: staff, body: &body, names: names, &peopleRandom)
        let journalEnd = min(range.last, asOf?.date ?? range.last)
        let moveDays = range.first <= journalEnd
            ? (range.first.dayNumber...journalEnd.dayNumber).map(SchoolDate.init(dayNumber:))
                .filter { calendar.isSchoolDay($0, saturday: false) }
            : []
        body.moveSome(schoolDays: moveDays, classes: &classes, keep: Set(body.families[body.pupils[demo.pupil].family].children),
                      &peopleRandom)
        body.divideIntoGroups(classes: classes)
        var orderRandom = SeededRandom(seed: seed, stream: "orders")
        OrderBook.write(&body, yearStart: calendar.yearStart, &orderRandom)
        var timetable = TimetableBuilder.build(classes: classes, staff: staff, random: SeededRandom(seed: seed, stream: "timetable"))
        var groupRandom = SeededRandom(seed: seed, stream: "groups")
        let groups = GroupPlanner(classes: classes, staff: staff, body: body, yearStart: calendar.yearStart)
            .plan(demo: demo, timetable: &timetable, &groupRandom)
        return SchoolModel(
            size: size, seed: seed, calendar: calendar, range: range, asOf: asOf?.seconds ?? Int.max,
            schoolName: Self.schoolName(size, &random), admin: names.adult(female: random.chance(0.6), &random),
            secretary: names.adult(female: true, &random), classes: classes, staff: staff, body: body, timetable: timetable,
            groups: groups, periods: Self.periods(calendar, journalEnd: journalEnd),
            plans: Self.plans(classes: classes, groups: groups, seed: seed), demo: demo)
    }

    /// The deputy closes the first quarter once its final marks are in and the
    /// second quarter has begun: a journal that goes on past it (or starts
    /// after it) finds it closed.
    private static func periods(_ calendar: AcademicCalendar, journalEnd: SchoolDate) -> [Period] {
        let secondQuarter = calendar.quarters[1]
        return calendar.periods.map { period in
            var period = period
            period.locked = period.code == "q1" && secondQuarter.start <= journalEnd
            return period
        }
    }

    private static func plans(classes: [ClassPlan], groups: [GroupPlan], seed: UInt64) -> [SubjectPlan?] {
        var random = SeededRandom(seed: seed, stream: "plans")
        let builder = PlanBuilder()
        let courses = Courses(classCount: classes.count)
        var plans = [SubjectPlan?](repeating: nil, count: courses.count(groups: groups.count))
        for plan in classes {
            for hours in plan.hours {
                for group in hours.groups {
                    plans[courses.index(classIndex: plan.index, subject: hours.subject, group: group)] =
                        builder.plan(subject: hours.subject, perWeek: hours.perWeek, grade: plan.grade,
                                     weeks: StudyWeeks.of(grade: plan.grade), &random)
                }
            }
        }
        for group in groups {
            plans[courses.index(group: group.index)] =
                builder.plan(subject: group.subject, perWeek: GroupPlan.perWeek, grade: group.grade,
                             // the check knows a group's grade by its class; one of several classes has none
                             weeks: StudyWeeks.of(grade: group.classIndex == nil ? nil : group.grade), &random)
        }
        return plans
    }

    /// «МБОУ СОШ № 7»; a school complex of the huge size is named as Moscow names
    /// them, «ГБОУ Школа № 1537».
    private static func schoolName(_ size: SchoolSize, _ random: inout SeededRandom) -> String {
        size == .huge ? "ГБОУ Школа № \(random.int(in: 1_000...2_100))" : "МБОУ СОШ № \(random.int(in: 1...60))"
    }
}
