import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// Who is trying (FamilySchool's people). The lesson writes aim at lesson 1
/// (5А math, ivanova's).
enum Actor: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case admin, deputy, teacherOwn, teacherOther, homeroom, secretary, parent, student, disabled

    var login: String {
        switch self {
        case .admin: "admin"
        case .deputy: "zavuch"
        case .teacherOwn: "ivanova"    // teaches lesson 1; homeroom of 7Б
        case .teacherOther: "fizruk"   // teaches 5А PE, not lesson 1, nothing in 7Б
        case .homeroom: "petrov"       // homeroom of 5А, teaches 5А and 7Б Russian
        case .secretary: "sekretar"
        case .parent: "mama"           // s3 (5А) and s4 (7Б)
        case .student: "ilya"          // s1 (5А)
        case .disabled: "ushla"        // admin and teacher, disabled
        }
    }

    var testDescription: String { "\(rawValue) (\(login))" }
}

/// One thing to try, and who may do it.
struct Attempt: Sendable, CustomTestStringConvertible {
    var name: String
    var allowed: Set<Actor>
    var run: @Sendable (AppDatabase, ActingUser) throws -> Void

    var testDescription: String { name }

    static let lesson1 = LessonID(1), ilya = StudentID(1), olga = StudentID(2), anna = StudentID(4)
    static let supervisors: Set<Actor> = [.admin, .deputy]
    static let lessonWriters: Set<Actor> = supervisors.union([.teacherOwn])
    static let peopleKeepers: Set<Actor> = [.admin, .secretary]

    static let writes: [Attempt] = [
        Attempt(name: "поставить отметку", allowed: lessonWriters) {
            try $0.addMark(lesson: lesson1, student: olga, value: try MarkValue(4), by: $1)
        },
        Attempt(name: "изменить отметку", allowed: lessonWriters) {
            try $0.updateMark(MarkID(1), value: try MarkValue(4), by: $1)
        },
        Attempt(name: "удалить отметку", allowed: lessonWriters) { try $0.deleteMark(MarkID(1), by: $1) },
        Attempt(name: "тема урока", allowed: lessonWriters) { try $0.setTopic(lesson: lesson1, "Дроби", by: $1) },
        Attempt(name: "домашнее задание", allowed: lessonWriters) { try $0.setHomework(lesson: lesson1, "№ 1", by: $1) },
        Attempt(name: "комментарий к уроку", allowed: lessonWriters) { try $0.setComment(lesson: lesson1, "Контрольная", by: $1) },
        Attempt(name: "урок проведён", allowed: lessonWriters) { try $0.setHeld(lesson: lesson1, true, by: $1) },
        Attempt(name: "посещаемость", allowed: lessonWriters.union([.homeroom])) {
            try $0.setAttendance(lesson: lesson1, student: ilya, code: .excused, by: $1)
        },
        Attempt(name: "отменить урок", allowed: supervisors) { try $0.setCancelled(lesson: lesson1, true, by: .user($1)) },
        Attempt(name: "итоговая отметка", allowed: lessonWriters) {
            try $0.setFinalMark(student: ilya, subject: SubjectID(1), period: PeriodID(1), value: .mark(5), by: $1)
        },
        Attempt(name: "создать учётную запись", allowed: [.admin]) {
            _ = try $0.createAccount(login: "novaya", fullName: "Новикова Нина", roles: [.admin], by: .user($1))
        },
        Attempt(name: "отключить учётную запись", allowed: [.admin]) { try $0.setDisabled(login: "petrov", true, by: .user($1)) },
        Attempt(name: "включить учётную запись", allowed: [.admin]) { try $0.setDisabled(login: "ushla", false, by: .user($1)) },
        Attempt(name: "сбросить пароль", allowed: [.admin]) { _ = try $0.resetPassword(login: "petrov", by: .user($1)) },
        Attempt(name: "задать чужой пароль", allowed: [.admin]) { try $0.setPassword(login: "petrov", to: "чужой пароль 1", by: .user($1)) },
        Attempt(name: "открыть закрытый вход", allowed: [.admin]) { try $0.unlockLogin("petrov", by: .user($1)) },
        Attempt(name: "изменить настройку", allowed: [.admin]) { try $0.setSetting(.idleLockMinutes, "30", by: .user($1)) },
        // the people of the school (issue 13): the secretary and the admin
        Attempt(name: "новый класс", allowed: peopleKeepers) { try $0.addClass(name: "8В", grade: 8, homeroom: nil, by: .user($1)) },
        Attempt(name: "изменить класс", allowed: peopleKeepers) {
            try $0.editClass(code: "7b", name: "7В", grade: 7, homeroom: "petrov", by: .user($1))
        },
        Attempt(name: "новый ученик", allowed: peopleKeepers) {
            try $0.addStudent(fullName: "Новиков Олег", class: "7b", on: TinySchool.monday.adding(days: 1), order: "№ 1", by: .user($1))
        },
        Attempt(name: "исправить ФИО ученика", allowed: peopleKeepers) { try $0.renameStudent(code: "s5", fullName: "Кузнецов Павел", by: .user($1)) },
        Attempt(name: "перевод ученика", allowed: peopleKeepers.union([.deputy])) {
            try $0.transfer(student: "s5", to: "5a", on: TinySchool.monday.adding(days: 2), order: "№ 2", by: .user($1))
        },
        Attempt(name: "новый учитель", allowed: peopleKeepers) { _ = try $0.addTeacher(login: "novyi", fullName: "Новый Учитель", by: .user($1)) },
        Attempt(name: "новый родитель", allowed: peopleKeepers) {
            _ = try $0.addParent(login: "sidorov", fullName: "Сидоров Иван", children: ["s4"], by: .user($1))
        },
        Attempt(name: "связать родителя и ребёнка", allowed: peopleKeepers) { try $0.linkParent("mama", to: "s5", by: .user($1)) },
        Attempt(name: "отвязать родителя от ребёнка", allowed: peopleKeepers) { try $0.unlinkParent("mama", from: "s4", by: .user($1)) },
        Attempt(name: "исправить ФИО родителя", allowed: peopleKeepers) { try $0.renamePerson(login: "papa", fullName: "Кузнецов Павел Ильич", by: .user($1)) },
        Attempt(name: "учётки родителей класса", allowed: peopleKeepers) {
            _ = try $0.createParentAccounts(class: "7b", on: TinySchool.monday.adding(days: 1), by: .user($1))
        },
        Attempt(name: "реквизиты доступа класса", allowed: peopleKeepers) {
            _ = try $0.issueAccessSlips(class: "7b", on: TinySchool.monday.adding(days: 1), by: .user($1))
        },
        Attempt(name: "изменить урок расписания с даты", allowed: supervisors) {
            try $0.setTimetableCell(TimetableCellEdit(classCode: "5a", groupCode: nil, weekday: 3, number: 2, subjectCode: "math",
                                                      teacherLogin: "ivanova", room: "5", from: TinySchool.monday.adding(days: 2)),
                                    acceptingConflicts: true, by: .user($1))
        },
        Attempt(name: "звонок", allowed: supervisors) {
            try $0.setBell(number: 3, start: TimeOfDay(minutes: 630), end: TimeOfDay(minutes: 675), shortened: true, by: .user($1))
        },
        Attempt(name: "учитель отсутствует", allowed: supervisors) {
            try $0.setTeacherAbsent("petrov", on: TinySchool.monday.adding(days: 1), true, by: .user($1))
        },
        Attempt(name: "заменить учителя урока", allowed: supervisors) {
            try $0.substitute(lesson: lesson1, teacher: "petrov", reason: nil, by: .user($1))
        },
        Attempt(name: "перенести урок", allowed: supervisors) { try $0.moveLesson(LessonID(3), toNumber: 2, by: .user($1)) },
        Attempt(name: "дополнительный урок", allowed: supervisors) {
            try $0.addExtraLesson(classCode: "5a", groupCode: nil, subjectCode: "math", teacher: "ivanova",
                                  on: TinySchool.monday.adding(days: 1), number: 2, by: .user($1))
        },
        Attempt(name: "тема КТП 5А (математика)", allowed: lessonWriters) {
            try $0.editPlan(PlanUnit(.wholeClass(ClassID(1)), subject: SubjectID(1)), .add(after: 0, topic: "Дроби", hours: 2), by: .user($1))
        },
        Attempt(name: "тема КТП 7Б (русский язык)", allowed: supervisors.union([.homeroom])) {
            try $0.editPlan(PlanUnit(.wholeClass(ClassID(2)), subject: SubjectID(2)), .add(after: 0, topic: "Орфография", hours: 2), by: .user($1))
        },
        Attempt(name: "часы учебного плана", allowed: supervisors) {
            try $0.setCurriculumHours(PlanUnit(.wholeClass(ClassID(1)), subject: SubjectID(1)), try WeeklyHours(parsing: "5"), by: .user($1))
        },
        Attempt(name: "новый вид работ", allowed: [.admin]) {
            _ = try $0.addWorkType(name: "Проект", weight: .one, inClass: false, by: .user($1))
        },
        Attempt(name: "вес вида работ", allowed: [.admin]) {
            _ = try $0.editWorkType("test", weight: try Weight(parsing: "3"), by: .user($1))
        },
        Attempt(name: "закрыть период", allowed: supervisors) { _ = try $0.setPeriodLocked("q1", true, by: .user($1)) },
        Attempt(name: "нерабочий день", allowed: supervisors) {
            _ = try $0.setCalendarDay(SchoolDate(year: 2024, month: 9, day: 4)!, .holiday, note: "Праздник", by: .user($1))
        },
        Attempt(name: "справка: «н» → «уп» (5А)", allowed: [.admin, .homeroom]) {
            try $0.excuseAbsences(of: olga, from: TinySchool.monday, to: TinySchool.monday, note: "справка № 1", by: $1)
        },
        Attempt(name: "контакты ученика 5А", allowed: [.admin, .homeroom, .secretary]) {
            try $0.saveContact(PersonContact(phone: "+7 900 000-00-00"), of: .student(ilya), by: $1)
        },
        Attempt(name: "контакты родителя из 5А", allowed: [.admin, .homeroom, .secretary, .teacherOwn]) {
            // mama's children: s3 in 5А (petrov) and s4 in 7Б (ivanova).
            try $0.saveContact(PersonContact(phone: "+7 900 000-00-00"), of: .parent(AccountID(4)), by: $1)
        },
        Attempt(name: "событие класса 5А", allowed: [.admin, .homeroom]) {
            try $0.saveClassEvent(ClassEvent(date: TinySchool.monday, time: nil, title: "Классный час", place: nil), in: ClassID(1), by: $1)
        },
        Attempt(name: "уведомление родителям 5А", allowed: [.admin, .homeroom]) {
            try $0.sendNotices([NoticeDraft(student: StudentID(3), text: "получил 2")], in: ClassID(1), by: $1)
        },
        // papa is Кузнецов Пётр's parent (7Б): ivanova heads 7Б, petrov teaches it Russian
        Attempt(name: "написать родителю из 7Б", allowed: supervisors.union([.teacherOwn, .homeroom])) {
            let papa = try #require(try $0.actingUser(login: "papa"))
            _ = try $0.startThread(subject: "Успеваемость", to: [papa.accountID], body: "Здравствуйте!", by: $1)
        },
        // the school's checklist has open lines: only the administrator closes the year past them
        Attempt(name: "закрыть год принудительно", allowed: [.admin]) { _ = try $0.closeYear(force: true, by: .user($1)) },
        Attempt(name: "объявление родителям 7Б", allowed: supervisors) {
            _ = try $0.publishAnnouncement("Собрание в пятницу", to: .parentsOf(ClassID(2)), until: FamilySchool.tuesday.adding(days: 7),
                                           by: .user($1))
        },
        Attempt(name: "экзаменационная отметка", allowed: lessonWriters) {
            try $0.setGraduationMark(student: ilya, subject: SubjectID(1), yearPeriod: PeriodID(1), kind: .exam, value: .mark(4), by: $1)
        },
        Attempt(name: "принять все предложенные годовые", allowed: lessonWriters) {
            _ = try $0.acceptYearMarkProposals(.wholeClass(ClassID(1)), subject: SubjectID(1), yearPeriod: PeriodID(1), column: .year, by: $1)
        },
        Attempt(name: "перевод учащихся по приказу", allowed: peopleKeepers) {
            try $0.applyPromotion(order: try PromotionOrder(number: "1", date: TinySchool.monday), by: .user($1))
        },
    ]

    static let reads: [Attempt] = [
        Attempt(name: "журнал 5А (математика)", allowed: lessonWriters.union([.teacherOther, .homeroom])) {
            _ = try $0.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(1), by: $1)
        },
        Attempt(name: "журнал 7Б (математика)", allowed: lessonWriters.union([.homeroom])) {
            _ = try $0.classGrid(.wholeClass(ClassID(2)), subject: SubjectID(1), period: PeriodID(1), by: $1)
        },
        Attempt(name: "дневник Андреева Ильи (5А)", allowed: supervisors.union([.homeroom, .student])) {
            _ = try $0.familyRecord(of: ilya, period: PeriodID(1), by: $1)
        },
        Attempt(name: "дневник Сидоровой Анны (7Б)", allowed: supervisors.union([.teacherOwn, .parent])) {
            _ = try $0.familyRecord(of: anna, period: PeriodID(1), by: $1)
        },
        Attempt(name: "журнал аудита урока", allowed: supervisors) {
            _ = try $0.auditTrail(filter: .lesson(code: "1"), by: .user($1))
        },
        Attempt(name: "список учётных записей", allowed: [.admin]) { _ = try $0.accounts(by: .user($1)) },
        Attempt(name: "выгрузка всей школы", allowed: [.admin]) { _ = try $0.snapshot(by: .user($1)) },
        Attempt(name: "расписание класса", allowed: supervisors) {
            _ = try $0.timetableWeek(.schoolClass(code: "5a"), on: TinySchool.monday, by: .user($1))
        },
        Attempt(name: "замены на день", allowed: supervisors) { _ = try $0.daySubstitutions(on: TinySchool.monday, by: .user($1)) },
        Attempt(name: "учебный план и КТП", allowed: lessonWriters.union([.teacherOther, .homeroom])) {
            _ = try $0.planOverview(by: .user($1))
        },
        Attempt(name: "«Мой класс» 5А", allowed: supervisors.union([.homeroom])) {
            _ = try $0.myClassOverview(ClassID(1), week: TinySchool.monday, by: $1)
        },
        Attempt(name: "уведомления 5А: кто прочитал", allowed: supervisors.union([.homeroom])) {
            _ = try $0.sentNotices(ClassID(1), by: $1)
        },
        Attempt(name: "списки учеников и сотрудников", allowed: peopleKeepers) {
            _ = try $0.peopleDirectory(on: TinySchool.monday, by: .user($1))
        },
        Attempt(name: "список закрытия года", allowed: supervisors.union([.secretary])) {
            _ = try $0.yearEndChecklist(by: .user($1))
        },
    ]
}

/// Every role against every write and every read that carries personal data,
/// at the store, as a screen (or a forged screen) would call it. A refusal must
/// be a `forbidden` error and must change nothing.
@Suite struct RightsMatrixTests {
    /// Loaded once; each attempt works on its own copy (an SQLite backup is
    /// much cheaper than migrating and loading 216 times).
    static let template = try! FamilySchool.database()

    static func freshCopy() throws -> AppDatabase {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try template.writer.backup(to: queue)
        return AppDatabase(writer: queue, clock: TinySchool.tuesdayMorning, path: nil)
    }

    func attempt(_ attempt: Attempt, as actor: Actor) throws {
        let db = try Self.freshCopy()
        let user = try #require(try db.actingUser(login: actor.login))
        let before = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") ?? 0 }
        if attempt.allowed.contains(actor) {
            #expect(throws: Never.self, "\(actor.login) should be allowed: \(attempt.name)") { try attempt.run(db, user) }
        } else {
            let error = #expect(throws: JournalError.self, "\(actor.login) should be refused: \(attempt.name)") { try attempt.run(db, user) }
            guard case .forbidden? = error else {
                Issue.record("\(actor.login), \(attempt.name): refused with \(String(describing: error)), not for lack of rights")
                return
            }
            let after = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") ?? 0 }
            #expect(after == before, "a refused attempt changed the audit log")
        }
    }

    @Test(arguments: Actor.allCases, Attempt.writes)
    func write(_ actor: Actor, _ write: Attempt) throws {
        try attempt(write, as: actor)
    }

    @Test(arguments: Actor.allCases, Attempt.reads)
    func read(_ actor: Actor, _ read: Attempt) throws {
        try attempt(read, as: actor)
    }

    @Test func theOperatorAtTheCommandLineReadsEverything() throws {
        let db = try FamilySchool.database()
        #expect(try db.accounts(by: .serverOperator).count == 10)
        try db.setTopic(lesson: LessonID(1), "Дроби", by: try #require(try db.actingUser(login: "ivanova")))
        #expect(try db.auditTrail(filter: .lesson(code: "1"), by: .serverOperator).count == 1)
        #expect(try db.snapshot(by: .serverOperator).students.count == 5)
    }

    @Test func aRoleTakenAwayMidSessionTakesEffectAtOnce() throws {
        let db = try FamilySchool.database()
        let zavuch = try #require(try db.actingUser(login: "zavuch"))   // the session still says "deputy"
        _ = try db.auditTrail(filter: .lesson(code: "1"), by: .user(zavuch))
        try db.writer.write { try $0.execute(sql: "UPDATE account SET roles = 'teacher' WHERE login = 'zavuch'") }
        #expect(throws: Refusals.auditIsForSupervisors) { try db.auditTrail(filter: .lesson(code: "1"), limit: 10, by: .user(zavuch)) }
        #expect(throws: Refusals.notYourStudent) { try db.familyRecord(of: StudentID(4), period: PeriodID(1), by: zavuch) }
    }

    @Test func aForgedUserValueGetsOnlyWhatTheStoredAccountMay() throws {
        // A screen bug that builds an ActingUser claiming "admin" for the student's account id.
        let db = try FamilySchool.database()
        let ilya = try #require(try db.actingUser(login: "ilya"))
        let forged = ActingUser(accountID: ilya.accountID, login: "ilya", fullName: ilya.fullName, roles: [.admin])
        #expect(throws: Refusals.accountListIsTheAdministrators) { try db.accounts(by: .user(forged)) }
        #expect(throws: Refusals.anotherTeachersLesson) { try db.addMark(lesson: LessonID(1), student: StudentID(1), value: try MarkValue(5), by: forged) }
        #expect(throws: Refusals.notYourStudent) { try db.familyRecord(of: StudentID(2), period: PeriodID(1), by: forged) }
    }

    @Test func aLinkLeftBehindOpensNothingWithoutTheRole() throws {
        let db = try FamilySchool.database()
        let mama = try #require(try db.actingUser(login: "mama"))
        try db.writer.write { try $0.execute(sql: "UPDATE account SET roles = 'secretary' WHERE login = 'mama'") }
        #expect(throws: Refusals.notYourStudent) { try db.familyRecord(of: StudentID(4), period: PeriodID(1), by: mama) }
        #expect(try db.familyChildren(of: mama).isEmpty)
    }

    /// One access check (`AccessCheck`) behind every write and every read of
    /// personal data: a disabled administrator is told the same thing everywhere.
    @Test(arguments: Attempt.writes + Attempt.reads)
    func aDisabledAccountIsRefusedInTheSameWordsEverywhere(_ attempt: Attempt) throws {
        let db = try Self.freshCopy()
        let ushla = try #require(try db.actingUser(login: "ushla"))
        #expect(throws: Refusals.accountDisabled) {
            try attempt.run(db, ushla)
        }
    }

    @Test func everyoneMayChangeTheirOwnPasswordButNotWhenDisabled() throws {
        let db = try FamilySchool.database()
        for actor in Actor.allCases where actor != .disabled {
            let user = try #require(try db.actingUser(login: actor.login))
            try db.setPassword(login: actor.login, to: "старый пароль", by: .serverOperator)
            #expect(throws: Never.self) { try db.changeOwnPassword(user, current: "старый пароль", to: "новый пароль 7") }
        }
        try db.setPassword(login: "ushla", to: "старый пароль", by: .serverOperator)
        let ushla = try #require(try db.actingUser(login: "ushla"))
        #expect(throws: Refusals.wrongCurrentPassword) { try db.changeOwnPassword(ushla, current: "старый пароль", to: "новый пароль 7") }
    }
}
