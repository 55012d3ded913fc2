import Foundation
import JournalCore
import JournalStore

/// The hand-built school of the control reports' tests: two classes, a part
/// group, a move between classes, a student who leaves the school and one
/// who leaves a group, a substitution and a cancelled lesson. The figures of
/// every report over it are worked by hand in Tests/ControlReportsTests.
///
/// 5А (homeroom petrov): a1 Андреев, a2 Борисова (in group en1 until 05.09),
/// a3 Волков (in 5А until 08.09, then 5Б), a4 Громова (leaves the school after
/// 10.09); 5Б: b1 Дмитриев. Quarter q1 is 02.09–13.09.2024.
///
/// | lesson | date  | № | unit          | teacher           | topic / homework | marks            | attendance |
/// |--------|-------|---|---------------|-------------------|------------------|------------------|------------|
/// | L1     | 02.09 | 1 | 5А math       | ivanova           | Числа / №1       | a1 5, a2 4, a3 2 | a4 н       |
/// | G1     | 03.09 | 2 | 5А en1 eng    | smirnova          | Алфавит          | a1 5, a2 4       |            |
/// | L2     | 04.09 | 1 | 5А math       | ivanova           | Сложение         | a1 4, a4 3       | a2 б       |
/// | L3     | 06.09 | 1 | 5А math       | ivanova           | —                | a1 5, a2 2       | a2 н       |
/// | L4     | 09.09 | 1 | 5А math       | petrov for ivanova| Вычитание        | a1 3             |            |
/// | B1     | 09.09 | 2 | 5Б math       | ivanova           | Числа            | a3 4, b1 5       |            |
/// | G2     | 10.09 | 2 | 5А en1 eng    | smirnova          | Цвета / Слова    |                  |            |
/// | L5     | 11.09 | 1 | 5А math       | ivanova, cancelled| —                |                  |            |
/// | B2     | 12.09 | 2 | 5Б math       | ivanova           | Сложение         | a3 5             |            |
/// | L6     | 13.09 | 1 | 5А math       | ivanova           | Умножение        | a2 5             | a1 оп      |
public enum ReportSchool {
    public static let timeZone = TimeZone(identifier: "Europe/Moscow")!

    public static func date(_ text: String) -> SchoolDate { SchoolDate(iso: text)! }

    public static func time(_ text: String) -> SchoolTime { SchoolTime.parse(text, timeZone: timeZone)! }

    /// 30 September 2024, 12:00 Moscow: every entry of the fixture is in.
    public static let clock = FixedClock(Date(timeIntervalSince1970: TimeInterval(time("2024-09-30T12:00:00").seconds - 3 * 3600)))

    public static func snapshot() -> SchoolSnapshot {
        var s = SchoolSnapshot(school: School(name: "МБОУ СОШ № 7", timeZoneID: "Europe/Moscow", academicYear: "2024/2025"))
        s.periods = [Period(code: "q1", name: "1 четверть", kind: .quarter, start: date("2024-09-02"), end: date("2024-09-13")),
                     Period(code: "q2", name: "2 четверть", kind: .quarter, start: date("2024-09-16"), end: date("2024-09-27"))]
        s.bells = [Bell(lessonNumber: 1, start: TimeOfDay(text: "08:30")!, end: TimeOfDay(text: "09:15")!),
                   Bell(lessonNumber: 2, start: TimeOfDay(text: "09:25")!, end: TimeOfDay(text: "10:10")!)]
        s.subjects = [Subject(code: "math", name: "Математика"), Subject(code: "eng", name: "Английский язык")]
        let created = time("2024-08-20T09:00")
        s.accounts = [
            Account(login: "admin", fullName: "Админов Админ", roles: [.admin], createdAt: created),
            Account(login: "deputy", fullName: "Завучева Зоя", roles: [.deputy], createdAt: created),
            Account(login: "ivanova", fullName: "Иванова Анна", roles: [.teacher], createdAt: created),
            Account(login: "petrov", fullName: "Петров Пётр", roles: [.teacher], createdAt: created),
            Account(login: "smirnova", fullName: "Смирнова Софья", roles: [.teacher], createdAt: created),
            Account(login: "mama", fullName: "Борисова Мария", roles: [.parent], createdAt: created),
            Account(login: "old", fullName: "Старый Сергей", roles: [.teacher], createdAt: created, disabled: true),
        ]
        s.classes = [SchoolClass(code: "5a", name: "5А", grade: 5, homeroomLogin: "petrov"),
                     SchoolClass(code: "5b", name: "5Б", grade: 5, homeroomLogin: nil)]
        let first = date("2024-09-02")
        s.enrol(Student(code: "a1", fullName: "Андреев Илья", login: nil), in: "5a", from: first)
        s.enrol(Student(code: "a2", fullName: "Борисова Ольга", login: nil), in: "5a", from: first)
        s.enrol(Student(code: "a3", fullName: "Волков Максим", login: nil), in: "5a", from: first, to: date("2024-09-08"))
        s.enrollments.append(Enrollment(studentCode: "a3", classCode: "5b", from: date("2024-09-09"), order: "№ 5 от 06.09.2024"))
        s.enrol(Student(code: "a4", fullName: "Громова Дарья", login: nil), in: "5a", from: first, to: date("2024-09-10"))
        s.enrol(Student(code: "b1", fullName: "Дмитриев Олег", login: nil), in: "5b", from: first)
        s.guardians = [Guardian(parentLogin: "mama", studentCode: "a2")]
        s.groups = [TeachingGroup(code: "en1", name: "гр. 1", kind: .part, classCode: "5a", subjectCode: "eng")]
        s.groupMembers = [GroupMembership(groupCode: "en1", studentCode: "a1", from: first),
                          GroupMembership(groupCode: "en1", studentCode: "a2", from: first, to: date("2024-09-05"))]
        s.curriculum = [CurriculumRow(classCode: "5a", groupCode: nil, subjectCode: "math", hours: WeeklyHours(hundredths: 400)),
                        CurriculumRow(classCode: "5a", groupCode: nil, subjectCode: "eng", hours: WeeklyHours(hundredths: 300))]
        s.timetable = [
            TimetableEntry(classCode: "5a", weekday: 1, lessonNumber: 1, subjectCode: "math", teacherLogin: "ivanova", room: nil,
                           validFrom: first, validTo: nil),
            TimetableEntry(classCode: "5b", weekday: 1, lessonNumber: 2, subjectCode: "math", teacherLogin: "ivanova", room: nil,
                           validFrom: first, validTo: nil),
            TimetableEntry(classCode: "5b", weekday: 4, lessonNumber: 2, subjectCode: "math", teacherLogin: "ivanova", room: nil,
                           validFrom: first, validTo: nil),
        ]
        s.plans = [PlanItem(classCode: "5a", subjectCode: "math", seq: 1, topic: "Числа", hours: 4),
                   PlanItem(classCode: "5a", subjectCode: "math", seq: 2, topic: "Действия", hours: 6)]
        s.lessons = lessons()
        s.marks = marks()
        let by = { (lesson: String, student: String, code: AttendanceCode, at: String, login: String) in
            Attendance(lessonCode: lesson, studentCode: student, code: code, enteredAt: time(at), enteredBy: login)
        }
        s.attendance = [by("L1", "a4", .absent, "2024-09-02T09:00", "ivanova"),
                        by("L2", "a2", .ill, "2024-09-20T12:00", "petrov"),     // the homeroom teacher, later
                        by("L3", "a2", .absent, "2024-09-06T09:00", "ivanova"),
                        by("L6", "a1", .late, "2024-09-13T09:00", "ivanova")]
        let final = { (student: String, subject: String, value: FinalMarkValue, login: String) in
            FinalMark(studentCode: student, subjectCode: subject, periodCode: "q1", value: value,
                      enteredAt: time("2024-09-13T12:00"), enteredBy: login)
        }
        s.finalMarks = [final("a1", "math", .mark(5), "ivanova"), final("a2", "math", .mark(4), "ivanova"),
                        final("a3", "math", .mark(3), "ivanova"), final("a4", "math", .mark(2), "ivanova"),
                        final("b1", "math", .exempt, "ivanova"),
                        final("a1", "eng", .mark(5), "smirnova"), final("a2", "eng", .notAssessed, "smirnova")]
        s.signIns = [SignIn(login: "ivanova", at: time("2024-09-02T08:00")), SignIn(login: "ivanova", at: time("2024-09-02T12:00")),
                     SignIn(login: "petrov", at: time("2024-09-02T09:00")), SignIn(login: "deputy", at: time("2024-09-03T08:00")),
                     SignIn(login: "ivanova", at: time("2024-09-03T08:00"))]
        return s
    }

    private static func lessons() -> [Lesson] {
        let lesson = { (code: String, cls: String, group: String?, subject: String, teacher: String, day: String, number: Int) in
            Lesson(code: code, classCode: cls, groupCode: group, subjectCode: subject, teacherLogin: teacher, date: date(day),
                   lessonNumber: number)
        }
        var l1 = lesson("L1", "5a", nil, "math", "ivanova", "2024-09-02", 1)
        l1.topic = "Числа"
        l1.homework = "№1"
        var g1 = lesson("G1", "5a", "en1", "eng", "smirnova", "2024-09-03", 2)
        g1.topic = "Алфавит"
        var l2 = lesson("L2", "5a", nil, "math", "ivanova", "2024-09-04", 1)
        l2.topic = "Сложение"
        let l3 = lesson("L3", "5a", nil, "math", "ivanova", "2024-09-06", 1)
        var l4 = lesson("L4", "5a", nil, "math", "petrov", "2024-09-09", 1)
        l4.topic = "Вычитание"
        l4.substituteFor = "ivanova"
        var b1 = lesson("B1", "5b", nil, "math", "ivanova", "2024-09-09", 2)
        b1.topic = "Числа"
        var g2 = lesson("G2", "5a", "en1", "eng", "smirnova", "2024-09-10", 2)
        g2.topic = "Цвета"
        g2.homework = "Слова"
        g2.heldAt = time("2024-09-10T09:30")
        var l5 = lesson("L5", "5a", nil, "math", "ivanova", "2024-09-11", 1)
        l5.cancelled = true
        l5.cancelReason = "болезнь учителя"
        var b2 = lesson("B2", "5b", nil, "math", "ivanova", "2024-09-12", 2)
        b2.topic = "Сложение"
        var l6 = lesson("L6", "5a", nil, "math", "ivanova", "2024-09-13", 1)
        l6.topic = "Умножение"
        return [l1, g1, l2, l3, l4, b1, g2, l5, b2, l6]
    }

    private static func marks() -> [Mark] {
        let entries: [(String, String, Int, String, String)] = [
            ("L1", "a1", 5, "2024-09-02T10:00", "ivanova"), ("L1", "a2", 4, "2024-09-02T10:00", "ivanova"),
            ("L1", "a3", 2, "2024-09-02T10:00", "ivanova"),
            ("G1", "a1", 5, "2024-09-03T10:00", "smirnova"), ("G1", "a2", 4, "2024-09-03T10:00", "smirnova"),
            ("L2", "a1", 4, "2024-09-04T10:00", "ivanova"), ("L2", "a4", 3, "2024-09-04T10:00", "ivanova"),
            ("L3", "a1", 5, "2024-09-06T10:00", "ivanova"), ("L3", "a2", 2, "2024-09-06T10:00", "ivanova"),
            ("L4", "a1", 3, "2024-09-09T10:00", "petrov"),
            ("B1", "a3", 4, "2024-09-09T11:00", "ivanova"), ("B1", "b1", 5, "2024-09-09T11:00", "ivanova"),
            ("B2", "a3", 5, "2024-09-12T15:00", "ivanova"),
            ("L6", "a2", 5, "2024-09-13T10:00", "ivanova"),
        ]
        return entries.map { lesson, student, value, at, login in
            Mark(lessonCode: lesson, studentCode: student, value: try! MarkValue(value), workTypeCode: "lesson",
                 enteredAt: time(at), enteredBy: login)
        }
    }

    public static func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(snapshot(), options: LoadOptions(source: "test"))
        return db
    }
}
