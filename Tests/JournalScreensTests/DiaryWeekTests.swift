import Foundation
import JournalCore
import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing
@testable import JournalScreens

/// The diary week (FamilySchool: today is Tuesday 03.09.2024; mama's Анна in
/// 7Б had math and Russian today, each with homework due next Tuesday), the
/// lesson editor's due lesson, and the deputy's «Нагрузка ДЗ».
@Suite struct DiaryWeekTests {
    @Test func theNextDayAfterSaturdayIsMonday() {
        let saturday = TinySchool.monday.adding(days: 5)
        #expect(DiaryWeekState.nextDay(after: saturday) == TinySchool.monday.adding(days: 7))
        #expect(DiaryWeekState.nextDay(after: TinySchool.monday) == TinySchool.monday.adding(days: 1))
        var state = DiaryWeekState(today: TinySchool.monday.adding(days: 2))
        #expect(state.monday == TinySchool.monday)
        state.move(weeks: 1)
        #expect(state.saturday == TinySchool.monday.adding(days: 12))
    }

    @Test func rowsAreDayHeadingsWithTheirLessonsOrNone() {
        var state = DiaryWeekState(today: TinySchool.monday)
        let math = FamilyDayLesson(lessonNumber: 1, subject: "Математика", topic: nil, cancelled: false, homework: [], marks: [],
                                   attendance: nil)
        state.days = [FamilyDay(date: TinySchool.monday, lessons: [math]), FamilyDay(date: TinySchool.monday.adding(days: 1), lessons: [])]
        #expect(state.rows == [.day(TinySchool.monday), .lesson(TinySchool.monday, math), .day(TinySchool.monday.adding(days: 1)),
                               .noLessons(TinySchool.monday.adding(days: 1))])
    }

    func signedIn(_ login: String) throws -> ScreenHarness {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.db.setPassword(login: login, to: FamilySchool.password(login), by: .serverOperator)
        h.signIn(login, FamilySchool.password(login))
        return h
    }

    @Test func theDiaryOpensOnTheWeekAndShowsHomeworkOnItsDueDay() throws {
        let h = try signedIn("mama")
        h.press(.function(2))   // Анна, 7Б
        #expect(h.lines[1].contains("Дневник: Сидорова Анна, 7Б · неделя 02.09–07.09"), "\(h.screenText)")
        #expect(h.contains("На завтра, ср 04.09: ничего не задано"), "\(h.screenText)")
        #expect(try #require(h.lines.first { $0.contains("Вторник") }).contains("03.09 (сегодня)"), "\(h.screenText)")
        #expect(try #require(h.lines.first { $0.contains("Линейные уравнения") }).contains("5 4"), "\(h.screenText)")
        h.press(.right)
        #expect(h.lines[1].contains("неделя 09.09–14.09"), "\(h.screenText)")
        let math = try #require(h.lines.first { $0.contains("Математика") && $0.contains("§ 3, № 41–44") }, "\(h.screenText)")
        #expect(math.contains(" 1 "))
        #expect(h.contains("Упражнение 112"))
        h.press(.character("с"))
        #expect(h.lines[1].contains("неделя 02.09–07.09"))
    }

    @Test func theDeputyOpensTheHomeworkLoadFromTheMenu() throws {
        let h = try TransitionScreens.harness("zavuch")
        h.press(.character("v"))
        #expect(h.contains("[Д] Нагрузка ДЗ"), "\(h.screenText)")
        h.press(.character("д"))
        #expect(h.lines[1].contains("Нагрузка ДЗ"), "\(h.screenText)")
        #expect(h.contains("Класс"))
        h.press(.right)
        #expect(h.app.isRunning)
    }
}
