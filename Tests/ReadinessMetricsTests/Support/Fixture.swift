import Foundation
import JournalCore
import JournalStore
@testable import ReadinessMetrics

/// A small school written out by hand in each test: one week from Monday
/// 2024-09-02, Moscow time, six bells, classes and people added as a test needs.
struct Fixture {
    static let timeZone = TimeZone(identifier: "Europe/Moscow")!
    static let monday = SchoolDate(year: 2024, month: 9, day: 2)!

    var snapshot: SchoolSnapshot

    static func time(_ text: String) -> SchoolTime {
        guard let time = SchoolTime.parse(text, timeZone: timeZone) else { fatalError("bad time \(text) in a test") }
        return time
    }

    static func date(_ text: String) -> SchoolDate {
        SchoolDate(iso: text)!
    }

    /// Bells: 1 08:30–09:15, 2 09:25–10:10, 3 10:20–11:05, 4 11:15–12:00,
    /// 5 12:10–12:55, 6 13:00–13:45.
    static let bells: [(String, String)] = [("08:30", "09:15"), ("09:25", "10:10"), ("10:20", "11:05"),
                                            ("11:15", "12:00"), ("12:10", "12:55"), ("13:00", "13:45")]

    /// An admin, two teachers, class 5a with three students (from Monday), no
    /// lessons yet.
    init() {
        snapshot = SchoolSnapshot(school: School(name: "МБОУ СОШ № 7", timeZoneID: "Europe/Moscow", academicYear: "2024/2025"))
        snapshot.periods = [Period(code: "q1", name: "1 четверть", kind: .quarter, start: Self.monday,
                                   end: Self.date("2024-10-25"))]
        snapshot.bells = Self.bells.enumerated().map { index, bell in
            Bell(lessonNumber: index + 1, start: TimeOfDay(text: bell.0)!, end: TimeOfDay(text: bell.1)!)
        }
        snapshot.subjects = [Subject(code: "math", name: "Математика"), Subject(code: "rus", name: "Русский язык")]
        let created = Self.time("2024-08-20T09:00")
        snapshot.accounts = [
            Account(login: "admin", fullName: "Админова Анна", roles: [.admin], createdAt: created, activatedAt: created),
            Account(login: "ivanova", fullName: "Иванова Ирина", roles: [.teacher], createdAt: created, activatedAt: created),
            Account(login: "petrov", fullName: "Петров Павел", roles: [.teacher], createdAt: created, activatedAt: created),
        ]
        addClass("5a", name: "5А", students: ["s1", "s2", "s3"])
        timetable("5a")
    }

    mutating func addClass(_ code: String, name: String, students: [String], from: SchoolDate = Fixture.monday,
                           to: SchoolDate? = nil) {
        snapshot.classes.append(SchoolClass(code: code, name: name, grade: 5, homeroomLogin: nil))
        for student in students {
            addStudent(student, classCode: code, from: from, to: to)
        }
    }

    mutating func addStudent(_ code: String, classCode: String, from: SchoolDate = Fixture.monday, to: SchoolDate? = nil) {
        snapshot.enrol(Student(code: code, fullName: "Ученик \(code)", login: nil), in: classCode, from: from, to: to)
    }

    mutating func timetable(_ classCode: String, from: SchoolDate = Fixture.monday, to: SchoolDate? = nil) {
        snapshot.timetable.append(TimetableEntry(classCode: classCode, weekday: 1, lessonNumber: 1, subjectCode: "math",
                                                 teacherLogin: "ivanova", room: nil, validFrom: from, validTo: to))
    }

    /// A timetable row of a class (`groupCode` nil) or of a group.
    mutating func timetable(_ classCode: String?, group groupCode: String?, weekday: Int, number: Int, subject: String = "rus",
                            teacher: String = "petrov", from: SchoolDate = Fixture.monday) {
        snapshot.timetable.append(TimetableEntry(classCode: classCode, groupCode: groupCode, weekday: weekday, lessonNumber: number,
                                                 subjectCode: subject, teacherLogin: teacher, room: nil, validFrom: from, validTo: nil))
    }

    mutating func group(_ code: String, name: String, kind: GroupKind, classCode: String? = nil, subject: String? = nil,
                        members: [String]) {
        snapshot.groups.append(TeachingGroup(code: code, name: name, kind: kind, classCode: classCode, subjectCode: subject))
        for student in members { snapshot.groupMembers.append(GroupMembership(groupCode: code, studentCode: student, from: Self.monday)) }
    }

    mutating func calendar(_ date: String, _ kind: CalendarDayKind, weekday: Int? = nil, classCode: String? = nil) {
        snapshot.calendar.append(CalendarDay(date: Self.date(date), kind: kind, weekday: weekday, classCode: classCode))
    }

    mutating func account(_ login: String, roles: [Role], created: String = "2024-08-20T09:00", activated: String? = nil,
                          disabled: Bool = false, disabledAt: String? = nil) {
        snapshot.accounts.append(Account(login: login, fullName: "Аккаунт \(login)", roles: roles,
                                         createdAt: Self.time(created), activatedAt: activated.map(Self.time),
                                         disabled: disabled, disabledAt: disabledAt.map(Self.time)))
    }

    mutating func parent(_ login: String, of students: [String], created: String = "2024-08-20T09:00",
                         disabled: Bool = false, disabledAt: String? = nil) {
        account(login, roles: [.parent], created: created, disabled: disabled, disabledAt: disabledAt)
        for student in students { snapshot.guardians.append(Guardian(parentLogin: login, studentCode: student)) }
    }

    /// A lesson of class `classCode` on `date` at bell `number`.
    mutating func lesson(_ code: String, date: String = "2024-09-02", number: Int = 1, classCode: String? = "5a",
                         group: String? = nil, subject: String = "math", teacher: String = "ivanova", topic: String? = nil,
                         homework: String? = nil, held: String? = nil, comment: String? = nil,
                         commentAt: String? = nil, cancelled: Bool = false) {
        snapshot.lessons.append(Lesson(code: code, classCode: classCode, groupCode: group, subjectCode: subject, teacherLogin: teacher,
                                       date: Self.date(date), lessonNumber: number, topic: topic, homework: homework,
                                       heldAt: held.map(Self.time), comment: comment, commentAt: commentAt.map(Self.time),
                                       cancelled: cancelled))
    }

    mutating func mark(_ lesson: String, student: String = "s1", type: String = "lesson", at: String) {
        snapshot.marks.append(Mark(lessonCode: lesson, studentCode: student, value: try! MarkValue(4), workTypeCode: type,
                                   enteredAt: Self.time(at), enteredBy: nil))
    }

    mutating func attendance(_ lesson: String, student: String = "s2", at: String) {
        snapshot.attendance.append(Attendance(lessonCode: lesson, studentCode: student, code: .absent,
                                              enteredAt: Self.time(at), enteredBy: nil))
    }

    mutating func signIn(_ login: String, at: String) {
        snapshot.signIns.append(SignIn(login: login, at: Self.time(at)))
    }

    func database(clock: any SchoolClock = TestClock("2024-09-30T12:00")) throws -> AppDatabase {
        let database = try AppDatabase.inMemory(clock: clock)
        try database.load(snapshot, options: LoadOptions(source: "test"))
        return database
    }
}

/// The calculator with a test's usual questions.
struct Readiness {
    let database: AppDatabase

    init(_ database: AppDatabase) {
        self.database = database
    }

    init(_ fixture: Fixture) throws {
        database = try fixture.database()
    }

    func report(_ profile: String = "kchr", from: String = "2024-09-02", to: String = "2024-09-08",
                asOf: String = "2024-09-30T12:00", verdictWeeks: Int = 4,
                indicators: [IndicatorKey]? = IndicatorKey.allCases) throws -> ReadinessReport {
        try ReadinessCalculator(database: database).report(
            profile: try ReadinessProfile.builtIn(named: profile), window: window(from, to, asOf),
            verdictWeeks: verdictWeeks, indicators: indicators)
    }

    func ratio(_ key: IndicatorKey, _ profile: String = "kchr", from: String = "2024-09-02", to: String = "2024-09-08",
               asOf: String = "2024-09-30T12:00") throws -> Ratio {
        try report(profile, from: from, to: to, asOf: asOf, indicators: [key]).indicator(key)!.ratio
    }

    func window(_ from: String, _ to: String, _ asOf: String) throws -> ReadinessWindow {
        try ReadinessWindow(from: Fixture.date(from), to: Fixture.date(to), asOf: Fixture.time(asOf))
    }
}

extension AppDatabase {
    /// The id of the lesson with this code (numeric codes are row ids).
    func lessonID(_ code: String) -> LessonID {
        LessonID(Int64(code)!)
    }
}

extension ActingUser {
    /// The fixture's administrator (account 1), who may write every lesson.
    static let admin = ActingUser(accountID: AccountID(1), login: "admin", fullName: "Админова Анна", roles: [.admin])
}
