import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// «Календарь и периоды», «Учебный план и КТП», «Виды работ и итоговая»
/// (issue 13, items 4–6): their states without a database, then the screens
/// on FamilySchool.
@Suite struct SchoolYearScreensTests {
    // MARK: States

    @Test func theCalendarMovesByDayWeekAndMonthAndDrawsWeeksFromMonday() throws {
        var state = CalendarState(today: SchoolDate(year: 2024, month: 10, day: 31)!)
        state.move(.right)
        #expect(state.selected == SchoolDate(year: 2024, month: 11, day: 1))
        state.move(.pageDown)
        #expect(state.selected == SchoolDate(year: 2024, month: 12, day: 1))
        state.move(.pageUp)
        state.move(.pageUp)
        #expect(state.selected == SchoolDate(year: 2024, month: 10, day: 1))
        let weeks = state.weeks
        #expect(weeks.count == 5)
        #expect(weeks[0][0] == nil && weeks[0][1] == SchoolDate(year: 2024, month: 10, day: 1))   // 1 October 2024 is a Tuesday
        state.move(.down)
        #expect(state.selected == SchoolDate(year: 2024, month: 10, day: 8))
        #expect(CalendarState.shifted(SchoolDate(year: 2024, month: 1, day: 31)!, months: 1) == SchoolDate(year: 2024, month: 2, day: 29))
    }

    @Test func aCalendarFormIsCheckedBeforeTheStoreIsAsked() throws {
        #expect(try CalendarRequest(change: .holiday, values: ["  Праздник "]).note == "Праздник")
        #expect(try CalendarRequest(change: .closed, values: ["Карантин", "5a"]).classCode == "5a")
        #expect(try CalendarRequest(change: .workday(weekday: 1), values: ["Перенос", "6"]).change == .workday(weekday: 6))
        #expect(throws: JournalError.self) { try CalendarRequest(change: .workday(weekday: 1), values: ["", "7"]) }
        #expect(try CalendarRequest(change: .holiday, values: [""]).removesLessons)
        #expect(try !CalendarRequest(change: .short, values: ["", ""]).removesLessons)
    }

    static func line(_ owner: String, _ subject: String, _ status: PlanCheckStatus, teachers: [String] = []) -> PlanOverviewLine {
        PlanOverviewLine(unit: PlanUnit(.wholeClass(ClassID(Int64(owner.count))), subject: SubjectID(Int64(subject.count))),
                         ownerName: owner, subjectName: subject, grade: 5, weeklyHours: nil, expectedHours: nil, topicCount: 0,
                         planHours: 0, teachers: teachers, status: status)
    }

    @Test func thePlanListNarrowsToTheCheckAndToWhatIsTyped() {
        var state = PlanState()
        state.load([Self.line("5А", "Математика", .agrees, teachers: ["Иванова А. П."]), Self.line("5А", "Русский язык", .missing),
                    Self.line("7Б", "История", .disagrees)])
        #expect(state.problemCount == 2)
        state.checkOnly = true
        #expect(state.shown.map(\.subjectName) == ["Русский язык", "История"])
        state.checkOnly = false
        _ = state.filter.insert("иван")
        #expect(state.shown.map(\.subjectName) == ["Математика"])
    }

    @Test func aTopicFormBecomesAnAddAfterTheChosenTopicOrAChange() throws {
        var state = PlanTopicsState()
        state.topics = [PlanTopic(seq: 1, topic: "Дроби", hours: 2), PlanTopic(seq: 2, topic: "Проценты", hours: 3)]
        state.list.selected = 1
        #expect(try state.edit(from: ["Уравнения", "4"]) == .add(after: 2, topic: "Уравнения", hours: 4))
        state.editing = state.topics[0]
        #expect(try state.edit(from: ["Дроби и доли", "3"]) == .change(seq: 1, topic: "Дроби и доли", hours: 3))
        #expect(throws: JournalError.self) { try state.edit(from: ["Дроби", "много"]) }
        #expect(state.hours == 5)
    }

    // MARK: Screens

    static func harness(_ login: String) throws -> ScreenHarness {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.signInDirectly(login)
        return h
    }

    @Test func theDeputyClosesAQuarterFromTheCalendarAfterTheQuestion() throws {
        let h = try Self.harness("zavuch")
        h.press(.character("м"), .character("к"))
        #expect(h.contains("Календарь и периоды"), "\(h.screenText)")
        #expect(h.contains("Сентябрь 2024"), "\(h.screenText)")
        h.press(.function(7))
        #expect(h.contains("Закрыть «1 четверть»?"), "\(h.screenText)")
        h.press(.right, .enter)
        #expect(h.contains("Период «1 четверть» закрыт."), "\(h.screenText)")
        #expect(try h.db.periodLocks().first { $0.info.period.code == "q1" }?.info.period.locked == true)
    }

    @Test func aHolidayOnADayWithEntriesAsksFirstWithTheCounts() throws {
        let h = try Self.harness("zavuch")
        h.press(.character("м"), .character("к"), .function(2))
        #expect(h.contains("Нерабочий день"), "\(h.screenText)")
        h.press(.enter)
        #expect(h.contains("В этом дне уже есть записи"), "\(h.screenText)")
        #expect(h.contains("с записями"), "\(h.screenText)")
        h.press(.escape)
        #expect(try h.db.calendarDays().isEmpty)
    }

    @Test func theDeputyFindsAClassWithNoPlanInTheCheck() throws {
        let h = try Self.harness("zavuch")
        try h.db.setCurriculumHours(PlanUnit(.wholeClass(ClassID(2)), subject: SubjectID(2)), try WeeklyHours(parsing: "3"),
                                    by: .serverOperator)
        h.press(.character("м"), .character("т"))
        #expect(h.contains("Учебный план и КТП"), "\(h.screenText)")
        h.press(.function(3))
        #expect(h.contains("проверка КТП: расхождений 1"), "\(h.screenText)")
        #expect(h.lines.contains { $0.contains("7Б") && $0.contains("нет КТП") }, "\(h.screenText)")
    }

    @Test func aTeacherOpensTheirOwnPlanFromMyClassesAndAddsATopic() throws {
        let h = try Self.harness("ivanova")
        h.press(.function(3))
        #expect(h.contains("Мои классы"), "\(h.screenText)")
        h.press(.function(2))
        #expect(h.contains("КТП: 5А · Математика"), "\(h.screenText)")
        #expect(h.contains("КТП пуст"), "\(h.screenText)")
        h.press(.insert)
        for character in "Дроби" { h.press(.character(character)) }
        h.press(.enter)
        #expect(h.contains("КТП сохранён."), "\(h.screenText)")
        #expect(h.contains("тем 1, часов 1"), "\(h.screenText)")
    }

    @Test func theRoundingPreviewShowsTheFinalMarkUnderTheTypedRule() throws {
        let h = try Self.harness("admin")
        h.press(.character("м"), .character("в"))
        #expect(h.contains("Виды работ и итоговая"), "\(h.screenText)")
        #expect(h.contains("Контрольная работа"), "\(h.screenText)")
        #expect(h.contains("Средневзвешенное:"), "\(h.screenText)")
        h.press(.function(4), .backspace, .backspace, .backspace, .backspace, .character("0"), .character(","), .character("9"))
        #expect(h.contains("с 0,9"), "\(h.screenText)")
        h.press(.enter)
        #expect(h.contains("Правило сохранено"), "\(h.screenText)")
        #expect(try h.db.settings().rounding.thresholdHundredths == 90)
    }
}
