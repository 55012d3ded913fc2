import Foundation
import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// Issue 13's «Done when» for the deputy's timetable and day of
/// substitutions, on the demo school in a real terminal.
@Suite(.serialized, .requires(Tools.tmux)) struct TimetableEndToEndTests {
    static var today: SchoolDate { JournalSchool.realToday }

    /// The deputy marks a teacher absent and gives the first lesson of the day
    /// to a free colleague; the colleague's open «Сегодня» shows it marked
    /// «замена», they put a mark in it, and the audit names them.
    @Test func theDeputysSubstituteSeesTheLessonAndTheirMarkCarriesTheirName() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, deputy) = try DemoTerminal.start(dir)
        defer { deputy.close() }
        let db = try AppDatabase.open(path: path)
        let day = try db.daySubstitutions(on: Self.today, by: .serverOperator)
        // a Sunday or a holiday has no lessons to give: nothing to try then
        guard let lesson = day.lessons.first(where: { !$0.cancelled && $0.substituteForName == nil }) else { return }
        let substitute = try #require(try db.freeTeachers(for: lesson.lessonID, by: .serverOperator).first)

        let colleague = try TmuxSession(command: "\(ZhurnalBinary.url.path) --db \(path)")
        defer { colleague.close() }
        #expect(colleague.waitFor("Логин:"))
        try DemoTerminal.signIn(colleague, substitute.login)
        #expect(colleague.waitFor("уроков:"), "\(colleague.screen())")

        try DemoTerminal.signIn(deputy, "deputy")
        #expect(deputy.waitFor("[М] Разделы"), "\(deputy.screen())")
        try deputy.type("м")
        try deputy.type("з")
        #expect(deputy.waitFor("Замены на "), "\(deputy.screen())")
        try deputy.press("F3")
        #expect(deputy.waitFor("Отсутствует"), "\(deputy.screen())")
        try deputy.type(lesson.teacherName)
        try deputy.press("Enter")
        #expect(deputy.waitFor("Отсутствуют: \(PersonName.short(lesson.teacherName))"), "\(deputy.screen())")
        let index = try #require(day.lessons.firstIndex { $0.lessonID == lesson.lessonID })
        try deputy.press("Home")
        for _ in 0..<index { try deputy.press("Down") }
        try deputy.press("Enter")
        #expect(deputy.waitFor("Кто заменит: \(lesson.title)"), "\(deputy.screen())")
        try deputy.type(substitute.fullName)
        try deputy.press("Enter")
        #expect(deputy.waitFor("замена, вместо"), "\(deputy.screen())")

        // live refresh: the colleague's screen, open all along, shows the lesson
        #expect(colleague.waitUntil(timeout: 15) { $0.contains("(замена)") }, "\(colleague.screen())")
        let user = try #require(try db.actingUser(login: substitute.login))
        let theirs = try db.lessons(of: user, on: Self.today)
        let position = try #require(theirs.firstIndex { $0.id == lesson.lessonID })
        try colleague.press("Home")
        for _ in 0..<position { try colleague.press("Down") }
        try colleague.press("Enter")
        #expect(colleague.waitFor("Журнал "), "\(colleague.screen())")
        try colleague.type("5")
        let markAuthor = {
            try? db.writer.read { db in
                try String.fetchOne(db, sql: """
                    SELECT a.login FROM audit x JOIN account a ON a.id = x.actor_id
                    WHERE x.table_name = 'mark' AND x.lesson_id = ? ORDER BY x.id DESC LIMIT 1
                    """, arguments: [lesson.lessonID])
            }
        }
        #expect(colleague.waitUntil { _ in markAuthor() == substitute.login }, "\(colleague.screen())")
    }

    /// The deputy gives 5А's Monday first lesson to another teacher from next
    /// Monday: the lessons before keep their teacher, the new week's follow.
    @Test func aCellMovedFromADateLeavesEarlierLessonsWithTheirTeacher() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, tmux) = try DemoTerminal.start(dir)
        defer { tmux.close() }
        let db = try AppDatabase.open(path: path)
        let nextMonday = Self.today.mondayOfWeek.adding(days: 7), lastMonday = Self.today.mondayOfWeek.adding(days: -7)
        let before = try #require(try db.timetableWeek(.schoolClass(code: Self.classCode(db)), on: lastMonday, by: .serverOperator)
            .cells(weekday: 1, number: 1).first)
        let heldBefore = try Self.teacher(db, classCode: Self.classCode(db), on: lastMonday)
        #expect(heldBefore != nil)
        let newTeacher = try #require(try db.timetableChoices(by: .serverOperator).teachers.first { $0.login != before.teacherLogin })

        try DemoTerminal.signIn(tmux, "deputy")
        #expect(tmux.waitFor("[М] Разделы"), "\(tmux.screen())")
        try tmux.type("м")
        try tmux.type("р")
        #expect(tmux.waitFor("Расписание "), "\(tmux.screen())")
        try tmux.press("F2")
        try tmux.type("5А")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Расписание 5А"), "\(tmux.screen())")
        try tmux.press("Enter")
        #expect(tmux.waitFor("5А · пн, 1-й урок"), "\(tmux.screen())")
        try tmux.press("Tab")
        for _ in 0..<40 { try tmux.press("BSpace") }
        try tmux.type(newTeacher.fullName)
        try tmux.press("Tab", "Tab", "Tab")
        for _ in 0..<12 { try tmux.press("BSpace") }
        try tmux.type(nextMonday.iso)
        try tmux.press("Enter")
        #expect(tmux.waitUntil { $0.contains("Расписание изменено") || $0.contains("Сохранить с конфликтом?") }, "\(tmux.screen())")
        if tmux.screen().contains("Сохранить с конфликтом?") { try tmux.press("Right", "Enter") }
        #expect(tmux.waitFor("Расписание изменено с \(nextMonday.russian)"), "\(tmux.screen())")

        #expect(try Self.teacher(db, classCode: Self.classCode(db), on: lastMonday) == heldBefore)
        try db.materializeLessons(through: nextMonday)
        #expect(try Self.teacher(db, classCode: Self.classCode(db), on: nextMonday) == newTeacher.login)
        let after = try db.timetableWeek(.schoolClass(code: Self.classCode(db)), on: nextMonday, by: .serverOperator)
        #expect(after.cells(weekday: 1, number: 1).map(\.teacherLogin) == [newTeacher.login])
    }

    static func classCode(_ db: AppDatabase) throws -> String {
        try #require(try db.timetableChoices(by: .serverOperator).classes.first { $0.name == "5А" }?.code)
    }

    /// The teacher of the class's whole-class lesson 1 on `date`.
    static func teacher(_ db: AppDatabase, classCode: String, on date: SchoolDate) throws -> String? {
        try db.writer.read { db in
            try String.fetchOne(db, sql: """
                SELECT a.login FROM lesson l JOIN account a ON a.id = l.teacher_id JOIN class c ON c.id = l.class_id
                WHERE c.code = ? AND l.day = ? AND l.lesson_number = 1 AND l.group_id IS NULL AND l.cancelled = 0
                """, arguments: [classCode, date])
        }
    }
}
