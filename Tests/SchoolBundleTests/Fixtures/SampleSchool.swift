import Foundation
import JournalCore

/// A hand-built school whose data exercises everything a bundle must carry
/// through: texts with commas, quotes and line breaks (LF and CRLF), Cyrillic
/// identifiers, lesson ids that sort differently as text and as numbers, two
/// marks of one student in one lesson, non-numeric final marks, a custom work
/// type list in the school's own order; and what format 2 added: a transfer
/// with orders, subject groups, an elective, clubs graded pass/fail and not at
/// all, the calendar, shortened bells, the curriculum, a substitution, a
/// cancelled lesson with its reason and a locked period.
enum SampleSchool {
    static let timeZone = TimeZone(identifier: "Europe/Moscow")!

    static func date(_ text: String) -> SchoolDate { SchoolDate(iso: text)! }
    static func time(_ text: String) -> SchoolTime { SchoolTime.parse(text, timeZone: timeZone)! }
    static func clock(_ text: String) -> TimeOfDay { TimeOfDay(text: text)! }

    static func snapshot() -> SchoolSnapshot {
        var s = SchoolSnapshot(school: School(name: "МБОУ \"Лицей № 2\", г. Тула", timeZoneID: "Europe/Moscow",
                                              academicYear: "2024/2025"))
        s.periods = [
            Period(code: "q2", name: "2 четверть", kind: .quarter, start: date("2024-11-05"), end: date("2024-12-28")),
            Period(code: "q1", name: "1 четверть", kind: .quarter, start: date("2024-09-02"), end: date("2024-10-25"), locked: true),
            Period(code: "h1", name: "1 полугодие", kind: .half, start: date("2024-09-02"), end: date("2024-12-28")),
        ]
        s.bells = [Bell(lessonNumber: 1, start: clock("08:30"), end: clock("09:15")),
                   Bell(lessonNumber: 0, start: clock("07:45"), end: clock("08:20")),
                   Bell(lessonNumber: 2, start: clock("09:25"), end: clock("10:10"))]
        s.shortBells = [Bell(lessonNumber: 2, start: clock("09:10"), end: clock("09:40")),
                        Bell(lessonNumber: 1, start: clock("08:30"), end: clock("09:00"))]
        s.subjects = [Subject(code: "rus", name: "Русский язык"), Subject(code: "math", name: "Математика, алгебра"),
                      Subject(code: "eng", name: "Английский язык")]
        s.workTypes = [
            WorkType(code: "test", name: "Контрольная работа", weight: try! Weight(hundredths: 200), inClass: false),
            WorkType(code: "lesson", name: "Работа на уроке", weight: .one, inClass: true),
            WorkType(code: "quiz", name: "Тест \"быстрый\"", weight: try! Weight(hundredths: 125), inClass: true),
        ]
        s.accounts = accounts()
        s.classes = [SchoolClass(code: "10А", name: "10А", grade: 10, homeroomLogin: nil),
                     SchoolClass(code: "5А", name: "5А", grade: 5, homeroomLogin: "petrov")]
        enrolStudents(&s)
        addGroups(&s)
        s.calendar = [
            CalendarDay(date: date("2024-11-04"), kind: .holiday, note: "День народного единства"),
            CalendarDay(date: date("2024-11-02"), kind: .workday, weekday: 1, note: "Рабочая суббота, \"перенос\""),
            CalendarDay(date: date("2024-10-10"), kind: .closed, classCode: "5А", note: "Карантин"),
            CalendarDay(date: date("2024-10-10"), kind: .short),
        ]
        s.curriculum = [
            CurriculumRow(classCode: "5А", groupCode: "5А-en1", subjectCode: "eng", hours: WeeklyHours(hundredths: 300)),
            CurriculumRow(classCode: "5А", groupCode: nil, subjectCode: "math", hours: WeeklyHours(hundredths: 500)),
            CurriculumRow(classCode: nil, groupCode: "эл", subjectCode: "math", hours: WeeklyHours(hundredths: 50)),
        ]
        s.guardians = [Guardian(parentLogin: "mama", studentCode: "s10"), Guardian(parentLogin: "mama", studentCode: "s2"),
                       Guardian(parentLogin: "papa", studentCode: "s2")]
        s.timetable = timetable()
        s.plans = [PlanItem(classCode: "5А", subjectCode: "math", seq: 2, topic: "Дроби", hours: 3),
                   PlanItem(classCode: "5А", subjectCode: "math", seq: 1, topic: "Числа, \"натуральные\"", hours: 2),
                   PlanItem(classCode: "5А", groupCode: "5А-en1", subjectCode: "eng", seq: 1, topic: "Знакомство", hours: 1)]
        s.lessons = lessons()
        s.marks = marks()
        s.attendance = [
            Attendance(lessonCode: "2", studentCode: "s2", code: .late, enteredAt: time("2024-09-03T08:31:05"), enteredBy: "ivanova"),
            Attendance(lessonCode: "1", studentCode: "s10", code: .ill, enteredAt: time("2024-09-02T08:35"), enteredBy: nil),
            Attendance(lessonCode: "22", studentCode: "s3", code: .excused, enteredAt: time("2024-09-05T10:00"), enteredBy: "ivanova"),
        ]
        s.finalMarks = [
            FinalMark(studentCode: "s2", subjectCode: "math", periodCode: "q1", value: .notAssessed,
                      enteredAt: time("2024-10-25T15:00"), enteredBy: "ivanova"),
            FinalMark(studentCode: "s2", subjectCode: "rus", periodCode: "q1", value: .mark(4),
                      enteredAt: time("2024-10-25T15:01"), enteredBy: "petrov"),
            FinalMark(studentCode: "s10", subjectCode: "math", periodCode: "h1", value: .passed,
                      enteredAt: time("2024-12-27T12:00"), enteredBy: nil),
        ]
        s.signIns = [SignIn(login: "ivanova", at: time("2024-09-02T08:20")), SignIn(login: "admin", at: time("2024-09-01T10:00")),
                     SignIn(login: "ivanova", at: time("2024-09-01T07:59:59"))]
        return s
    }

    private static func accounts() -> [Account] {
        let created = time("2024-08-20T09:00")
        return [
            Account(login: "petrov", fullName: "Петров Пётр Ильич", roles: [.teacher, .deputy], createdAt: created),
            Account(login: "ivanova", fullName: "Иванова Анна", roles: [.teacher], createdAt: created,
                    activatedAt: time("2024-08-21T10:00:30")),
            Account(login: "admin", fullName: "Админов, Админ", roles: [.admin], createdAt: created, activatedAt: created),
            Account(login: "mama", fullName: "Сидорова Мария", roles: [.parent], createdAt: created),
            Account(login: "papa", fullName: "Сидоров Олег", roles: [.parent], createdAt: created, disabled: true),
            Account(login: "s2.login", fullName: "Борисова Ольга", roles: [.student], createdAt: created),
            Account(login: "orlova", fullName: "Орлова Ирина", roles: [.teacher], createdAt: created),
        ]
    }

    private static func enrolStudents(_ s: inout SchoolSnapshot) {
        s.enrol(Student(code: "s10", fullName: "Сидоров Максим", login: nil), in: "5А",
                from: date("2024-09-01"), to: date("2024-12-31"))
        s.enrol(Student(code: "s2", fullName: "Борисова Ольга", login: "s2.login"), in: "5А", from: date("2024-09-01"))
        s.enrol(Student(code: "s3", fullName: "Ершов Олег", login: nil), in: "10А", from: date("2024-09-01"))
        s.enrollments.append(Enrollment(studentCode: "s10", classCode: "10А", from: date("2025-01-09"),
                                        order: "№ 3 от 09.01.2025, \"перевод\""))
        s.enrollments[0].order = "№ 101 от 30.08.2024"
    }

    private static func addGroups(_ s: inout SchoolSnapshot) {
        s.groups = [
            TeachingGroup(code: "5А-en2", name: "гр. 2", kind: .part, classCode: "5А", subjectCode: "eng"),
            TeachingGroup(code: "5А-en1", name: "гр. 1", kind: .part, classCode: "5А", subjectCode: "eng"),
            TeachingGroup(code: "эл", name: "Решение задач, 5–10", kind: .mixed, classCode: nil, subjectCode: "math"),
            TeachingGroup(code: "robo", name: "Робототехника", kind: .extra, classCode: "10А", subjectCode: nil, grading: .passFail),
            TeachingGroup(code: "chess", name: "Шахматы", kind: .extra, classCode: nil, subjectCode: nil, grading: .none),
        ]
        s.groupMembers = [
            GroupMembership(groupCode: "5А-en1", studentCode: "s2", from: date("2024-09-01")),
            GroupMembership(groupCode: "5А-en1", studentCode: "s10", from: date("2024-09-01"), to: date("2024-12-31")),
            GroupMembership(groupCode: "эл", studentCode: "s3", from: date("2024-09-01")),
            GroupMembership(groupCode: "эл", studentCode: "s2", from: date("2024-09-16")),
            GroupMembership(groupCode: "эл", studentCode: "s2", from: date("2024-09-01"), to: date("2024-09-10")),
            GroupMembership(groupCode: "chess", studentCode: "s3", from: date("2024-09-01")),
        ]
    }

    private static func timetable() -> [TimetableEntry] {
        [TimetableEntry(classCode: "5А", weekday: 2, lessonNumber: 1, subjectCode: "rus", teacherLogin: "petrov",
                        room: "Каб. 3, 2 этаж", validFrom: date("2024-09-02"), validTo: nil),
         TimetableEntry(classCode: "5А", weekday: 1, lessonNumber: 1, subjectCode: "math", teacherLogin: "ivanova",
                        room: "12", validFrom: date("2024-09-02"), validTo: date("2024-12-28")),
         TimetableEntry(classCode: "5А", weekday: 1, lessonNumber: 1, subjectCode: "math", teacherLogin: "petrov",
                        room: nil, validFrom: date("2024-09-02"), validTo: date("2024-12-28")),
         TimetableEntry(classCode: "5А", groupCode: "5А-en1", weekday: 1, lessonNumber: 2, subjectCode: "eng",
                        teacherLogin: "orlova", room: "21", validFrom: date("2024-09-02"), validTo: nil),
         TimetableEntry(classCode: nil, groupCode: "эл", weekday: 3, lessonNumber: 2, subjectCode: "math",
                        teacherLogin: "ivanova", room: nil, validFrom: date("2024-09-02"), validTo: nil)]
    }

    private static func lessons() -> [Lesson] {
        [Lesson(code: "10", classCode: "5А", subjectCode: "math", teacherLogin: "petrov", date: date("2024-09-09"),
                lessonNumber: 0, cancelled: true),
         Lesson(code: "L-rus", classCode: "5А", subjectCode: "rus", teacherLogin: "petrov", date: date("2024-09-04"),
                lessonNumber: 2, topic: "Диктант\r\nс разбором", comment: "Класс «шумный», \"очень\"",
                commentAt: time("2024-09-04T11:00")),
         Lesson(code: "1", classCode: "5А", subjectCode: "math", teacherLogin: "ivanova", date: date("2024-09-02"),
                lessonNumber: 1, topic: "Числа,\nнатуральные", homework: "№ 1, 2, 3 \"со звёздочкой\"",
                heldAt: time("2024-09-02T09:15:42"), homeworkDue: HomeworkDue(date: date("2024-09-09"), lessonNumber: 1)),
         Lesson(code: "017", classCode: "10А", subjectCode: "rus", teacherLogin: "petrov", date: date("2024-09-03"),
                lessonNumber: 1),
         Lesson(code: "2", classCode: "5А", subjectCode: "rus", teacherLogin: "petrov", date: date("2024-09-03"),
                lessonNumber: 1, topic: "Орфограммы"),
         Lesson(code: "20", classCode: "5А", groupCode: "5А-en1", subjectCode: "eng", teacherLogin: "petrov",
                substituteFor: "orlova", date: date("2024-09-02"), lessonNumber: 2, topic: "Знакомство"),
         Lesson(code: "21", classCode: nil, groupCode: "эл", subjectCode: "math", teacherLogin: "ivanova",
                date: date("2024-09-04"), lessonNumber: 2, cancelled: true, cancelReason: "Олимпиада, \"выезд\""),
         Lesson(code: "22", classCode: nil, groupCode: "chess", subjectCode: "math", teacherLogin: "ivanova",
                date: date("2024-09-05"), lessonNumber: 2, topic: "Дебют")]
    }

    private static func marks() -> [Mark] {
        [Mark(lessonCode: "1", studentCode: "s2", value: try! MarkValue(5), workTypeCode: "test",
              enteredAt: time("2024-09-02T09:00"), enteredBy: "ivanova", comment: "молодец, \"отлично\""),
         Mark(lessonCode: "1", studentCode: "s2", value: try! MarkValue(4), workTypeCode: "lesson",
              enteredAt: time("2024-09-02T09:00"), enteredBy: "ivanova"),
         Mark(lessonCode: "L-rus", studentCode: "s10", value: try! MarkValue(2), workTypeCode: "quiz",
              enteredAt: time("2024-09-05T18:30:01"), enteredBy: nil),
         Mark(lessonCode: "1", studentCode: "s10", value: try! MarkValue(3), workTypeCode: "lesson",
              enteredAt: time("2024-09-02T09:01"), enteredBy: "ivanova"),
         Mark(lessonCode: "017", studentCode: "s3", value: try! MarkValue(5), workTypeCode: "lesson",
              enteredAt: time("2024-09-03T09:00"), enteredBy: "petrov"),
         Mark(lessonCode: "20", studentCode: "s10", value: try! MarkValue(4), workTypeCode: "lesson",
              enteredAt: time("2024-09-02T10:00"), enteredBy: "petrov")]
    }
}

/// Compares two snapshots table by table, ignoring row order where the order is
/// not data (every table but work types).
func sameContent(_ a: SchoolSnapshot, _ b: SchoolSnapshot) -> Bool {
    func same<T: Hashable>(_ x: [T], _ y: [T]) -> Bool {
        Dictionary(x.map { ($0, 1) }, uniquingKeysWith: +) == Dictionary(y.map { ($0, 1) }, uniquingKeysWith: +)
    }
    return a.school == b.school && same(a.periods, b.periods) && same(a.bells, b.bells) && same(a.subjects, b.subjects)
        && a.workTypes == b.workTypes && same(a.accounts, b.accounts) && same(a.classes, b.classes)
        && same(a.students, b.students) && same(a.guardians, b.guardians) && same(a.timetable, b.timetable)
        && same(a.shortBells, b.shortBells) && same(a.calendar, b.calendar) && same(a.enrollments, b.enrollments)
        && same(a.groups, b.groups) && same(a.groupMembers, b.groupMembers) && same(a.curriculum, b.curriculum)
        && same(a.plans, b.plans) && same(a.lessons.map(withoutDue), b.lessons.map(withoutDue)) && same(a.marks, b.marks)
        && same(a.attendance, b.attendance) && same(a.finalMarks, b.finalMarks) && same(a.signIns, b.signIns)
        && Set(dues(b)).isSubset(of: Set(dues(a)))
        && same(a.contacts, b.contacts) && same(a.classEvents, b.classEvents) && same(a.parentNotices, b.parentNotices)
        && same(a.messageThreads, b.messageThreads) && same(a.messages, b.messages) && same(a.messageReads, b.messageReads)
        && same(a.announcements, b.announcements) && same(a.announcementReads, b.announcementReads)
}

/// Homework a bundle gives no due lesson gets the default one on import (`a`
/// may be an export after an import): it may say more due lessons than the
/// bundle did, never other ones.
private func withoutDue(_ lesson: Lesson) -> Lesson {
    var lesson = lesson
    lesson.homeworkDue = nil
    return lesson
}

private struct LessonDue: Hashable {
    let lesson: String
    let due: HomeworkDue
}

private func dues(_ snapshot: SchoolSnapshot) -> [LessonDue] {
    snapshot.lessons.compactMap { lesson in lesson.homeworkDue.map { LessonDue(lesson: lesson.code, due: $0) } }
}
