import Foundation
import JournalCore
import JournalStore

/// A small school built around a given "today", for the journal screens and
/// the end-to-end tests: whatever the date a test runs on (a Sunday included),
/// today has lessons, because they are in the snapshot itself, not only in the
/// Monday-to-Saturday timetable.
///
/// Class 5А, eight students (Шилов Максим left three days ago, Яковлева Мария
/// came two days ago); Иванова teaches mathematics (lessons 1 and 3 every day)
/// and today covers Петров's Russian (lesson 2); Петров is the homeroom
/// teacher. Today's lessons have no entries; a week ago's mathematics lesson
/// has a topic, a 5 for Андреев entered that day and an absence for Борисова.
/// Yesterday's third lesson was cancelled. The quarter runs from 20 days ago
/// to 20 days ahead, the previous one (locked when asked) ended a month ago.
public enum JournalSchool {
    public static let timeZone = TimeZone(identifier: "Europe/Moscow")!
    /// Wednesday 11 September 2024: the screen tests' today.
    public static let wednesday = SchoolDate(year: 2024, month: 9, day: 11)!

    public static let students = ["Андреев Илья Сергеевич", "Борисова Ольга Петровна", "Васильев Пётр Андреевич",
                                  "Григорьева Анна Ивановна", "Дмитриев Олег Олегович", "Егорова Вера Павловна",
                                  "Шилов Максим Юрьевич", "Яковлева Мария Денисовна"]

    /// A clock at `time` (HH:MM, Moscow) on `date`.
    public static func clock(_ date: SchoolDate, _ time: String = "10:00") -> TestClock {
        TestClock(instant(date, time))
    }

    public static func instant(_ date: SchoolDate, _ time: String) -> Date {
        let wall = SchoolTime(date: date, time: TimeOfDay(text: time)!)
        return Date(timeIntervalSince1970: TimeInterval(wall.seconds - timeZone.secondsFromGMT()))
    }

    /// Today in Moscow by the real clock: what the binary will call today.
    public static var realToday: SchoolDate { SystemClock().now(in: timeZone).date }

    public static func snapshot(today: SchoolDate, lockPreviousQuarter: Bool = false) -> SchoolSnapshot {
        var s = SchoolSnapshot(school: School(name: "МБОУ СОШ № 2", timeZoneID: "Europe/Moscow", academicYear: "2024/2025"))
        let start = today.adding(days: -60)
        s.periods = [
            Period(code: "q1", name: "1 четверть", kind: .quarter, start: start, end: today.adding(days: -30), locked: lockPreviousQuarter),
            Period(code: "q2", name: "2 четверть", kind: .quarter, start: today.adding(days: -20), end: today.adding(days: 20)),
            Period(code: "year", name: "Учебный год", kind: .year, start: start, end: today.adding(days: 60)),
        ]
        s.bells = [("08:30", "09:15"), ("09:25", "10:10"), ("10:30", "11:15")].enumerated().map { index, times in
            Bell(lessonNumber: index + 1, start: TimeOfDay(text: times.0)!, end: TimeOfDay(text: times.1)!)
        }
        s.subjects = [Subject(code: "math", name: "Математика"), Subject(code: "rus", name: "Русский язык")]
        let created = SchoolTime(date: start.adding(days: -10), time: TimeOfDay(text: "09:00")!)
        s.accounts = [
            Account(login: "admin", fullName: "Админова Алла Борисовна", roles: [.admin], createdAt: created, activatedAt: created),
            Account(login: "deputy", fullName: "Завучева Зоя Петровна", roles: [.deputy], createdAt: created, activatedAt: created),
            Account(login: "ivanova", fullName: "Иванова Анна Петровна", roles: [.teacher], createdAt: created, activatedAt: created),
            Account(login: "petrov", fullName: "Петров Пётр Ильич", roles: [.teacher], createdAt: created, activatedAt: created),
            Account(login: "mama", fullName: "Андреева Мария", roles: [.parent], createdAt: created),
        ]
        s.classes = [SchoolClass(code: "5a", name: "5А", grade: 5, homeroomLogin: "petrov")]
        for (index, name) in students.enumerated() {
            s.enrol(Student(code: "s\(index + 1)", fullName: name, login: nil), in: "5a",
                    from: index == 7 ? today.adding(days: -2) : start, to: index == 6 ? today.adding(days: -3) : nil)
        }
        s.guardians = [Guardian(parentLogin: "mama", studentCode: "s1")]
        s.timetable = (1...6).flatMap { weekday in
            [TimetableEntry(classCode: "5a", weekday: weekday, lessonNumber: 1, subjectCode: "math", teacherLogin: "ivanova",
                            room: "12", validFrom: start, validTo: nil),
             TimetableEntry(classCode: "5a", weekday: weekday, lessonNumber: 2, subjectCode: "rus", teacherLogin: "petrov",
                            room: "14", validFrom: start, validTo: nil),
             TimetableEntry(classCode: "5a", weekday: weekday, lessonNumber: 3, subjectCode: "math", teacherLogin: "ivanova",
                            room: "12", validFrom: start, validTo: nil)]
        }
        s.plans = [
            PlanItem(classCode: "5a", subjectCode: "math", seq: 1, topic: "Натуральные числа", hours: 2),
            PlanItem(classCode: "5a", subjectCode: "math", seq: 2, topic: "Дроби", hours: 1),
            PlanItem(classCode: "5a", subjectCode: "math", seq: 3, topic: "Десятичные дроби", hours: 3),
        ]
        s.lessons = lessons(today: today)
        let weekAgo = SchoolTime(date: today.adding(days: -7), time: TimeOfDay(text: "08:50")!)
        s.marks = [Mark(lessonCode: "week-ago", studentCode: "s1", value: try! MarkValue(5), workTypeCode: "lesson",
                        enteredAt: weekAgo, enteredBy: "ivanova")]
        s.attendance = [Attendance(lessonCode: "week-ago", studentCode: "s2", code: .absent, enteredAt: weekAgo, enteredBy: "ivanova")]
        return s
    }

    /// Today's three lessons (the second covered by Иванова), a week ago's
    /// mathematics with entries, and yesterday's cancelled third lesson, then
    /// every other earlier lesson of the timetable: a loaded school's lessons
    /// are its history, and none are created before its last one.
    private static func lessons(today: SchoolDate) -> [Lesson] {
        let named = namedLessons(today: today)
        let taken = Set(named.map { "\($0.date.dayNumber)-\($0.lessonNumber)" })
        return named + earlierTimetableLessons(today: today).filter { !taken.contains("\($0.date.dayNumber)-\($0.lessonNumber)") }
    }

    /// The timetable's lessons on the school days of both quarters before today.
    private static func earlierTimetableLessons(today: SchoolDate) -> [Lesson] {
        let quarters = [(today.adding(days: -60), today.adding(days: -30)), (today.adding(days: -20), today.adding(days: -1))]
        let slots = [(1, "math", "ivanova"), (2, "rus", "petrov"), (3, "math", "ivanova")]
        return quarters.flatMap { first, last in
            (first.dayNumber...max(first.dayNumber, last.dayNumber)).map(SchoolDate.init(dayNumber:))
                .filter { $0 <= last && $0.weekday <= 6 }
                .flatMap { day in
                    slots.map { number, subject, teacher in
                        Lesson(code: "d\(day.iso)-\(number)", classCode: "5a", subjectCode: subject, teacherLogin: teacher,
                               date: day, lessonNumber: number)
                    }
                }
        }
    }

    private static func namedLessons(today: SchoolDate) -> [Lesson] {
        [Lesson(code: "today-1", classCode: "5a", subjectCode: "math", teacherLogin: "ivanova", date: today, lessonNumber: 1),
         Lesson(code: "today-2", classCode: "5a", subjectCode: "rus", teacherLogin: "ivanova", date: today, lessonNumber: 2),
         Lesson(code: "today-3", classCode: "5a", subjectCode: "math", teacherLogin: "ivanova", date: today, lessonNumber: 3),
         Lesson(code: "week-ago", classCode: "5a", subjectCode: "math", teacherLogin: "ivanova", date: today.adding(days: -7),
                lessonNumber: 1, topic: "Натуральные числа"),
         Lesson(code: "yesterday-3", classCode: "5a", subjectCode: "math", teacherLogin: "ivanova", date: today.adding(days: -1),
                lessonNumber: 3, cancelled: true)]
    }

    public static func database(today: SchoolDate = wednesday, clock: any SchoolClock, lockPreviousQuarter: Bool = false,
                                demo: Bool = false) throws -> AppDatabase {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(snapshot(today: today, lockPreviousQuarter: lockPreviousQuarter), options: LoadOptions(demo: demo, source: "test"))
        return db
    }

    /// The row id of a lesson of the snapshot: loaded first, in order, into an
    /// empty table, they are 1, 2, 3...
    public static func lessonID(_ code: String) -> LessonID {
        let index = namedLessons(today: wednesday).firstIndex { $0.code == code }
        precondition(index != nil, "no lesson \(code) in JournalSchool")
        return LessonID(Int64(index! + 1))
    }
}
