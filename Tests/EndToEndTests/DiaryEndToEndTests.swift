import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// The built binary in tmux at 80×24: a teacher sets homework in the grid
/// (F4), it is due at the subject's next lesson, and the parent's diary week
/// shows it on that day.
@Suite(.serialized) struct DiaryEndToEndTests {
    @Test(.requires(Tools.tmux)) func theParentsDiaryShowsTheHomeworkOnItsDueDay() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try JournalEndToEndTests.school(in: dir)
        let db = try AppDatabase.open(path: path)
        try db.setPassword(login: "mama", to: "мамин пароль", by: .serverOperator)
        let tmux = try JournalEndToEndTests.startTeacher(path)
        defer { tmux.close() }
        try tmux.press("F4")
        #expect(tmux.waitFor("Enter — сохранить"), "\(tmux.screen())")
        try tmux.type("Задача 7 на дом")
        try tmux.press("Enter")
        #expect(tmux.waitFor("к уроку"), "\(tmux.screen())")
        try tmux.press("F10")
        #expect(tmux.waitFor("уроков: 3"))
        try tmux.press("F10")
        #expect(tmux.waitFor("Выйти из журнала к экрану входа?"), "\(tmux.screen())")
        try tmux.press("Right", "Enter")
        #expect(tmux.waitFor("Логин:"), "\(tmux.screen())")

        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        let today = JournalSchool.realToday
        let due = try #require(try db.homeworkDueChoice(for: JournalSchool.lessonID("today-1"), by: ivanova).current)
        #expect(due.date > today)

        try tmux.type("mama")
        try tmux.press("Enter")
        try tmux.type("мамин пароль")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Дневник"), "\(tmux.screen())")
        if due.date > today.mondayOfWeek.adding(days: 5) { try tmux.press("Right") }
        #expect(tmux.waitFor("Задача 7 на дом"), "\(tmux.screen())")
        // the week opens on tomorrow's page
        let dayName = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота"][due.date.weekday - 1]
        let screen = tmux.screen()
        let lines = screen.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex { $0.contains(dayName) && $0.contains(due.date.russianShort) }, "\(screen)")
        let homework = try #require(lines.lastIndex { $0.contains("Задача 7") && $0.contains("Математика") }, "\(screen)")
        #expect(homework > heading, "\(screen)")
    }
}
