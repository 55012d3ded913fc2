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
        #expect(ScreenHarness.innermost(teacher.app.topScreen) is TodayScreen)
        #expect(teacher.lines[23].contains("2Урок") && teacher.lines[23].contains("3Классы") && teacher.lines[23].contains("10Выход"))
        let admin = try ScreenHarness.journal(login: "admin")
        #expect(admin.lines[1].contains("Готовность к ББЖ"))
        let deputy = try ScreenHarness.journal(login: "deputy")
        #expect(ScreenHarness.innermost(deputy.app.topScreen) is ReadinessDashboardScreen)
        let parent = try ScreenHarness.journal(login: "mama")
        #expect(ScreenHarness.innermost(parent.app.topScreen) is FamilyHome)
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

    /// Below today: every earlier lesson of the quarter the readiness report
    /// counts against her, by reason, not only the last two weeks' empty ones.
    @Test func earlierLessonsCountedAgainstTheTeacherAreListedByReason() throws {
        let h = try ScreenHarness.journal()
        #expect(h.contains("Против вас в отчёте о готовности за 2 четверть (профиль kchr):"))
        #expect(h.contains(" Уроки без темы и домашнего задания: 34"))
        // twenty days ago, the quarter's first day: beyond the old fortnight
        #expect(h.row(containing: " 1 22.08  5А    Математика") != nil)
        // the lesson a week ago has its topic and entries; yesterday's third was cancelled
        #expect(h.row(containing: " 1 04.09") == nil)
        #expect(h.row(containing: " 3 10.09") == nil)
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
        #expect(h.contains("Против вас в отчёте о готовности"))
        h.press(.enter)
        // the first lesson counted against her, the quarter's first, not a heading
        #expect(h.grid?.selectedCell?.lesson != nil)
        #expect(h.lines[20].contains("чт 22.08.2024 · 1-й урок"))
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
        // what the year so far still counts against her is there to fix
        #expect(h.contains("Против вас в отчёте о готовности за Учебный год"))
        h.press(.enter)
        #expect(h.grid?.title(in: h.context) == "Журнал 5А · Математика · 1 четверть")
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

    @Test func escapeOnTheHomeSignsOutOnceConfirmed() throws {
        let h = try ScreenHarness.journal()
        h.press(.escape)
        #expect(h.contains("Выйти из журнала к экрану входа?"))
        h.type("д")
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
        let h = try ScreenHarness.ivanova(as: [.deputy, .teacher])
        #expect(h.app.topScreen?.title(in: h.context) == "Готовность к ББЖ")
        #expect(h.lines[23].contains("7Уроки"))
        h.press(.function(7))
        #expect(ScreenHarness.innermost(h.app.topScreen) is TodayScreen)
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
