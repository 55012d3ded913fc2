import Foundation
import JournalCore
import JournalStore

/// A hand-built school small enough to reason about in a test: one class of
/// three students, two teachers, a week of lessons.
public enum TinySchool {
    public static let timeZone = TimeZone(identifier: "Europe/Moscow")!
    public static let monday = SchoolDate(year: 2024, month: 9, day: 2)!

    public static func time(_ text: String) -> SchoolTime {
        SchoolTime.parse(text, timeZone: timeZone)!
    }

    /// 2024-09-03 10:00 Moscow.
    public static let tuesdayMorning = FixedClock(Date(timeIntervalSince1970: TimeInterval(time("2024-09-03T10:00:00").seconds - 3 * 3600)))

    public static func snapshot() -> SchoolSnapshot {
        var s = SchoolSnapshot(school: School(name: "МБОУ СОШ № 1", timeZoneID: "Europe/Moscow", academicYear: "2024/2025"))
        s.periods = [Period(code: "q1", name: "1 четверть", kind: .quarter, start: monday, end: SchoolDate(year: 2024, month: 10, day: 25)!)]
        s.bells = [Bell(lessonNumber: 1, start: TimeOfDay(text: "08:30")!, end: TimeOfDay(text: "09:15")!),
                   Bell(lessonNumber: 2, start: TimeOfDay(text: "09:25")!, end: TimeOfDay(text: "10:10")!)]
        s.subjects = [Subject(code: "math", name: "Математика"), Subject(code: "rus", name: "Русский язык")]
        let created = time("2024-08-20T09:00")
        s.accounts = [
            Account(login: "admin", fullName: "Админов Админ", roles: [.admin], createdAt: created, activatedAt: created),
            Account(login: "ivanova", fullName: "Иванова Анна Петровна", roles: [.teacher], createdAt: created, activatedAt: created),
            Account(login: "petrov", fullName: "Петров Пётр Ильич", roles: [.teacher], createdAt: created),
            Account(login: "mama", fullName: "Сидорова Мария", roles: [.parent], createdAt: created),
        ]
        s.classes = [SchoolClass(code: "5a", name: "5А", grade: 5, homeroomLogin: "petrov")]
        s.enrol(Student(code: "s1", fullName: "Андреев Илья", login: nil), in: "5a", from: monday)
        s.enrol(Student(code: "s2", fullName: "Борисова Ольга", login: nil), in: "5a", from: monday)
        s.enrol(Student(code: "s3", fullName: "Сидоров Максим", login: nil), in: "5a", from: monday, to: monday.adding(days: 1))
        s.guardians = [Guardian(parentLogin: "mama", studentCode: "s3")]
        s.timetable = [
            TimetableEntry(classCode: "5a", weekday: 1, lessonNumber: 1, subjectCode: "math", teacherLogin: "ivanova",
                           room: "12", validFrom: monday, validTo: nil),
            TimetableEntry(classCode: "5a", weekday: 1, lessonNumber: 2, subjectCode: "rus", teacherLogin: "petrov",
                           room: nil, validFrom: monday, validTo: nil),
        ]
        s.lessons = [
            Lesson(code: "1", classCode: "5a", subjectCode: "math", teacherLogin: "ivanova", date: monday, lessonNumber: 1,
                   topic: "Натуральные числа"),
            Lesson(code: "L-rus", classCode: "5a", subjectCode: "rus", teacherLogin: "petrov", date: monday, lessonNumber: 2),
        ]
        s.marks = [Mark(lessonCode: "1", studentCode: "s1", value: try! MarkValue(5), workTypeCode: "lesson",
                        enteredAt: time("2024-09-02T08:50"), enteredBy: "ivanova")]
        s.attendance = [Attendance(lessonCode: "1", studentCode: "s2", code: .absent, enteredAt: time("2024-09-03T12:00:01"),
                                   enteredBy: "ivanova")]
        s.signIns = [SignIn(login: "ivanova", at: time("2024-09-02T08:20"))]
        return s
    }

    public static func database(clock: any SchoolClock = tuesdayMorning) throws -> AppDatabase {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(snapshot(), options: LoadOptions(source: "test"))
        return db
    }
}
