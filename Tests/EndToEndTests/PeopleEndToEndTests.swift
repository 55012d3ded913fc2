import Foundation
import GRDB
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
        let (path, tmux) = try DemoTerminal.start(dir, timeout: 180)
        defer { tmux.close() }
        #expect(tmux.screen().contains("secretary"), "the login screen lists the secretary: \(tmux.screen())")

        let db = try AppDatabase.open(path: path)
        let today = try db.schoolToday()
        let directory = try db.peopleDirectory(on: today, by: .serverOperator)
        let from = try #require(directory.classes.first { $0.name == "7А" })
        let to = try #require(directory.classes.first { $0.name == "7Б" })
        let names = Dictionary(grouping: directory.students, by: \.fullName)
        let student = try #require(directory.students.first { $0.classCode == from.code && $0.leftAfter == nil && names[$0.fullName]?.count == 1 })
        let date = Self.nextWorkday(after: today)

        try DemoTerminal.signIn(tmux, "secretary")
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
        #expect(tmux.waitUntil { Self.row($0, student.fullName)?.contains("7А→7Б") == true }, "\(tmux.screen())")

        // both grids, as a teacher of both classes sees them
        let (subject, period) = try Self.sharedSubjectAndPeriod(db, from.code, to.code, date)
        let teacher = try Self.teacher(db, of: subject, in: from.code, to.code)
        try db.setPassword(login: teacher.login, to: "география в школе", by: .serverOperator)
        try tmux.press("F10")
        #expect(tmux.waitFor("Выйти из журнала"), "\(tmux.screen())")
        try tmux.press("Right", "Enter")
        #expect(tmux.waitFor("Логин:"), "\(tmux.screen())")
        try tmux.type(teacher.login)
        try tmux.press("Tab")
        try tmux.type("география в школе")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Сегодня"), "\(tmux.screen())")
        let short = PersonName.short(student.fullName)
        // «·»: a day the student is not in the class (7Б until the date); 7А has them on every day shown
        for (className, notYetIn) in [("7А", false), ("7Б", true)] {
            try tmux.press("F3")
            #expect(tmux.waitFor("Мои классы"), "\(tmux.screen())")
            let lines = tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let first = try #require(lines.firstIndex { $0.contains("│ Класс") }) + 1
            let target = try #require(lines.firstIndex { $0.hasPrefix("│ \(className) ") && $0.contains(teacher.subjectName) && !$0.contains("замены") })
            for _ in 0..<(target - first) { try tmux.press("Down") }
            try tmux.press("Enter")
            #expect(tmux.waitFor("Журнал \(className) · \(teacher.subjectName)"), "\(tmux.screen())")
            #expect(tmux.waitUntil { Self.row($0, short) != nil }, "\(className): \(tmux.screen())")
            #expect(Self.row(tmux.screen(), short)?.contains("·") == notYetIn, "\(className): \(tmux.screen())")
            try tmux.press("Escape")
            #expect(tmux.waitFor("Мои классы"), "\(tmux.screen())")
            try tmux.press("Escape")
            #expect(tmux.waitUntil { !$0.contains("Мои классы") }, "\(tmux.screen())")
        }

        let admin = try #require(try db.actingUser(login: "admin"))
        let oldGrid = try db.classGrid(.wholeClass(try Self.classID(db, from.code)), subject: subject, period: period, by: admin)
        let newGrid = try db.classGrid(.wholeClass(try Self.classID(db, to.code)), subject: subject, period: period, by: admin)
        let inOld = try #require(oldGrid.students.first { $0.fullName == student.fullName })
        let inNew = try #require(newGrid.students.first { $0.fullName == student.fullName })
        #expect(inOld.isEnrolled(on: date.adding(days: -1)) && !inOld.isEnrolled(on: date))
        #expect(!inNew.isEnrolled(on: date.adding(days: -1)) && inNew.isEnrolled(on: date))
    }

    /// A table row holding `text` (not the search line above the table).
    static func row(_ screen: String, _ text: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(text) && !$0.contains("Поиск:") && $0.hasPrefix("│") }.map(String.init)
    }

    /// A teacher of `subject` in both classes, with the subject's name.
    static func teacher(_ db: AppDatabase, of subject: SubjectID, in a: String, _ b: String) throws -> (login: String, subjectName: String) {
        try db.writer.read { db in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT a.login, s.name FROM timetable t JOIN class c ON c.id = t.class_id JOIN account a ON a.id = t.teacher_id
                JOIN subject s ON s.id = t.subject_id
                WHERE t.subject_id = ?1 AND c.code IN (?2, ?3) AND t.group_id IS NULL AND t.valid_to IS NULL
                GROUP BY a.id HAVING count(DISTINCT c.code) = 2 LIMIT 1
                """, arguments: [subject, a, b]))
            return (row["login"], row["name"])
        }
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
                SELECT t.subject_id FROM timetable t JOIN class c ON c.id = t.class_id
                WHERE c.code IN (?1, ?2) AND t.group_id IS NULL AND t.valid_to IS NULL
                GROUP BY t.subject_id, t.teacher_id HAVING count(DISTINCT c.code) = 2 ORDER BY t.subject_id LIMIT 1
                """, arguments: [a, b]))
            let period = try #require(try PeriodID.fetchOne(db, sql: """
                SELECT id FROM period WHERE start_day <= ?1 AND end_day >= ?1 ORDER BY end_day - start_day LIMIT 1
                """, arguments: [date]))
            return (subject, period)
        }
    }
}

/// `zhurnal people slips`: the same slips from the command line.
@Suite struct PeopleSlipsCommandTests {
    @Test(.enabled(if: DocumentReaders.available)) func theCommandWritesTheSlipsOrRefusesAnUnknownClass() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try AppDatabase.open(path: path, create: true).load(FamilySchool.snapshot(), options: LoadOptions(source: "e2e"))
        let out = dir.path("7b.pdf")
        let made = try ZhurnalBinary.run(["people", "slips", "--class", "7b", "--date", "2024-09-03", "--out", out, "--db", path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Реквизиты класса 7Б: 4 листков"))
        let text = try DocumentReaders.pdfText(out)
        for line in ["Ученик: Сидорова Анна", "Ученик: Кузнецов Пётр", "Логин: mama", "Логин: papa"] { #expect(text.contains(line), "\(line)\n\(text)") }
        let unknown = try ZhurnalBinary.run(["people", "slips", "--class", "9ya", "--out", dir.path("x.pdf"), "--db", path])
        #expect(unknown.status != 0 && unknown.stderr.contains("класс «9ya»"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("x.pdf")))
    }
}
