import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// «Сегодня» on Wednesday 11 September 2024 at 10:00 (the kchr profile: an
/// entry is due by 12:00 the next day).
@Suite struct TodayScreenTests {
    @Test func teachersLandOnTodayOthersKeepTheirHome() throws {
        let teacher = try ScreenHarness.journal()
        #expect(teacher.lines[1].contains("Сегодня"))
        #expect(teacher.app.topScreen is TodayScreen)
        #expect(teacher.lines[23].contains("2Урок") && teacher.lines[23].contains("3Классы") && teacher.lines[23].contains("10Выход"))
        let admin = try ScreenHarness.journal(login: "admin")
        #expect(admin.lines[1].contains("Готовность к ББЖ"))
        let deputy = try ScreenHarness.journal(login: "deputy")
        #expect(deputy.app.topScreen is ReadinessDashboardScreen)
        let parent = try ScreenHarness.journal(login: "mama")
        #expect(parent.app.topScreen is FamilyHome)
    }

    @Test func todaysLessonsInBellOrderWithWhatIsMissing() throws {
        let h = try ScreenHarness.journal()
        #expect(h.lines[2].contains("Сегодня ср 11.09.2024 · уроков: 3"))
        #expect(h.lines[3].contains("№ Время  Класс Предмет"))
        let first = try #require(h.row(containing: " 1 08:30  5А    Математика"))
        let second = try #require(h.row(containing: " 2 09:25  5А    Русский язык (замена)"))
        let third = try #require(h.row(containing: " 3 10:30  5А    Математика"))
        #expect(first < second && second < third)
        #expect(h.lines[first].contains("до чт 12:00"))
        #expect(h.style(try #require(h.column(of: "до чт", inRow: first)), first) == .warning)
        #expect(h.lines[second].contains("идёт"))
        // the lesson under way is selected, and what it lacks is spelled out
        #expect(h.style(3, second) == .selected)
        #expect(h.contains("Не внесено: тема, домашнее задание, посещаемость, отметки, «урок проведён»"))
        #expect(h.contains("Срок по профилю «Карачаево-Черкесская Республика»: до 12:00 следующего дня"))
    }

    @Test func earlierLessonsWithNothingEnteredAreLateAfterTheDeadline() throws {
        let clock = JournalSchool.clock(JournalSchool.wednesday)
        let h = try ScreenHarness.journal(clock: clock)
        #expect(h.contains("Прошлые уроки, где ещё ничего не внесено:"))
        let tuesday = try #require(h.row(containing: " 1 10.09"))
        #expect(h.lines[tuesday].contains("до 12:00"))
        let monday = try #require(h.row(containing: " 3 09.09"))
        #expect(h.lines[monday].contains("ПРОСРОЧЕН"))
        #expect(h.style(try #require(h.column(of: "ПРОСРОЧЕН", inRow: monday)), monday) == .error)
        // the lesson a week ago has entries, yesterday's third was cancelled: neither is listed
        #expect(h.row(containing: " 1 04.09") == nil)
        #expect(h.row(containing: " 3 10.09") == nil)
        clock.set(JournalSchool.instant(JournalSchool.wednesday, "12:30"))
        h.app.draw()
        #expect(h.lines[tuesday].contains("ПРОСРОЧЕН"))
    }

    @Test func enterOpensTheGridOnThatLessonsColumn() throws {
        let h = try ScreenHarness.journal()
        h.press(.home, .enter)
        let grid = try #require(h.grid)
        #expect(grid.title(in: h.context) == "Журнал 5А · Математика · 2 четверть")
        #expect(grid.selectedCell?.lesson == JournalSchool.lessonID("today-1"))
        h.press(.escape, .down, .enter)
        #expect(h.grid?.title(in: h.context) == "Журнал 5А · Русский язык · 2 четверть")
        #expect(h.grid?.selectedCell?.lesson == JournalSchool.lessonID("today-2"))
        // back on «Сегодня» after a mark, the lesson shows it
        h.press(.character("5"), .escape)
        let row = try #require(h.row(containing: "Русский язык (замена)"))
        #expect(h.lines[row].contains(" 1 "))
    }

    @Test func f2OpensTheLessonItself() throws {
        let h = try ScreenHarness.journal()
        h.press(.home, .function(2))
        #expect(h.lines[1].contains("Урок · 5А · Математика"))
        #expect(h.contains("ср 11.09.2024, 1-й урок 08:30–09:15 · учитель Иванова А. П."))
    }

    @Test func arrowsSkipHeadingsAndNotes() throws {
        let h = try ScreenHarness.journal()
        h.press(.home, .down, .down, .down)
        #expect(h.contains("Прошлые уроки"))
        h.press(.enter)
        // the first earlier lesson: yesterday's first (the newest), not a heading
        #expect(h.grid?.selectedCell?.lesson != nil)
        #expect(h.lines[20].contains("вт 10.09.2024 · 1-й урок"))
    }

    @Test func withoutLessonsTodayTheNextSchoolDayIsShown() throws {
        let sunday = SchoolDate(year: 2024, month: 9, day: 15)!
        let h = try ScreenHarness.journal(clock: JournalSchool.clock(sunday))
        #expect(h.contains("Сегодня у вас уроков нет."))
        #expect(h.contains("Ближайший учебный день — пн 16.09.2024"))
        #expect(h.row(containing: " 1 08:30  5А    Математика") != nil)
        h.press(.home, .enter)
        #expect(h.grid?.title(in: h.context) == "Журнал 5А · Математика · 2 четверть")
    }

    @Test func inTheLongHolidaysItPointsToMyClasses() throws {
        let h = try ScreenHarness.journal(clock: JournalSchool.clock(JournalSchool.wednesday.adding(days: 45)))
        #expect(h.contains("Сегодня у вас уроков нет."))
        #expect(h.contains("Ближайших уроков в расписании нет. F3 — мои классы"))
        h.press(.enter)
        #expect(h.status.contains("Выберите урок стрелками"))
    }

    @Test func myClassesListsWhatTheTeacherTeachesAndOpensItsGrid() throws {
        let h = try ScreenHarness.journal()
        h.press(.function(3))
        #expect(h.lines[1].contains("Мои классы"))
        #expect(h.contains("5А     Математика"))
        #expect(h.contains("5А     Русский язык  (только замены)"))
        h.press(.enter)
        #expect(h.grid?.title(in: h.context) == "Журнал 5А · Математика · 2 четверть")
        h.press(.escape, .escape)
        #expect(h.lines[1].contains("Сегодня"))
    }

    @Test func escapeOnTheHomeSignsOut() throws {
        let h = try ScreenHarness.journal()
        h.press(.function(10))
        #expect(h.contains("Вход в электронный журнал"))
        #expect(h.status.contains("Вы вышли из журнала."))
    }

    @Test func anotherUsersEntryShowsOnReload() throws {
        let h = try ScreenHarness.journal()
        let admin = try #require(try h.db.actingUser(login: "admin"))
        try h.db.setTopic(lesson: JournalSchool.lessonID("today-1"), "Сравнение", by: admin)
        h.app.topScreen?.reload(context: h.context)
        h.app.draw()
        let row = try #require(h.row(containing: " 1 08:30"))
        #expect(h.style(try #require(h.column(of: "✓", inRow: row)), row) == .success)
    }
}

/// A deputy who also teaches lands on the dashboard and reaches their own
/// lessons with F7; Esc there goes back to the dashboard, not to the login.
@Suite struct SupervisorWhoTeachesTests {
    @Test func f7OpensTheirOwnLessonsAndEscComesBack() throws {
        var school = JournalSchool.snapshot(today: JournalSchool.wednesday)
        let index = try #require(school.accounts.firstIndex { $0.login == "ivanova" })
        school.accounts[index].roles = [.deputy, .teacher]
        let h = try ScreenHarness(clock: JournalSchool.clock(JournalSchool.wednesday), school: school)
        try h.signInDirectly("ivanova")
        #expect(h.app.topScreen?.title(in: h.context) == "Готовность к ББЖ")
        #expect(h.lines[23].contains("7Уроки"))
        h.press(.function(7))
        #expect(h.app.topScreen is TodayScreen)
        #expect(h.lines[23].contains("10Назад"))
        #expect(h.contains("Математика"))
        h.press(.escape)
        #expect(h.app.topScreen?.title(in: h.context) == "Готовность к ББЖ")
        #expect(h.app.context.user?.login == "ivanova")
    }

    @Test func aDeputyWhoDoesNotTeachHasNoSuchKey() throws {
        let h = try ScreenHarness.journal(login: "deputy")
        #expect(!h.lines[23].contains("Уроки"))
    }
}
