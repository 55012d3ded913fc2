import Foundation
import JournalCore
import JournalScreens
import JournalStore
import ReadinessMetrics
import TerminalUI
import TestFixtures
import Testing

@Suite(.serialized) struct DashboardDrillDownTests {
    @Test func fromARedIndicatorToTheLessonThatCausedIt() throws {
        let h = try DashboardHarness()
        h.press(.down)                       // planning, ✗ 50 %
        h.press(.enter)
        #expect(h.lines[1].contains("Ведение планирования — по классам"))
        #expect(h.text.contains("Порог 95 % · по школе ✗ 50,0 % (1 / 2)"))
        #expect(h.line(containing: "5А")?.contains("1 / 2") == true)
        h.press(.tab)
        #expect(h.lines[1].contains("по учителям"))
        let petrov = try #require(h.line(containing: "Петров Пётр Ильич"))
        let ivanova = try #require(h.line(containing: "Иванова Анна Петровна"))
        #expect(petrov.contains("✗") && petrov.contains("0 / 1"))
        #expect(ivanova.contains("✓") && ivanova.contains("1 / 1"))
        // worst first
        #expect(h.lines.firstIndex(of: petrov)! < h.lines.firstIndex(of: ivanova)!)
        h.press(.tab)
        #expect(h.lines[1].contains("по предметам"))
        #expect(h.text.contains("Русский язык"))
        h.press(.tab)
        #expect(h.lines[1].contains("по классам"))
        h.press(.enter)
        #expect(h.lines[1].contains("Ведение планирования — 5А"))
        #expect(h.text.contains("Уроки без темы и домашнего задания: 1"))
        let row = try #require(h.line(containing: "02.09 пн"))
        #expect(row.contains("Русский язык") && row.contains("Петров П. И."))
        #expect(h.detail.contains("— нет темы и домашнего задания · Enter — открыть урок"))
        h.press(.enter)
        let lesson = try h.lessonWithoutTopic()
        #expect(h.opened == [lesson])
        #expect(h.text.contains("открыт урок \(lesson.rawValue)"))
        h.press(.escape)
        #expect(h.lines[1].contains("Ведение планирования — 5А"))
    }

    /// Tuesday's English of 5А's first half: owed by the timetable, begun at
    /// 08:30, opened by nobody. The list shows it with its group and without a
    /// number; Enter makes it and opens it.
    @Test func aLessonNobodyOpenedIsListedWithItsGroupAndOpensOnEnter() throws {
        var school = TinySchool.snapshot()
        school.subjects.append(Subject(code: "eng", name: "Английский язык"))
        school.groups = [TeachingGroup(code: "g1", name: "гр. 1", kind: .part, classCode: "5a", subjectCode: "eng")]
        school.groupMembers = [GroupMembership(groupCode: "g1", studentCode: "s1", from: TinySchool.monday)]
        school.timetable.append(TimetableEntry(classCode: "5a", groupCode: "g1", weekday: 2, lessonNumber: 1, subjectCode: "eng",
                                               teacherLogin: "ivanova", room: nil, validFrom: TinySchool.monday, validTo: nil))
        let h = try DashboardHarness(school: school)
        h.press(.down, .enter, .enter)
        #expect(h.lines[1].contains("Ведение планирования — 5А"))
        #expect(h.text.contains("Уроки без темы и домашнего задания: 2"))
        let row = try #require(h.line(containing: "03.09 вт"))
        #expect(row.contains("5А гр. 1") && row.contains("Английский язык") && row.contains("—"))
        #expect(try h.db.snapshot(by: .serverOperator).lessons.count == 2)
        h.press(.down)
        #expect(h.detail.contains("5А · Английский язык · гр. 1") && h.detail.contains("урок ещё не открывали"))
        h.press(.enter)
        let made = try h.db.snapshot(by: .serverOperator).lessons
        #expect(made.count == 3)
        let opened = try #require(h.opened.first)
        #expect(made.first { $0.code == String(opened.rawValue) }?.groupCode == "g1")
    }

    @Test func aFixMadeInTheOpenedLessonShowsOnComingBack() throws {
        let h = try DashboardHarness()
        h.press(.down, .enter, .enter, .enter)
        #expect(h.app.topScreen is OpenedLesson)
        // the grid writes through this process's own connection: no data_version change
        let lesson = try h.lessonWithoutTopic()
        try h.db.setTopic(lesson: lesson, "Имя существительное", by: try #require(try h.db.actingUser(login: "admin")))
        h.app.refreshIfOthersCommitted()
        h.press(.escape)
        #expect(h.text.contains("Ничего: недобора нет."))
        h.press(.escape)
        #expect(h.text.contains("по школе ✓ 100,0 % (2 / 2)"))
    }

    @Test func aDeputyFixesTheLessonInTheRealGridAndTheIndicatorTurnsGreen() throws {
        var school = TinySchool.snapshot()
        school.accounts.append(Account(login: "deputy", fullName: "Завучева Зоя Петровна", roles: [.deputy],
                                       createdAt: school.accounts[0].createdAt, activatedAt: school.accounts[0].createdAt))
        let h = try DashboardHarness(login: "deputy", realGrid: true, school: school)
        h.press(.down, .enter, .enter)       // planning ✗ → 5А → the lessons without a topic
        #expect(h.text.contains("Уроки без темы и домашнего задания: 1"))
        h.press(.enter)
        #expect(h.lines[1].contains("Журнал 5А · Русский язык"))
        #expect(h.text.contains("пн 02.09.2024 · 2-й урок · Петров П. И."))
        h.press(.function(3))
        h.type("Имя существительное")
        h.press(.enter)
        #expect(h.status.contains("Тема сохранена"))
        h.press(.function(4))
        h.type("Упр. 12")
        h.press(.enter)
        h.press(.escape)
        #expect(h.text.contains("Ничего: недобора нет."))
        h.press(.escape)
        #expect(h.text.contains("по школе ✓ 100,0 % (2 / 2)"))
        let trail = try h.db.auditTrail(filter: .lesson(code: "L-rus"), by: .serverOperator)
        #expect(trail.contains { $0.actorLogin == "deputy" && $0.new.values.contains { $0?.contains("Имя существительное") == true } })
    }

    @Test func escGoesBackUpKeepingTheCursor() throws {
        let h = try DashboardHarness()
        h.press(.down, .down, .down)         // parents
        h.press(.enter)
        #expect(h.lines[1].contains("Доля родителей — по классам"))
        h.press(.tab)
        #expect(h.status.contains("Этот показатель делится только по классам."))
        h.press(.enter)
        #expect(h.text.contains("Ученики без учётной записи родителя: 2"))
        #expect(h.text.contains("Андреев Илья") && h.text.contains("Борисова Ольга"))
        h.press(.down)
        #expect(h.text.contains("Борисова Ольга (5А) — нет учётной записи родителя"))
        h.press(.escape)
        #expect(h.lines[1].contains("Доля родителей — по классам"))
        h.press(.escape)
        #expect(h.lines[1].contains("Готовность к ББЖ"))
        h.press(.enter)                      // the cursor stayed on parents
        #expect(h.lines[1].contains("Доля родителей — по классам"))
    }

    @Test func lateEntriesShowDeadlineAndDelay() throws {
        let h = try DashboardHarness(clock: DashboardHarness.wednesdayMorning)
        let onTime = try #require(h.line(containing: "Своевременное ведение журнала"))
        #expect(onTime.contains("✗") && onTime.contains("50,0 %") && onTime.contains("1 / 2"))
        h.press(.end, .enter, .enter)
        #expect(h.lines[1].contains("Своевременное ведение журнала — 5А"))
        #expect(h.text.contains("Записи, внесённые позже срока: 1"))
        let row = try #require(h.line(containing: "02.09 пн"))
        #expect(row.contains("1 с"))
        #expect(row.contains("03.09 12:00"))
        #expect(h.detail.contains("посещаемость, Борисова Ольга: внесено 03.09.2024 12:00, срок 03.09.2024 12:00, опоздание 1 с"))
        h.press(.right, .right, .right, .right)   // the other columns scroll in, the date stays
        let scrolled = try #require(h.line(containing: "02.09 пн"))
        #expect(scrolled.contains("Борисова"))
        #expect(!scrolled.contains("Русский язык"))
    }

    @Test func lessonsDoNotOpenWithoutAnOpener() throws {
        let h = try DashboardHarness(opener: false)
        h.press(.down, .enter, .enter)
        #expect(h.lines[1].contains("Ведение планирования — 5А"))
        #expect(!h.text.contains("Enter — открыть урок"))
        h.press(.enter)
        #expect(h.lines[1].contains("Ведение планирования — 5А"))
        h.press(.function(1))
        #expect(!h.text.contains("открыть урок в журнале класса"))
    }

    @Test func aMissingLessonOrAFailureIsSaidSo() throws {
        let h = try DashboardHarness()
        h.press(.down, .enter, .enter)
        h.openerAnswer = .missing
        h.press(.enter)
        let lesson = try h.lessonWithoutTopic()
        #expect(h.status.contains("Урок № \(lesson.rawValue) не найден."))
        h.openerAnswer = .failure
        h.press(.enter)
        #expect(h.status.contains("нет доступа к уроку"))
        #expect(h.lines[1].contains("Ведение планирования — 5А"))
    }

    @Test func accountsListedForTheSchoolAsAWhole() throws {
        let h = try DashboardHarness()
        h.press(.function(5))               // mo: activated accounts, unique sign-ins
        let activated = try #require(h.line(containing: "Активированные аккаунты"))
        #expect(activated.contains("2 / 4"))
        h.press(.down, .down, .down)
        h.press(.enter)                      // no split: straight to the accounts
        #expect(h.lines[1].contains("Активированные аккаунты — вся школа"))
        #expect(h.text.contains("Петров Пётр Ильич") && h.text.contains("petrov"))
        #expect(h.text.contains("Сидорова Мария") && h.text.contains("родитель"))
    }
}
