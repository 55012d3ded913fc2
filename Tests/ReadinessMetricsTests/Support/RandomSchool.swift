import Foundation
import JournalCore
import JournalStore

/// xorshift64*: a seed names a school, on every machine.
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9 : seed &* 0x2545_F491_4F6C_DD1D }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
}

/// Small random schools whose entries cluster around the deadlines, where
/// mistakes would hide: a second before and after noon, 24 hours, the day's end.
/// Their classes have timetables with `part` groups, and a `mixed` group
/// crosses them; the calendar has holidays, a worked Sunday, closed and
/// shortened days; the journal's lessons stop on a random day, after which the
/// timetable owes its lessons.
struct RandomSchool {
    var random: TestRandom
    var fixture = Fixture()
    let days = (0..<14).map { Fixture.monday.adding(days: $0 - 1) }     // Sunday 1 to Saturday 14 September
    /// Every class-day has a lesson at 08:30 and one hours later, and entries are
    /// made that same day: the day-end rule as of mid-day, in depth.
    let sameDayGaps: Bool

    init(seed: UInt64, sameDayGaps: Bool = false) {
        random = TestRandom(seed: seed)
        self.sameDayGaps = sameDayGaps
    }

    /// The moment the school is loaded: the journal has made no lessons
    /// before it unless the school brought them.
    static let loadedAt = "2024-09-01T00:00"

    /// The last day the journal has made lessons for once loaded: its last
    /// lesson's day, or the day before it was loaded.
    static func madeThrough(_ snapshot: SchoolSnapshot) -> SchoolDate {
        snapshot.lessons.map(\.date).max() ?? Fixture.time(loadedAt).date.adding(days: -1)
    }

    mutating func build() -> Fixture {
        fixture.snapshot.classes = []
        fixture.snapshot.students = []
        fixture.snapshot.enrollments = []
        fixture.snapshot.timetable = []
        fixture.snapshot.shortBells = Fixture.bells.prefix(4).enumerated().map { index, bell in
            Bell(lessonNumber: index + 1, start: TimeOfDay(minutes: TimeOfDay(text: bell.0)!.minutes - 20 * index),
                 end: TimeOfDay(minutes: TimeOfDay(text: bell.0)!.minutes - 20 * index + 30))
        }
        for c in 1...random.int(1...3) { addClass(c) }
        addMixedGroup()
        addCalendar()
        addPeople()
        let historyEnd = sameDayGaps || random.chance(30) ? days.last! : random.pick(days)
        var code = 0
        let owners = fixture.snapshot.classes.map { ($0.code as String?, nil as String?) }
            + fixture.snapshot.groups.map { ($0.classCode, $0.code as String?) }
        for (classCode, groupCode) in owners {
            for day in days where day <= historyEnd && random.chance(groupCode == nil ? 70 : 35) {
                var numbers = Set<Int>()
                for _ in 0..<random.int(1...4) { numbers.insert(random.int(1...6)) }
                // a gap of hours between lessons, where the day-end rule as of mid-day differs most
                if sameDayGaps || random.chance(30) { numbers = [1, random.int(5...6)] }
                for number in numbers.sorted() {
                    code += 1
                    addLesson(String(code), classCode: classCode, groupCode: groupCode, day: day, number: number)
                }
            }
        }
        return fixture
    }

    private mutating func addClass(_ c: Int) {
        let code = "c\(c)"
        fixture.snapshot.classes.append(SchoolClass(code: code, name: "\(c)А", grade: c, homeroomLogin: nil))
        for k in 0..<random.int(0...4) {
            let from = random.chance(70) ? Fixture.monday.adding(days: -30) : random.pick(days)
            let to: SchoolDate? = random.chance(25) ? random.pick(days) : nil
            fixture.snapshot.enrol(Student(code: "\(code)s\(k)", fullName: "Ученик \(c)-\(k)", login: nil), in: code,
                                   from: from, to: to.map { max($0, from) })
        }
        let students = fixture.snapshot.enrollments.filter { $0.classCode == code }.map(\.studentCode)
        var owners: [String?] = random.chance(75) ? [nil] : []
        if random.chance(40) {
            // two halves of the class, taught at the same time
            let slot = (weekday: random.int(1...6), number: random.int(1...6))
            for half in 1...2 {
                let group = "\(code)g\(half)"
                fixture.snapshot.groups.append(TeachingGroup(code: group, name: "гр. \(half)", kind: .part, classCode: code,
                                                             subjectCode: "rus"))
                for student in students where random.chance(50) {
                    fixture.snapshot.groupMembers.append(GroupMembership(groupCode: group, studentCode: student, from: Fixture.monday))
                }
                fixture.snapshot.timetable.append(TimetableEntry(classCode: code, groupCode: group, weekday: slot.weekday,
                                                                 lessonNumber: slot.number, subjectCode: "rus",
                                                                 teacherLogin: half == 1 ? "ivanova" : "petrov", room: nil,
                                                                 validFrom: Fixture.monday.adding(days: -30), validTo: nil))
                owners.append(group)
            }
        }
        for _ in 0..<random.int(0...3) where !owners.isEmpty {
            let group = random.pick(owners)
            let from = random.chance(60) ? Fixture.monday.adding(days: -30) : random.pick(days)
            let to: SchoolDate? = random.chance(30) ? random.pick(days) : nil
            fixture.snapshot.timetable.append(TimetableEntry(classCode: code, groupCode: group, weekday: random.int(1...6),
                                                             lessonNumber: random.int(1...6), subjectCode: random.pick(["math", "rus"]),
                                                             teacherLogin: random.pick(["ivanova", "petrov"]), room: nil,
                                                             validFrom: from, validTo: to.map { max($0, from) }))
        }
    }

    /// An elective across the classes: its lessons have no class.
    private mutating func addMixedGroup() {
        guard random.chance(40) else { return }
        fixture.snapshot.groups.append(TeachingGroup(code: "m1", name: "Элективный курс", kind: .mixed, classCode: nil,
                                                     subjectCode: "math"))
        for stay in fixture.snapshot.enrollments where random.chance(40) {
            fixture.snapshot.groupMembers.append(GroupMembership(groupCode: "m1", studentCode: stay.studentCode, from: Fixture.monday))
        }
        fixture.snapshot.timetable.append(TimetableEntry(classCode: nil, groupCode: "m1", weekday: random.int(1...6),
                                                         lessonNumber: random.int(1...6), subjectCode: "math",
                                                         teacherLogin: "petrov", room: nil,
                                                         validFrom: Fixture.monday.adding(days: -30), validTo: nil))
    }

    /// A few days of every kind, inside and after the days the journal made.
    private mutating func addCalendar() {
        let later = (14..<20).map { Fixture.monday.adding(days: $0) }
        var taken = Set<SchoolDate>()
        func day(_ random: inout TestRandom) -> SchoolDate? {
            let date = random.pick(days.dropFirst() + later)
            return taken.insert(date).inserted ? date : nil
        }
        if random.chance(60), let date = day(&random) {
            fixture.snapshot.calendar.append(CalendarDay(date: date, kind: .holiday, note: "Праздник"))
        }
        if random.chance(50) {
            let sunday = random.pick([Fixture.date("2024-09-08"), Fixture.date("2024-09-15")])
            if taken.insert(sunday).inserted {
                fixture.snapshot.calendar.append(CalendarDay(date: sunday, kind: .workday, weekday: random.int(1...6)))
            }
        }
        if random.chance(40), let date = day(&random) {
            fixture.snapshot.calendar.append(CalendarDay(date: date, kind: random.pick([.closed, .short])))
        }
        for schoolClass in fixture.snapshot.classes where random.chance(40) {
            let date = random.pick(days.dropFirst() + later)
            if !fixture.snapshot.calendar.contains(where: { $0.date == date && $0.classCode == schoolClass.code }) {
                fixture.snapshot.calendar.append(CalendarDay(date: date, kind: random.pick([.closed, .short]), classCode: schoolClass.code))
            }
        }
    }

    private mutating func addPeople() {
        for p in 0..<random.int(0...5) {
            let login = "p\(p)"
            let created = moment(around: random.pick(days))
            let activated = random.chance(60) ? moment(around: random.pick(days)) : nil
            let disabled = random.chance(25)
            fixture.snapshot.accounts.append(Account(login: login, fullName: "Родитель \(p)",
                                                     roles: random.chance(85) ? [.parent] : [.teacher, .parent].filter { _ in random.chance(50) },
                                                     createdAt: created, activatedAt: activated.map { max($0, created) },
                                                     disabled: disabled,
                                                     disabledAt: disabled && random.chance(70) ? moment(around: random.pick(days)) : nil))
            for student in fixture.snapshot.students where random.chance(40) {
                fixture.snapshot.guardians.append(Guardian(parentLogin: login, studentCode: student.code))
            }
        }
        for account in fixture.snapshot.accounts {
            for _ in 0..<random.int(0...4) {
                fixture.snapshot.signIns.append(SignIn(login: account.login, at: moment(around: random.pick(days))))
            }
        }
    }

    private mutating func addLesson(_ code: String, classCode: String?, groupCode: String?, day: SchoolDate, number: Int) {
        let start = SchoolTime(date: day, time: fixture.snapshot.bells[number - 1].start)
        let students = groupCode.map { group in fixture.snapshot.groupMembers.filter { $0.groupCode == group }.map(\.studentCode) }
            ?? fixture.snapshot.enrollments.filter { $0.classCode == classCode }.map(\.studentCode)
        let comment = random.chance(20)
        fixture.snapshot.lessons.append(Lesson(
            code: code, classCode: classCode, groupCode: groupCode, subjectCode: random.pick(["math", "rus"]),
            teacherLogin: random.pick(["ivanova", "petrov"]), date: day, lessonNumber: number,
            topic: random.chance(50) ? "Тема" : nil, homework: random.chance(30) ? "№ 1" : nil,
            heldAt: random.chance(40) ? entryTime(start) : nil, comment: comment ? "Комментарий" : nil,
            commentAt: comment && random.chance(90) ? entryTime(start) : nil, cancelled: random.chance(10)))
        guard !students.isEmpty else { return }
        for _ in 0..<random.int(0...4) {
            fixture.snapshot.marks.append(Mark(lessonCode: code, studentCode: random.pick(students), value: try! MarkValue(5),
                                               workTypeCode: random.pick(WorkType.builtIn).code, enteredAt: entryTime(start),
                                               enteredBy: nil))
        }
        for student in students where random.chance(30) {
            fixture.snapshot.attendance.append(Attendance(lessonCode: code, studentCode: student, code: .absent,
                                                          enteredAt: entryTime(start), enteredBy: nil))
        }
    }

    /// A time near one of the deadlines of a lesson starting at `start`.
    mutating func entryTime(_ start: SchoolTime) -> SchoolTime {
        let day = start.date
        let nudge = random.int(-1...1)
        if sameDayGaps { return SchoolTime(date: day, time: TimeOfDay(minutes: random.int(8 * 60...15 * 60))).adding(seconds: nudge) }
        switch random.int(0...6) {
        case 0: return SchoolTime(date: day.adding(days: 1), time: TimeOfDay(minutes: 12 * 60)).adding(seconds: nudge)
        case 1: return start.adding(seconds: 86_400 + nudge)
        case 2: return SchoolTime(date: day, time: TimeOfDay(minutes: random.int(9...15) * 60 + random.pick([0, 5, 10, 15, 45, 55])))
            .adding(seconds: nudge)
        case 3: return start.adding(seconds: -random.int(0...7200))
        case 4: return start.adding(seconds: random.int(0...6 * 3600))
        default: return start.adding(seconds: random.int(0...3 * 86_400))
        }
    }

    mutating func moment(around day: SchoolDate) -> SchoolTime {
        SchoolTime(date: day, time: TimeOfDay(minutes: random.int(0...1439))).adding(seconds: random.int(0...59))
    }
}
