import Foundation
import JournalCore
import JournalStore

/// TinySchool with one account for every role, and families: enough people to
/// try every right against every read and write.
///
/// - 5А (homeroom petrov): lesson 1 math by ivanova (Mon), lesson 2 rus by
///   petrov (Mon), lesson 3 PE by fizruk (Tue); students s1 Андреев Илья (account
///   `ilya`), s2 Борисова Ольга, s3 Сидоров Максим (left on Tuesday; mama's).
/// - 7Б (homeroom ivanova): lesson 71 math by ivanova, 72 rus by petrov, 73 math
///   by the disabled `ushla` (all Tue); students s4 Сидорова Анна (mama's second
///   child) and s5 Кузнецов Пётр (papa's).
/// - zavuch (deputy), sekretar (secretary), ushla (a disabled former
///   administrator: allowed everything if the store forgot to look).
public enum FamilySchool {
    public static let tuesday = TinySchool.monday.adding(days: 1)

    public static func snapshot() -> SchoolSnapshot {
        var s = TinySchool.snapshot()
        let created = TinySchool.time("2024-08-20T09:00")
        s.periods.append(Period(code: "q2", name: "2 четверть", kind: .quarter, start: SchoolDate(year: 2024, month: 11, day: 5)!,
                                end: SchoolDate(year: 2024, month: 12, day: 27)!))
        s.subjects.append(Subject(code: "pe", name: "Физкультура"))
        s.accounts += [
            Account(login: "zavuch", fullName: "Завьялова Зоя Петровна", roles: [.deputy], createdAt: created, activatedAt: created),
            Account(login: "sekretar", fullName: "Семёнова Светлана Игоревна", roles: [.secretary], createdAt: created),
            Account(login: "fizruk", fullName: "Фёдоров Фёдор Фёдорович", roles: [.teacher], createdAt: created),
            Account(login: "ilya", fullName: "Андреев Илья", roles: [.student], createdAt: created),
            Account(login: "papa", fullName: "Кузнецов Павел", roles: [.parent], createdAt: created),
            Account(login: "ushla", fullName: "Ушакова Ульяна Юрьевна", roles: [.admin, .teacher], createdAt: created, disabled: true),
        ]
        s.classes.append(SchoolClass(code: "7b", name: "7Б", grade: 7, homeroomLogin: "ivanova"))
        s.students[0].login = "ilya"
        s.enrol(Student(code: "s4", fullName: "Сидорова Анна", login: nil), in: "7b", from: TinySchool.monday)
        s.enrol(Student(code: "s5", fullName: "Кузнецов Пётр", login: nil), in: "7b", from: TinySchool.monday)
        s.guardians += [Guardian(parentLogin: "mama", studentCode: "s4"), Guardian(parentLogin: "papa", studentCode: "s5")]
        s.timetable += [
            TimetableEntry(classCode: "7b", weekday: 2, lessonNumber: 1, subjectCode: "math", teacherLogin: "ivanova",
                           room: "12", validFrom: TinySchool.monday, validTo: nil),
            TimetableEntry(classCode: "7b", weekday: 2, lessonNumber: 2, subjectCode: "rus", teacherLogin: "petrov",
                           room: nil, validFrom: TinySchool.monday, validTo: nil),
        ]
        addLessons(&s)
        return s
    }

    private static func addLessons(_ s: inout SchoolSnapshot) {
        s.lessons[0].homework = "№ 12, 15"
        s.lessons += [
            Lesson(code: "3", classCode: "5a", subjectCode: "pe", teacherLogin: "fizruk", date: tuesday, lessonNumber: 1),
            Lesson(code: "71", classCode: "7b", subjectCode: "math", teacherLogin: "ivanova", date: tuesday, lessonNumber: 1,
                   topic: "Линейные уравнения", homework: "§ 3, № 41–44"),
            Lesson(code: "72", classCode: "7b", subjectCode: "rus", teacherLogin: "petrov", date: tuesday, lessonNumber: 2,
                   homework: "Упражнение 112"),
            Lesson(code: "73", classCode: "7b", subjectCode: "math", teacherLogin: "ushla", date: TinySchool.monday, lessonNumber: 2),
        ]
        let morning = TinySchool.time("2024-09-03T09:00")
        s.marks += [
            Mark(lessonCode: "71", studentCode: "s4", value: try! MarkValue(5), workTypeCode: "lesson", enteredAt: morning, enteredBy: "ivanova"),
            Mark(lessonCode: "71", studentCode: "s4", value: try! MarkValue(4), workTypeCode: "test", enteredAt: morning, enteredBy: "ivanova"),
            Mark(lessonCode: "71", studentCode: "s5", value: try! MarkValue(2), workTypeCode: "lesson", enteredAt: morning, enteredBy: "ivanova"),
        ]
        s.attendance += [
            Attendance(lessonCode: "72", studentCode: "s4", code: .ill, enteredAt: morning, enteredBy: "petrov"),
            Attendance(lessonCode: "71", studentCode: "s5", code: .absent, enteredAt: morning, enteredBy: "ivanova"),
        ]
        s.finalMarks += [
            FinalMark(studentCode: "s4", subjectCode: "math", periodCode: "q1", value: .mark(5), enteredAt: morning, enteredBy: "ivanova"),
            FinalMark(studentCode: "s5", subjectCode: "math", periodCode: "q1", value: .mark(2), enteredAt: morning, enteredBy: "ivanova"),
        ]
    }

    public static func database(clock: any SchoolClock = TinySchool.tuesdayMorning, demo: Bool = false) throws -> AppDatabase {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(snapshot(), options: LoadOptions(demo: demo, source: "test"))
        return db
    }

    /// Fills a fresh database (a file for tmux scenarios: `JournalInTmux(prepare:)`)
    /// and gives everyone but the disabled account a password (`password(_:)`).
    public static func prepare(_ db: AppDatabase) throws {
        try db.load(snapshot(), options: LoadOptions(source: "e2e"))
        for login in ["admin", "ivanova", "petrov", "mama", "zavuch", "sekretar", "fizruk", "ilya", "papa"] {
            try db.setPassword(login: login, to: password(login), by: .serverOperator)
        }
    }

    /// Cyrillic, with a space, different for everyone and never containing the login.
    public static func password(_ login: String) -> String { "секрет " + String(login.reversed()) }
}
