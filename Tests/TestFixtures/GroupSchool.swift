import Foundation
import JournalCore
import JournalStore

/// JournalSchool with the school's structure: 5А's English taught in two
/// `part` groups in the same slot (lesson 4) by two teachers, a club graded
/// without marks, a club graded pass/fail, an elective of two classes, a
/// curriculum, and a secretary.
///
/// - «гр. 1» (`eng1`, Иванова): Андреев, Борисова, Васильев, Григорьева.
/// - «гр. 2» (`eng2`, Петров): Дмитриев, Егорова, Шилов (until he left, three
///   days ago), Яковлева (since she came, two days ago).
/// - «5–6 классы» (`robot`, extra, no class, graded `none`, Иванова, lesson 5):
///   Андреев and 6А's Жуков.
/// - «Шахматный клуб» (`chess`, extra of 5А, `pass_fail`, Петров, lesson 5): Борисова.
/// - «Электив 5–6» (`fin`, mixed, Петров, lesson 6): Васильев and Жуков.
///
/// Today each group has its lesson; a week ago гр. 1 had one, with a 5 for
/// Андреев. Today's lessons of гр. 1 and гр. 2 have homework of their own.
public enum GroupSchool {
    public static let groupMembers: [String: [String]] = [
        "eng1": ["Андреев Илья Сергеевич", "Борисова Ольга Петровна", "Васильев Пётр Андреевич", "Григорьева Анна Ивановна"],
        "eng2": ["Дмитриев Олег Олегович", "Егорова Вера Павловна", "Шилов Максим Юрьевич", "Яковлева Мария Денисовна"],
    ]

    public static func snapshot(today: SchoolDate) -> SchoolSnapshot {
        var s = JournalSchool.snapshot(today: today)
        let start = today.adding(days: -60)
        let created = SchoolTime(date: start.adding(days: -10), time: TimeOfDay(text: "09:00")!)
        s.accounts.append(Account(login: "secretary", fullName: "Секретарёва Светлана Ивановна", roles: [.secretary],
                                  createdAt: created, activatedAt: created))
        s.bells += [("11:25", "12:10"), ("12:20", "13:05"), ("13:15", "14:00")].enumerated().map { index, times in
            Bell(lessonNumber: index + 4, start: TimeOfDay(text: times.0)!, end: TimeOfDay(text: times.1)!)
        }
        s.subjects += [Subject(code: "eng", name: "Английский язык"), Subject(code: "robot", name: "Робототехника"),
                       Subject(code: "chess", name: "Шахматы"), Subject(code: "fin", name: "Финансовая грамотность")]
        s.classes.append(SchoolClass(code: "6a", name: "6А", grade: 6, homeroomLogin: nil))
        s.enrol(Student(code: "s9", fullName: "Жуков Игорь Олегович", login: nil), in: "6a", from: start)
        s.groups = [
            TeachingGroup(code: "eng1", name: "гр. 1", kind: .part, classCode: "5a", subjectCode: "eng"),
            TeachingGroup(code: "eng2", name: "гр. 2", kind: .part, classCode: "5a", subjectCode: "eng"),
            TeachingGroup(code: "robot", name: "5–6 классы", kind: .extra, classCode: nil, subjectCode: "robot", grading: .none),
            TeachingGroup(code: "chess", name: "Шахматный клуб", kind: .extra, classCode: "5a", subjectCode: "chess",
                          grading: .passFail),
            TeachingGroup(code: "fin", name: "Электив 5–6", kind: .mixed, classCode: nil, subjectCode: "fin"),
        ]
        s.groupMembers = members(today: today, start: start)
        let slots: [(group: String, classCode: String?, number: Int, subject: String, teacher: String)] = [
            ("eng1", "5a", 4, "eng", "ivanova"), ("eng2", "5a", 4, "eng", "petrov"), ("robot", nil, 5, "robot", "ivanova"),
            ("chess", "5a", 5, "chess", "petrov"), ("fin", nil, 6, "fin", "petrov"),
        ]
        s.timetable += (1...6).flatMap { weekday in
            slots.map { slot in
                TimetableEntry(classCode: slot.classCode, groupCode: slot.group, weekday: weekday, lessonNumber: slot.number,
                               subjectCode: slot.subject, teacherLogin: slot.teacher, room: "2\(slot.number)",
                               validFrom: start, validTo: nil)
            }
        }
        s.lessons += slots.map { slot in
            Lesson(code: "today-\(slot.group)", classCode: slot.classCode, groupCode: slot.group, subjectCode: slot.subject,
                   teacherLogin: slot.teacher, date: today, lessonNumber: slot.number,
                   homework: slot.group.hasPrefix("eng") ? "Упражнение для \(slot.group)" : nil)
        } + [Lesson(code: "week-ago-eng1", classCode: "5a", groupCode: "eng1", subjectCode: "eng", teacherLogin: "ivanova",
                    date: today.adding(days: -7), lessonNumber: 4, topic: "Present Simple")]
        s.marks.append(Mark(lessonCode: "week-ago-eng1", studentCode: "s1", value: try! MarkValue(5), workTypeCode: "lesson",
                            enteredAt: SchoolTime(date: today.adding(days: -7), time: TimeOfDay(text: "11:50")!),
                            enteredBy: "ivanova"))
        s.curriculum = [
            CurriculumRow(classCode: "5a", groupCode: nil, subjectCode: "math", hours: WeeklyHours(hundredths: 500)),
            CurriculumRow(classCode: "5a", groupCode: "eng1", subjectCode: "eng", hours: WeeklyHours(hundredths: 300)),
            CurriculumRow(classCode: "5a", groupCode: "eng2", subjectCode: "eng", hours: WeeklyHours(hundredths: 300)),
            CurriculumRow(classCode: nil, groupCode: "fin", subjectCode: "fin", hours: WeeklyHours(hundredths: 50)),
        ]
        return s
    }

    private static func members(today: SchoolDate, start: SchoolDate) -> [GroupMembership] {
        let eng = (1...8).map { index -> GroupMembership in
            let code = "s\(index)"
            let group = index <= 4 ? "eng1" : "eng2"
            if index == 7 { return GroupMembership(groupCode: group, studentCode: code, from: start, to: today.adding(days: -3)) }
            return GroupMembership(groupCode: group, studentCode: code, from: index == 8 ? today.adding(days: -2) : start)
        }
        return eng + [
            GroupMembership(groupCode: "robot", studentCode: "s1", from: start),
            GroupMembership(groupCode: "robot", studentCode: "s9", from: start),
            GroupMembership(groupCode: "chess", studentCode: "s2", from: start),
            GroupMembership(groupCode: "fin", studentCode: "s3", from: start),
            GroupMembership(groupCode: "fin", studentCode: "s9", from: start),
        ]
    }

    public static func database(today: SchoolDate = JournalSchool.wednesday, clock: any SchoolClock,
                                lockPreviousQuarter: Bool = false) throws -> AppDatabase {
        let db = try AppDatabase.inMemory(clock: clock)
        var school = snapshot(today: today)
        if lockPreviousQuarter { school.periods[0].locked = true }
        try db.load(school, options: LoadOptions(source: "test"))
        return db
    }

    /// The row id of one of this school's lessons: loaded in order into an
    /// empty table (none has a numeric code), they are 1, 2, 3...
    public static func lessonID(_ code: String, today: SchoolDate = JournalSchool.wednesday) -> LessonID {
        let index = snapshot(today: today).lessons.firstIndex { $0.code == code }
        precondition(index != nil, "no lesson \(code) in GroupSchool")
        return LessonID(Int64(index! + 1))
    }
}
