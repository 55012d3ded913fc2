import Foundation
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The year-end checklist on a small school whose year ends today: every kind
/// of line appears, and goes when it is put right; then the year closes, after
/// which nothing of it changes, until the administrator reopens it.
@Suite struct YearEndTests {
    /// Friday 23 May 2025: the year's last day.
    static let today = SchoolDate(year: 2025, month: 5, day: 23)!

    let db: AppDatabase
    let admin: ActingUser
    let secretary: ActingUser
    let director: ActingUser
    let teacher: ActingUser

    init() throws {
        db = try AppDatabase.inMemory(clock: JournalSchool.clock(Self.today, "12:00"))
        try db.load(Self.snapshot(), options: LoadOptions(source: "test"))
        admin = try #require(try db.actingUser(login: "admin"))
        secretary = try #require(try db.actingUser(login: "secretary"))
        director = try #require(try db.actingUser(login: "director"))
        teacher = try #require(try db.actingUser(login: "ivanova"))
    }

    /// 5А (two students) learns mathematics (curriculum 2 h a week, a КТП of
    /// 34 hours: they disagree); a lesson in each quarter with a topic, and
    /// Tuesday's lesson of this week with nothing written. No final marks,
    /// no period closed.
    static func snapshot() -> SchoolSnapshot {
        let t = today
        var s = SchoolSnapshot(school: School(name: "Школа", timeZoneID: "Europe/Moscow", academicYear: "2024/2025"))
        s.periods = [
            Period(code: "q1", name: "1 четверть", kind: .quarter, start: t.adding(days: -60), end: t.adding(days: -30)),
            Period(code: "q2", name: "2 четверть", kind: .quarter, start: t.adding(days: -20), end: t),
            Period(code: "year", name: "Учебный год", kind: .year, start: t.adding(days: -60), end: t),
        ]
        s.bells = [Bell(lessonNumber: 1, start: TimeOfDay(text: "08:30")!, end: TimeOfDay(text: "09:15")!)]
        s.subjects = [Subject(code: "math", name: "Математика")]
        let created = SchoolTime(date: t.adding(days: -70), time: TimeOfDay(text: "09:00")!)
        s.accounts = [("admin", "Админова Алла", Role.admin), ("secretary", "Секретарёва Света", .secretary),
                      ("director", "Директорова Дина", .director), ("ivanova", "Иванова Анна", .teacher)].map {
            Account(login: $0.0, fullName: $0.1, roles: [$0.2], createdAt: created, activatedAt: created)
        }
        s.classes = [SchoolClass(code: "5a", name: "5А", grade: 5, homeroomLogin: nil)]
        s.enrol(Student(code: "s1", fullName: "Андреев Илья", login: nil), in: "5a", from: t.adding(days: -60))
        s.enrol(Student(code: "s2", fullName: "Борисова Ольга", login: nil), in: "5a", from: t.adding(days: -60))
        s.curriculum = [CurriculumRow(classCode: "5a", groupCode: nil, subjectCode: "math", hours: WeeklyHours(hundredths: 200))]
        s.plans = [PlanItem(classCode: "5a", subjectCode: "math", seq: 1, topic: "Числа", hours: 34)]
        s.lessons = [
            Lesson(code: "l1", classCode: "5a", subjectCode: "math", teacherLogin: "ivanova", date: t.adding(days: -45),
                   lessonNumber: 1, topic: "Числа"),
            Lesson(code: "l2", classCode: "5a", subjectCode: "math", teacherLogin: "ivanova", date: t.adding(days: -15),
                   lessonNumber: 1, topic: "Дроби"),
            Lesson(code: "l3", classCode: "5a", subjectCode: "math", teacherLogin: "ivanova", date: t.adding(days: -3), lessonNumber: 1),
        ]
        return s
    }

    func count(_ kind: YearEndItemKind) throws -> Int {
        try db.yearEndChecklist(by: .user(admin)).items.filter { $0.kind == kind }.map(\.count).reduce(0, +)
    }

    @Test func everyKindOfLineAppearsWithItsPlace() throws {
        let checklist = try db.yearEndChecklist(by: .user(secretary))
        #expect(checklist.academicYear == "2024/2025")
        #expect(checklist.lastWeeksFrom == Self.today.mondayOfWeek.adding(days: -7))
        let kinds = checklist.items.map(\.kind)
        #expect(kinds == [.yearMarks, .periodMarks, .periodMarks, .openPeriod, .openPeriod, .emptyLessons, .planHours])
        let year = try #require(checklist.items.first)
        #expect(year.text(in: .ru) == "5А · Математика: без годовой отметки — 2 уч.")
        #expect(year.place == .grid(.wholeClass(ClassID(1)), subject: SubjectID(1), day: Self.today, lesson: nil))
        let empty = try #require(checklist.items.first { $0.kind == .emptyLessons })
        #expect(empty.count == 1 && empty.firstDay == Self.today.adding(days: -3))
        #expect(empty.place == .grid(.wholeClass(ClassID(1)), subject: SubjectID(1), day: Self.today.adding(days: -3), lesson: LessonID(3)))
        #expect(checklist.items.first { $0.kind == .openPeriod }?.place == .calendar(period: PeriodID(1)))
        let plan = try #require(checklist.items.last)
        #expect(plan.text(in: .ru) == "5А · Математика: часы не сходятся (в КТП 34 ч, по учебному плану 68 ч)")
        #expect(plan.place == .plan(PlanUnit(.wholeClass(ClassID(1)), subject: SubjectID(1))))
        #expect(checklist.counts.map(\.lines) == [1, 2, 2, 1, 1])
    }

    @Test func eachLineGoesWhenItIsPutRightAndTheYearCloses() throws {
        let subject = SubjectID(1)
        for period in [PeriodID(1), PeriodID(2)] {
            for student in [StudentID(1), StudentID(2)] {
                try db.setFinalMark(student: student, subject: subject, period: period, value: .mark(4), by: admin)
            }
        }
        #expect(try count(.periodMarks) == 0)
        try db.setFinalMark(student: StudentID(1), subject: subject, period: PeriodID(3), value: .mark(4), by: admin)
        #expect(try count(.yearMarks) == 1)
        try db.setFinalMark(student: StudentID(2), subject: subject, period: PeriodID(3), value: .notAssessed, by: admin)
        #expect(try count(.yearMarks) == 0)
        try db.setTopic(lesson: LessonID(3), "Повторение", by: teacher)
        #expect(try count(.emptyLessons) == 0)
        #expect(try db.setCurriculumHours(PlanUnit(.wholeClass(ClassID(1)), subject: subject), WeeklyHours(hundredths: 100),
                                          by: .user(admin)))
        #expect(try count(.planHours) == 0)
        #expect(throws: JournalError.self) { try db.closeYear(force: false, by: .user(secretary)) }
        try db.setPeriodLocked("q1", true, by: .user(admin))
        try db.setPeriodLocked("q2", true, by: .user(admin))
        #expect(try db.yearEndChecklist(by: .user(director)).isEmpty)

        let outcome = try db.closeYear(force: false, by: .user(secretary))
        #expect(outcome == YearClosingOutcome(academicYear: "2024/2025", lockedPeriods: 1, openItems: 0))
        #expect(try db.periodLocks().allSatisfy(\.info.period.locked))
        #expect(try db.yearEndChecklist(by: .user(admin)).closing?.closedBy == "Секретарёва Света")
        #expect(throws: JournalError.periodLocked("Учебный год")) {
            try db.addMark(lesson: LessonID(3), student: StudentID(1), value: try MarkValue(5), by: teacher)
        }
        #expect(throws: JournalError.periodLocked("Учебный год")) {
            try db.setFinalMark(student: StudentID(1), subject: subject, period: PeriodID(3), value: .mark(5), by: admin)
        }
    }

    @Test func whileItemsAreOpenOnlyTheAdministratorForcesItAudited() throws {
        let refusal = try #require(#expect(throws: JournalError.self) { try db.closeYear(force: false, by: .user(admin)) })
        #expect(refusal.text(in: .ru).hasPrefix("учебный год 2024/2025 нельзя закрыть: в списке закрытия осталось пунктов: 7"))
        #expect(throws: JournalError.forbidden(Phrase(ru: "закрыть год с незакрытыми пунктами может только администратор",
                                                      en: "only the administrator closes a year with open items"))) {
            try db.closeYear(force: true, by: .user(secretary))
        }
        #expect(try db.auditCount(table: "year_closing") == 0)
        let outcome = try db.closeYear(force: true, by: .user(admin))
        #expect(outcome.openItems == 7 && outcome.lockedPeriods == 3)
        let audit = try db.read { db in
            try String.fetchOne(db, sql: "SELECT new_value FROM audit WHERE table_name = 'year_closing'")
        }
        #expect(audit?.contains("\"open_items\":\"7\"") == true, "\(audit ?? "")")
        #expect(audit?.contains("\"forced\":\"1\"") == true)
    }

    @Test func aSecondCloseIsRefusedAndTheAdministratorReopens() throws {
        _ = try db.closeYear(force: true, by: .serverOperator)
        let again = try #require(#expect(throws: JournalError.self) { try db.closeYear(force: true, by: .user(admin)) })
        #expect(again.text(in: .ru).hasPrefix("учебный год 2024/2025 уже закрыт"))
        #expect(throws: JournalError.self) { try db.setPeriodLocked("q1", false, by: .user(admin)) }
        #expect(throws: JournalError.forbidden(Phrase(ru: "открыть закрытый учебный год может только администратор",
                                                      en: "only the administrator reopens a closed year"))) {
            try db.reopenYear(by: .user(secretary))
        }
        #expect(try db.reopenYear(by: .user(admin)) == 3)
        #expect(try db.periodLocks().allSatisfy { !$0.info.period.locked })
        #expect(try db.auditCount(table: "year_closing") == 2)
        #expect(throws: JournalError.self) { try db.reopenYear(by: .user(admin)) }
    }

    @Test func theTeacherReadsNoChecklistAndClosesNoYear() throws {
        #expect(throws: JournalError.forbidden(YearEndQuery.readRefusal)) { try db.yearEndChecklist(by: .user(teacher)) }
        #expect(throws: JournalError.self) { try db.closeYear(force: true, by: .user(director)) }
        #expect(throws: JournalError.self) { try db.closeYear(force: true, by: .user(teacher)) }
    }
}
