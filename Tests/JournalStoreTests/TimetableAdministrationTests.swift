import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// «Расписание» and «Замены на день» at the store: a change from a date ends
/// the old row and leaves the lessons held before it as they were; conflicts
/// are named; a wrong name, group, number or date changes nothing; the day's
/// absent teachers, substitutes, moves and extra lessons.
@Suite struct TimetableAdministrationTests {
    let db: AppDatabase
    let today = JournalSchool.wednesday
    let deputy: Requester

    init() throws {
        db = try GroupSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday, "09:00"))
        deputy = .user(try #require(try db.actingUser(login: "deputy")))
    }

    func count(_ table: String) throws -> Int {
        try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    func teacher(of day: SchoolDate, number: Int) throws -> String? {
        try db.writer.read {
            try String.fetchOne($0, sql: """
                SELECT a.login FROM lesson l JOIN account a ON a.id = l.teacher_id
                WHERE l.day = ? AND l.lesson_number = ? AND l.class_id = 1 AND l.group_id IS NULL AND l.cancelled = 0
                """, arguments: [day, number])
        }
    }

    func russianFrom(_ date: SchoolDate, teacher: String = "ivanova") -> TimetableCellEdit {
        TimetableCellEdit(classCode: "5a", groupCode: nil, weekday: date.weekday, number: 2, subjectCode: "rus",
                          teacherLogin: teacher, room: "14", from: date)
    }

    @Test func aChangeFromADateKeepsEarlierLessonsAndLaterOnesFollow() throws {
        let thursday = today.adding(days: 1), nextThursday = today.adding(days: 8)
        try db.materializeLessons(through: thursday)
        #expect(try teacher(of: thursday, number: 2) == "petrov")
        let outcome = try db.setTimetableCell(russianFrom(thursday), acceptingConflicts: false, by: deputy)
        #expect(outcome.closedRows == 1 && outcome.openedRow && outcome.lessonsChanged == 1)
        #expect(try teacher(of: thursday, number: 2) == "ivanova")
        #expect(try teacher(of: thursday.adding(days: -7), number: 2) == "petrov")
        try db.materializeLessons(through: nextThursday)
        #expect(try teacher(of: nextThursday, number: 2) == "ivanova")
        // the week before the change shows the old row, the week of it the new one
        let before = try db.timetableWeek(.schoolClass(code: "5a"), on: today.adding(days: -7), by: deputy)
        #expect(before.cells(weekday: 4, number: 2).map(\.teacherLogin) == ["petrov"])
        let after = try db.timetableWeek(.schoolClass(code: "5a"), on: thursday, by: deputy)
        #expect(after.cells(weekday: 4, number: 2).map(\.teacherLogin) == ["ivanova"])
        #expect(after.cells(weekday: 3, number: 2).map(\.teacherLogin) == ["petrov"])
        let ended = try db.writer.read {
            try SchoolDate.fetchOne($0, sql: """
                SELECT t.valid_to FROM timetable t JOIN account a ON a.id = t.teacher_id
                WHERE a.login = 'petrov' AND t.weekday = 4 AND t.lesson_number = 2 AND t.class_id = 1
                """)
        }
        #expect(ended == today)
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE table_name = 'timetable'") } == 2)
    }

    @Test func aLessonWithEntriesKeepsItsTeacher() throws {
        let thursday = today.adding(days: 1)
        try db.materializeLessons(through: thursday)
        let lesson = try #require(try db.writer.read {
            try LessonID.fetchOne($0, sql: "SELECT id FROM lesson WHERE day = ? AND lesson_number = 2 AND class_id = 1", arguments: [thursday])
        })
        try db.setTopic(lesson: lesson, "Причастие", by: try #require(try db.actingUser(login: "petrov")))
        let outcome = try db.setTimetableCell(russianFrom(thursday), acceptingConflicts: false, by: deputy)
        #expect(outcome.lessonsKept == 1 && outcome.lessonsChanged == 0)
        #expect(try teacher(of: thursday, number: 2) == "petrov")
    }

    @Test func conflictsAreNamedAndNeedConsent() throws {
        let edit = TimetableCellEdit(classCode: "5a", groupCode: "eng1", weekday: 3, number: 4, subjectCode: "eng",
                                     teacherLogin: "petrov", room: "24", from: today)
        let conflicts = try db.timetableConflicts(edit, by: deputy)
        #expect(Set(conflicts.map(\.kind)) == [.teacherBusy, .roomBusy])
        #expect(conflicts.first { $0.kind == .teacherBusy }?.text.ru == "Петров П. И. уже ведёт в это время (ср, 4-й урок): 5А · Английский язык · гр. 2")
        let whole = TimetableCellEdit(classCode: "5a", groupCode: nil, weekday: 3, number: 4, subjectCode: "math",
                                      teacherLogin: "deputy", room: nil, from: today)
        #expect(throws: JournalError.self) { try db.timetableConflicts(whole, by: deputy) }   // not a teacher
        let wholeByIvanova = TimetableCellEdit(classCode: "5a", groupCode: nil, weekday: 3, number: 4, subjectCode: "math",
                                               teacherLogin: "ivanova", room: nil, from: today)
        #expect(try db.timetableConflicts(wholeByIvanova, by: deputy).map(\.kind).contains(.groupAndClass))
        let rows = try count("timetable")
        #expect(throws: JournalError.self) { try db.setTimetableCell(edit, acceptingConflicts: false, by: deputy) }
        #expect(try count("timetable") == rows)
        try db.setTimetableCell(edit, acceptingConflicts: true, by: deputy)
        #expect(try count("timetable") == rows + 1)
    }

    @Test(arguments: [
        ("nobody", nil, 2, 0, "не найдено: учётная запись «nobody»"),
        ("ivanova", "robot", 2, 0, "группа «robot» не из класса 5А"),
        ("ivanova", nil, 9, 0, "у 9-го урока нет звонка"),
        ("ivanova", nil, 2, 3000, "вне учебного года"),
    ] as [(String, String?, Int, Int, String)])
    func badInputIsNamedAndNothingIsSaved(_ teacher: String, _ group: String?, _ number: Int, _ daysAhead: Int, _ words: String) throws {
        let audit = try count("audit"), rows = try count("timetable")
        let edit = TimetableCellEdit(classCode: "5a", groupCode: group, weekday: 4, number: number, subjectCode: "rus",
                                     teacherLogin: teacher, room: nil, from: today.adding(days: 1 + daysAhead))
        let error = #expect(throws: JournalError.self) { try db.setTimetableCell(edit, acceptingConflicts: true, by: deputy) }
        let text = try #require(error).text(in: .ru)
        #expect(text.contains(words), "\(text)")
        #expect(try count("audit") == audit && count("timetable") == rows)
    }

    @Test func theDayShowsAbsentTeachersAndTheirCover() throws {
        try db.setTeacherAbsent("ivanova", on: today, true, by: deputy)
        var day = try db.daySubstitutions(on: today, by: deputy)
        #expect(day.absentTeachers.map(\.login) == ["ivanova"])
        let math = try #require(day.lessons.first { $0.number == 1 && $0.classCode == "5a" })
        #expect(math.needsCover)
        let free = try db.freeTeachers(for: math.lessonID, by: deputy)
        #expect(free.map(\.login) == ["petrov"])
        try db.substitute(lesson: math.lessonID, teacher: "petrov", reason: "болезнь", by: deputy)
        day = try db.daySubstitutions(on: today, by: deputy)
        let covered = try #require(day.lessons.first { $0.lessonID == math.lessonID })
        #expect(!covered.needsCover && covered.substituteForName == "Иванова Анна Петровна" && covered.teacherLogin == "petrov")
        let petrov = try #require(try db.actingUser(login: "petrov"))
        #expect(try db.lessons(of: petrov, on: today).first { $0.id == math.lessonID }?.isSubstitution == true)
    }

    @Test func aLessonMovesAndAnExtraOneIsAdded() throws {
        let day = try db.daySubstitutions(on: today, by: deputy)
        let math = try #require(day.lessons.first { $0.number == 1 && $0.classCode == "5a" })
        #expect(throws: JournalError.self) { try db.moveLesson(math.lessonID, toNumber: 5, by: deputy) }   // chess and robot then
        let moved = try db.moveLesson(math.lessonID, toNumber: 6, by: deputy)
        let after = try db.daySubstitutions(on: today, by: deputy)
        #expect(after.lessons.first { $0.lessonID == math.lessonID }?.cancelReason == "перенесён на 6-й урок")
        #expect(after.lessons.first { $0.lessonID == moved }?.isExtra == true)
        let extra = try db.addExtraLesson(classCode: "6a", groupCode: nil, subjectCode: "math", teacher: "petrov", on: today,
                                          number: 2, by: deputy)
        #expect(try db.daySubstitutions(on: today, by: deputy).lessons.first { $0.lessonID == extra }?.title == "6А · Математика")
        #expect(throws: JournalError.self) {
            try db.addExtraLesson(classCode: "6a", groupCode: nil, subjectCode: "math", teacher: "ivanova", on: today, number: 2, by: deputy)
        }
    }

    @Test func theBellsChangeAndAUsedNumberStays() throws {
        try db.setBell(number: 7, start: TimeOfDay(text: "14:10")!, end: TimeOfDay(text: "14:55")!, shortened: false, by: deputy)
        try db.setBell(number: 1, start: TimeOfDay(text: "08:30")!, end: TimeOfDay(text: "09:00")!, shortened: true, by: deputy)
        #expect(try db.bells(shortened: false, by: deputy).last?.lessonNumber == 7)
        #expect(try db.bells(shortened: true, by: deputy).first { $0.lessonNumber == 1 }?.end.text == "09:00")
        #expect(throws: JournalError.self) { try db.removeBell(number: 1, shortened: false, by: deputy) }
        try db.removeBell(number: 7, shortened: false, by: deputy)
        #expect(throws: JournalError.self) {
            try db.setBell(number: 8, start: TimeOfDay(text: "15:00")!, end: TimeOfDay(text: "14:00")!, shortened: false, by: deputy)
        }
    }
}
