import JournalCore
import JournalStore
import Testing
@testable import ReadinessMetrics

@Suite struct DrillDownTests {
    /// Monday 2 September: 5А math (Иванова) ×2, 5А Russian (Петров, who also
    /// substitutes one 5Б math lesson), 5Б math (Иванова).
    private func school() -> Fixture {
        var f = Fixture()
        f.addClass("5b", name: "5Б", students: ["b1", "b2"])
        f.timetable("5b")
        f.lesson("1", number: 1, topic: "Дроби")
        f.lesson("2", number: 2)
        f.lesson("3", number: 3, subject: "rus", teacher: "petrov", topic: "Причастие")
        f.lesson("4", number: 1, classCode: "5b", teacher: "petrov", homework: "№ 5")          // a substitution
        f.lesson("5", number: 2, classCode: "5b")
        f.attendance("1", at: "2024-09-02T08:40")
        f.attendance("2", at: "2024-09-03T12:00:01")                 // 1 s late
        f.mark("3", type: "lesson", at: "2024-09-04T12:00")          // 1 day late
        f.mark("5", student: "b1", type: "oral", at: "2024-09-02T10:00")
        return f
    }

    private func calculator() throws -> (ReadinessCalculator, ReadinessWindow, ReadinessProfile) {
        let r = try Readiness(school())
        return (ReadinessCalculator(database: r.database), try r.window("2024-09-02", "2024-09-08", "2024-09-30T12:00"),
                try .builtIn(named: "kchr"))
    }

    @Test func breakdownByTeacherCountsWhoTaughtTheLessonWorstFirst() throws {
        let (calc, window, kchr) = try calculator()
        let planning = try calc.breakdown(of: .planning, profile: kchr, window: window, by: .teacher)
        // Иванова: lessons 1, 2, 5, one planned; Петров: lessons 3 and 4, both planned
        #expect(planning.map(\.name) == ["Иванова Ирина", "Петров Павел"])
        #expect(planning.map(\.ratio) == [Ratio(1, of: 3), Ratio(2, of: 2)])
        #expect(planning.map(\.met) == [false, true])
        let onTime = try calc.breakdown(of: .onTime, profile: kchr, window: window, by: .teacher)
        // Петров: one late mark; Иванова: attendance on time, attendance late, oral mark on time
        #expect(onTime.map(\.name) == ["Петров Павел", "Иванова Ирина"])
        #expect(onTime.map(\.ratio) == [Ratio(0, of: 1), Ratio(2, of: 3)])
    }

    @Test func breakdownByClassAndBySubject() throws {
        let (calc, window, kchr) = try calculator()
        let all = try calc.breakdowns(of: IndicatorKey.allCases, profile: kchr, window: window, by: .schoolClass)
        #expect(all[.journal]?.map(\.name) == ["5Б", "5А"])
        #expect(all[.journal]?.map(\.ratio) == [Ratio(1, of: 2), Ratio(3, of: 3)])
        #expect(all[.scheduleFill]?.map(\.ratio) == [Ratio(1, of: 1), Ratio(1, of: 1)])
        #expect(all[.activatedAccounts] == nil)                      // school-wide only
        let bySubject = try calc.breakdown(of: .planning, profile: kchr, window: window, by: .subject)
        #expect(bySubject.map(\.name) == ["Математика", "Русский язык"])
        #expect(bySubject.map(\.ratio) == [Ratio(2, of: 4), Ratio(1, of: 1)])
        #expect(try calc.breakdown(of: .parentAccounts, profile: kchr, window: window, by: .teacher).isEmpty)
    }

    @Test func shortfallListsTheLessonsWithTheirIds() throws {
        let (calc, window, kchr) = try calculator()
        let planning = try calc.shortfall(of: .planning, profile: kchr, window: window)
        #expect(planning.compactMap(\.lessonID) == [LessonID(2), LessonID(5)])
        #expect(ShortfallText.line(planning[0])
                == "02.09.2024, урок 2, 5А · Математика, Иванова Ирина (№ 2) — нет темы и домашнего задания")
        let journal = try calc.shortfall(of: .journal, profile: kchr, window: window)
        #expect(journal.compactMap(\.lessonID) == [LessonID(4)])
        // the slice of one class
        let inB = try calc.shortfall(of: .planning, profile: kchr, window: window, slice: .schoolClass(ClassID(2)))
        #expect(inB.compactMap(\.lessonID) == [LessonID(5)])
    }

    @Test func lateEntriesCarryTheirDeadlineAndHowLate() throws {
        let (calc, window, kchr) = try calculator()
        let late = try calc.shortfall(of: .onTime, profile: kchr, window: window)
        guard case .lateEntry(let worst) = late.first, case .lateEntry(let least) = late.last else {
            Issue.record("expected late entries, got \(late)")
            return
        }
        #expect(late.count == 2)
        #expect(worst.lesson.id == LessonID(3))
        #expect(worst.kind == .markInClass)
        #expect(worst.studentName == "Ученик s1")
        #expect(worst.deadline == Fixture.time("2024-09-03T12:00:00"))
        #expect(worst.lateness == 86_400)
        #expect(least.lesson.id == LessonID(2))
        #expect(least.kind == .attendance)
        #expect(least.lateness == 1)
        #expect(ShortfallText.line(.lateEntry(least)).hasSuffix(
            "посещаемость, Ученик s2: внесено 03.09.2024 12:00, срок 03.09.2024 12:00, опоздание 1 с"))
        // crimea: due an hour after 5А's day ends (11:05), 12:05 Monday
        let crimea = try calc.shortfall(of: .onTime, profile: .builtIn(named: "crimea"), window: window, slice: .teacher(AccountID(2)))
        #expect(crimea.count == 1)
        if case .lateEntry(let entry) = crimea.first { #expect(entry.deadline == Fixture.time("2024-09-02T12:05")) }
    }

    @Test func peopleBehindParentAndAccountShortfalls() throws {
        var f = school()
        f.parent("p1", of: ["s1"])
        f.account("x1", roles: [.student])
        let r = try Readiness(f)
        let calc = ReadinessCalculator(database: r.database)
        let window = try r.window("2024-09-02", "2024-09-08", "2024-09-30T12:00")
        let kchr = try ReadinessProfile.builtIn(named: "kchr")
        let students = try calc.shortfall(of: .parentAccounts, profile: kchr, window: window)
        #expect(students.map { ShortfallText.line($0) } == ["Ученик s2 (5А) — нет учётной записи родителя",
                                                            "Ученик s3 (5А) — нет учётной записи родителя",
                                                            "Ученик b1 (5Б) — нет учётной записи родителя",
                                                            "Ученик b2 (5Б) — нет учётной записи родителя"])
        let notActivated = try calc.shortfall(of: .activatedAccounts, profile: kchr, window: window)
        #expect(notActivated.map { ShortfallText.line($0) } == ["Аккаунт p1 [p1] — не активирована",
                                                                "Аккаунт x1 [x1] — не активирована"])
        #expect(throws: ReadinessError.notApplicable(.activatedAccounts, Phrase(ru: "разбивка по классам, учителям или предметам",
                                                                                en: "a split by class, teacher or subject"))) {
            try calc.shortfall(of: .activatedAccounts, profile: kchr, window: window, slice: .teacher(AccountID(2)))
        }
    }
}
