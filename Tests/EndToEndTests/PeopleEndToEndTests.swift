import Foundation
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// Issue 13's first «Done when», in a real terminal on the demo school: the
/// secretary transfers a student from 7А to 7Б from a date, and both class
/// grids show it — the old one until the day before, the new one from the date.
@Suite(.serialized) struct PeopleEndToEndTests {
    @Test(.requires(Tools.tmux)) func theSecretaryTransfersAStudentFrom7ATo7BAndBothGridsShowIt() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("demo.sqlite")
        let tmux = try TmuxSession(command: "\(ZhurnalBinary.url.path) demo --db \(path)")
        defer { tmux.close() }
        #expect(tmux.waitFor("Логин:", timeout: 180), "\(tmux.screen())")
        #expect(tmux.screen().contains("secretary"), "the login screen lists the secretary: \(tmux.screen())")

        let db = try AppDatabase.open(path: path)
        let today = try db.schoolToday()
        let directory = try db.peopleDirectory(on: today, by: .serverOperator)
        let from = try #require(directory.classes.first { $0.name == "7А" })
        let to = try #require(directory.classes.first { $0.name == "7Б" })
        let names = Dictionary(grouping: directory.students, by: \.fullName)
        let student = try #require(directory.students.first { $0.classCode == from.code && $0.leftAfter == nil && names[$0.fullName]?.count == 1 })
        let date = Self.nextWorkday(after: today)

        try tmux.type("secretary")
        try tmux.press("Tab")
        try tmux.type("secretary")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Ученики и сотрудники"), "\(tmux.screen())")
        try tmux.type(student.fullName)
        #expect(tmux.waitFor("строк: 1 из"), "\(tmux.screen())")
        try tmux.press("F4")
        #expect(tmux.waitFor("Движение: \(student.fullName)"), "\(tmux.screen())")
        try tmux.type("7Б")
        try tmux.press("Enter", "End")
        for _ in 0..<10 { try tmux.press("BSpace") }
        try tmux.type(date.russian)
        try tmux.press("Enter")
        try tmux.type("№ 101 от \(today.russian)")
        try tmux.press("Enter")
        #expect(tmux.waitFor("переведён(а) в 7Б с \(date.russian)"), "\(tmux.screen())")
        #expect(tmux.waitUntil { Self.line($0, student.fullName)?.contains("7А→7Б") == true }, "\(tmux.screen())")

        let admin = try #require(try db.actingUser(login: "admin"))
        let (subject, period) = try Self.sharedSubjectAndPeriod(db, from.code, to.code, date)
        let oldGrid = try db.classGrid(.wholeClass(try Self.classID(db, from.code)), subject: subject, period: period, by: admin)
        let newGrid = try db.classGrid(.wholeClass(try Self.classID(db, to.code)), subject: subject, period: period, by: admin)
        let inOld = try #require(oldGrid.students.first { $0.fullName == student.fullName })
        let inNew = try #require(newGrid.students.first { $0.fullName == student.fullName })
        #expect(inOld.isEnrolled(on: date.adding(days: -1)) && !inOld.isEnrolled(on: date))
        #expect(!inNew.isEnrolled(on: date.adding(days: -1)) && inNew.isEnrolled(on: date))
    }

    static func line(_ screen: String, _ text: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(text) }.map(String.init)
    }

    /// The next day from Monday to Friday: no entries can be there yet.
    static func nextWorkday(after day: SchoolDate) -> SchoolDate {
        var next = day.adding(days: 1)
        while next.weekday > 5 { next = next.adding(days: 1) }
        return next
    }

    static func classID(_ db: AppDatabase, _ code: String) throws -> ClassID {
        try db.writer.read { try #require(try ClassID.fetchOne($0, sql: "SELECT id FROM class WHERE code = ?", arguments: [code])) }
    }

    /// A subject both classes have, and the shortest period around the date.
    static func sharedSubjectAndPeriod(_ db: AppDatabase, _ a: String, _ b: String, _ date: SchoolDate) throws -> (SubjectID, PeriodID) {
        try db.writer.read { db in
            let subject = try #require(try SubjectID.fetchOne(db, sql: """
                SELECT t.subject_id FROM timetable t JOIN class c ON c.id = t.class_id WHERE c.code = ? AND t.group_id IS NULL
                INTERSECT SELECT t.subject_id FROM timetable t JOIN class c ON c.id = t.class_id WHERE c.code = ? AND t.group_id IS NULL
                """, arguments: [a, b]))
            let period = try #require(try PeriodID.fetchOne(db, sql: """
                SELECT id FROM period WHERE start_day <= ?1 AND end_day >= ?1 ORDER BY end_day - start_day LIMIT 1
                """, arguments: [date]))
            return (subject, period)
        }
    }
}
