import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// TinySchool with the school's structure: two halves of 5А taught English at
/// the same time on Tuesday, an elective across classes on Wednesday, class
/// 5Б on Monday, shortened bells, a deputy.
enum CalendarSchool {
    static let monday = TinySchool.monday

    static func snapshot(_ calendar: [CalendarDay] = []) -> SchoolSnapshot {
        var s = TinySchool.snapshot()
        s.bells.append(Bell(lessonNumber: 3, start: TimeOfDay(text: "10:20")!, end: TimeOfDay(text: "11:05")!))
        s.shortBells = [Bell(lessonNumber: 1, start: TimeOfDay(text: "08:30")!, end: TimeOfDay(text: "09:00")!),
                        Bell(lessonNumber: 2, start: TimeOfDay(text: "09:10")!, end: TimeOfDay(text: "09:40")!)]
        s.subjects.append(Subject(code: "eng", name: "Английский язык"))
        s.accounts.append(Account(login: "zavuch", fullName: "Завучева Зоя", roles: [.deputy], createdAt: TinySchool.time("2024-08-20T09:00")))
        s.classes.append(SchoolClass(code: "5b", name: "5Б", grade: 5, homeroomLogin: nil))
        s.enrol(Student(code: "b1", fullName: "Белов Борис", login: nil), in: "5b", from: monday)
        s.groups = [TeachingGroup(code: "g1", name: "гр. 1", kind: .part, classCode: "5a", subjectCode: "eng"),
                    TeachingGroup(code: "g2", name: "гр. 2", kind: .part, classCode: "5a", subjectCode: "eng"),
                    TeachingGroup(code: "el", name: "Элективный курс", kind: .mixed, classCode: nil, subjectCode: "math")]
        s.groupMembers = [GroupMembership(groupCode: "g1", studentCode: "s1", from: monday),
                          GroupMembership(groupCode: "g2", studentCode: "s2", from: monday),
                          GroupMembership(groupCode: "el", studentCode: "s1", from: monday),
                          GroupMembership(groupCode: "el", studentCode: "b1", from: monday)]
        s.timetable += [
            TimetableEntry(classCode: "5a", groupCode: "g1", weekday: 2, lessonNumber: 1, subjectCode: "eng", teacherLogin: "ivanova",
                           room: nil, validFrom: monday, validTo: nil),
            TimetableEntry(classCode: "5a", groupCode: "g2", weekday: 2, lessonNumber: 1, subjectCode: "eng", teacherLogin: "petrov",
                           room: nil, validFrom: monday, validTo: nil),
            TimetableEntry(classCode: nil, groupCode: "el", weekday: 3, lessonNumber: 2, subjectCode: "math", teacherLogin: "petrov",
                           room: nil, validFrom: monday, validTo: nil),
            TimetableEntry(classCode: "5b", weekday: 1, lessonNumber: 1, subjectCode: "rus", teacherLogin: "petrov",
                           room: nil, validFrom: monday, validTo: nil),
        ]
        s.calendar = calendar
        return s
    }

    static func database(_ calendar: [CalendarDay] = [], locked: Bool = false) throws -> AppDatabase {
        var s = snapshot(calendar)
        s.periods[0].locked = locked
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(s, options: LoadOptions(source: "test"))
        return db
    }

    static func day(_ offset: Int) -> SchoolDate { monday.adding(days: offset) }

    static let deputy = ActingUser(accountID: AccountID(5), login: "zavuch", fullName: "Завучева Зоя", roles: [.deputy])
    static let teacher = ActingUser(accountID: AccountID(2), login: "ivanova", fullName: "Иванова Анна Петровна", roles: [.teacher])
    static let admin = ActingUser(accountID: AccountID(1), login: "admin", fullName: "Админов Админ", roles: [.admin])
}

extension AppDatabase {
    /// (day, class id, group id, lesson number, start, end, cancelled, reason) of every lesson, in order.
    func lessonRows(on day: SchoolDate? = nil) throws -> [Row] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, day, class_id, group_id, lesson_number, subject_id, starts_at, ends_at, day_end, cancelled, cancel_reason
                FROM lesson WHERE day = ifnull(?, day) ORDER BY day, lesson_number, class_id, group_id
                """, arguments: [day])
        }
    }
}

@Suite struct CalendarMaterializerTests {
    @Test func lessonsComeOnSchoolDaysOnlyForClassesAndGroupsOnTheirBells() throws {
        let db = try CalendarSchool.database([
            CalendarDay(date: CalendarSchool.day(7), kind: .holiday, note: "День учителя"),     // Monday 9 Sep off
            CalendarDay(date: CalendarSchool.day(13), kind: .workday, weekday: 2),             // Sunday 15 Sep on Tuesday's timetable
            CalendarDay(date: CalendarSchool.day(14), kind: .closed, classCode: "5b"),        // 5Б closed on Monday 16 Sep
            CalendarDay(date: CalendarSchool.day(16), kind: .short),                          // Wednesday 18 Sep shortened
        ])
        try db.materializeLessons(through: CalendarSchool.day(16))
        let rows = try db.lessonRows().filter { ($0["day"] as SchoolDate) > CalendarSchool.monday }
        let perDay = Dictionary(grouping: rows) { ($0["day"] as SchoolDate).dayNumber - CalendarSchool.monday.dayNumber }.mapValues(\.count)
        // Tue: the two halves; Wed: the elective; Mon 9: holiday; Sun 15: Tuesday's halves; Mon 16: 5А only
        #expect(perDay == [1: 2, 2: 1, 8: 2, 9: 1, 13: 2, 14: 2, 15: 2, 16: 1])
        let halves = try db.lessonRows(on: CalendarSchool.day(1))
        #expect(halves.map { $0["class_id"] as Int64? } == [1, 1])
        #expect(halves.map { $0["group_id"] as Int64? } == [1, 2])
        let elective = try #require(try db.lessonRows(on: CalendarSchool.day(16)).first)
        #expect(elective["class_id"] as Int64? == nil)
        #expect(elective["starts_at"] as SchoolTime == TinySchool.time("2024-09-18T09:10"))
        #expect(elective["ends_at"] as SchoolTime == TinySchool.time("2024-09-18T09:40"))
        // an elective's day is its own: it ends with its own lesson
        #expect(elective["day_end"] as SchoolTime? == TinySchool.time("2024-09-18T09:40"))
        #expect(try db.lessonRows(on: CalendarSchool.day(14)).map { $0["class_id"] as Int64? } == [1, 1])
    }
}

@Suite struct CalendarChangeTests {
    @Test func onlyTheDeputyOrTheAdministratorChangesTheCalendarAndEachChangeIsAudited() throws {
        let db = try CalendarSchool.database()
        #expect(throws: JournalError.forbidden(Phrase(ru: "календарь школы меняет завуч или администратор",
                                                      en: "only the deputy or the administrator changes the calendar"))) {
            try db.setCalendarDay(CalendarSchool.day(21), .holiday, by: .user(CalendarSchool.teacher))
        }
        _ = try db.setCalendarDay(CalendarSchool.day(21), .holiday, note: "Праздник", by: .user(CalendarSchool.deputy))
        _ = try db.setCalendarDay(CalendarSchool.day(21), .closed, by: .user(CalendarSchool.admin))
        _ = try db.setCalendarDay(CalendarSchool.day(21), .school, by: .serverOperator)
        #expect(try db.auditCount(table: "calendar_day") == 3)
        let actions = try db.writer.read { try String.fetchAll($0, sql: "SELECT action FROM audit WHERE table_name = 'calendar_day' ORDER BY id") }
        #expect(actions == ["insert", "update", "delete"])
        #expect(try db.calendarDays().isEmpty)
    }

    @Test func aClosedPeriodAndDaysOutsideTheYearAreRefused() throws {
        let locked = try CalendarSchool.database(locked: true)
        #expect(throws: JournalError.periodLocked("1 четверть")) {
            try locked.setCalendarDay(CalendarSchool.day(7), .holiday, by: .serverOperator)
        }
        let db = try CalendarSchool.database()
        #expect(throws: JournalError.outsideAcademicYear(date: SchoolDate(iso: "2024-12-02")!, first: CalendarSchool.monday,
                                                         last: SchoolDate(iso: "2024-10-25")!)) {
            try db.setCalendarDay(SchoolDate(iso: "2024-12-02")!, .holiday, by: .serverOperator)
        }
        #expect(throws: JournalError.invalidWeekday("7")) {
            try db.setCalendarDay(CalendarSchool.day(13), .workday(weekday: 7), by: .serverOperator)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "класс «9z»", en: "class \"9z\""))) {
            try db.setCalendarDay(CalendarSchool.day(7), .closed, classCode: "9z", by: .serverOperator)
        }
        #expect(throws: JournalError.other(Phrase(
            ru: "праздник и рабочий день ставятся для всей школы; для одного класса — closed или short",
            en: "a holiday or a workday is for the whole school; for one class use closed or short"))) {
            try db.setCalendarDay(CalendarSchool.day(7), .holiday, classCode: "5a", by: .serverOperator)
        }
        #expect(try db.calendarDays().isEmpty)
    }

    /// TinySchool's Monday 2 September: math has a mark, Russian is empty.
    @Test func aHolidayCancelsEmptyLessonsKeepsOnesWithEntriesAndSchoolBringsThemBack() throws {
        let db = try CalendarSchool.database()
        let outcome = try db.setCalendarDay(CalendarSchool.monday, .holiday, note: "Праздник", by: .serverOperator)
        #expect(outcome.cancelled == 1)
        #expect(outcome.kept == [KeptLesson(id: LessonID(1), lessonNumber: 1, title: "5А · Математика",
                                            teacherName: "Иванова Анна Петровна", marks: 1, attendance: 1, held: false,
                                            hasComment: false)])
        let rows = try db.lessonRows(on: CalendarSchool.monday)
        #expect(rows.map { $0["cancelled"] as Bool } == [false, true])
        #expect(rows[1]["cancel_reason"] as String? == "Календарь: нерабочий день (Праздник)")
        let back = try db.setCalendarDay(CalendarSchool.monday, .school, by: .serverOperator)
        #expect(back.restored == 1 && back.cancelled == 0 && back.kept.isEmpty)
        #expect(try db.lessonRows(on: CalendarSchool.monday).map { $0["cancelled"] as Bool } == [false, false])
        #expect(try db.lessonRows(on: CalendarSchool.monday).map { $0["cancel_reason"] as String? } == [nil, nil])
    }

    @Test func aLessonTheDeputyCancelledStaysCancelledWhenTheDayComesBack() throws {
        let db = try CalendarSchool.database()
        try db.materializeLessons(through: CalendarSchool.day(7))
        let monday = try db.lessonRows(on: CalendarSchool.day(7))
        try db.setCancelled(lesson: monday[0]["id"], true, by: .user(CalendarSchool.admin))
        _ = try db.setCalendarDay(CalendarSchool.day(7), .holiday, by: .serverOperator)
        let back = try db.setCalendarDay(CalendarSchool.day(7), .school, by: .serverOperator)
        #expect(back.restored == 2)
        #expect(try db.lessonRows(on: CalendarSchool.day(7)).map { $0["cancelled"] as Bool } == [true, false, false])
    }

    @Test func aClosedClassLosesOnlyItsOwnLessons() throws {
        let db = try CalendarSchool.database()
        try db.materializeLessons(through: CalendarSchool.day(7))
        let outcome = try db.setCalendarDay(CalendarSchool.day(7), .closed, classCode: "5b", note: "Карантин", by: .serverOperator)
        #expect(outcome.cancelled == 1)
        let rows = try db.lessonRows(on: CalendarSchool.day(7))
        #expect(rows.filter { $0["cancelled"] }.map { $0["class_id"] as Int64? } == [2])
        #expect(rows.compactMap { $0["cancel_reason"] as String? } == ["Календарь: класс не учится (Карантин)"])
        #expect(try db.calendarDays().map(\.className) == ["5Б"])
    }

    @Test func aShortDayMovesItsLessonsToTheShortenedBellsAndBack() throws {
        let db = try CalendarSchool.database()
        try db.materializeLessons(through: CalendarSchool.day(8))
        let short = try db.setCalendarDay(CalendarSchool.day(8), .short, by: .serverOperator)
        #expect(short.retimed == 2 && short.cancelled == 0)
        #expect(try db.lessonRows(on: CalendarSchool.day(8)).map { $0["ends_at"] as SchoolTime }
                == [TinySchool.time("2024-09-10T09:00"), TinySchool.time("2024-09-10T09:00")])
        #expect(try db.lessonRows(on: CalendarSchool.day(8)).map { $0["day_end"] as SchoolTime? }
                == [TinySchool.time("2024-09-10T09:00"), TinySchool.time("2024-09-10T09:00")])
        let back = try db.setCalendarDay(CalendarSchool.day(8), .school, by: .serverOperator)
        #expect(back.retimed == 2)
        #expect(try db.lessonRows(on: CalendarSchool.day(8)).map { $0["ends_at"] as SchoolTime }
                == [TinySchool.time("2024-09-10T09:15"), TinySchool.time("2024-09-10T09:15")])
    }

    @Test func aWorkedSundayAlreadyPassedGetsItsLessonsMade() throws {
        let db = try CalendarSchool.database()
        try db.materializeLessons(through: CalendarSchool.day(16))
        let outcome = try db.setCalendarDay(CalendarSchool.day(13), .workday(weekday: 1), note: "Перенос", by: .serverOperator)
        #expect(outcome.created == 3)
        #expect(try db.lessonRows(on: CalendarSchool.day(13)).map { $0["lesson_number"] as Int } == [1, 1, 2])
        // the Sunday back to a day off: the lessons, empty, are cancelled
        #expect(try db.setCalendarDay(CalendarSchool.day(13), .school, by: .serverOperator).cancelled == 3)
    }

    @Test func aSaturdayOnMondaysTimetableCancelsItsOwnEmptyLessons() throws {
        let db = try CalendarSchool.database()
        try db.materializeLessons(through: CalendarSchool.day(8))
        // Tuesday 10 September follows Monday's timetable: the halves' English goes, math and Russian come
        let outcome = try db.setCalendarDay(CalendarSchool.day(8), .workday(weekday: 1), by: .serverOperator)
        #expect(outcome.cancelled == 2 && outcome.created == 3)
        let back = try db.setCalendarDay(CalendarSchool.day(8), .school, by: .serverOperator)
        #expect(back.restored == 2 && back.cancelled == 3)
    }
}

@Suite struct DisabledAtTests {
    /// Readiness counts an account as it was at the report's moment: the store
    /// keeps when it was disabled, and forgets it when it is enabled again.
    @Test func disablingRecordsItsMomentAndEnablingClearsIt() throws {
        let clock = TestClock(Date(timeIntervalSince1970: TimeInterval(TinySchool.time("2024-09-05T10:00").seconds - 3 * 3600)))
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try db.setDisabled(login: "petrov", true, by: .user(CalendarSchool.admin))
        #expect(try db.snapshot(by: .serverOperator).accounts.first { $0.login == "petrov" }?.disabledAt == TinySchool.time("2024-09-05T10:00"))
        try db.setDisabled(login: "petrov", true, by: .user(CalendarSchool.admin))          // again: the first moment stays
        clock.advance(seconds: 86_400)
        #expect(try db.snapshot(by: .serverOperator).accounts.first { $0.login == "petrov" }?.disabledAt == TinySchool.time("2024-09-05T10:00"))
        try db.setDisabled(login: "petrov", false, by: .user(CalendarSchool.admin))
        let petrov = try #require(try db.snapshot(by: .serverOperator).accounts.first { $0.login == "petrov" })
        #expect(!petrov.disabled && petrov.disabledAt == nil)
    }
}
