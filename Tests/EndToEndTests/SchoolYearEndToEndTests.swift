import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Issue 13's «Done when» for the calendar and the plans, in a real terminal
/// on the demo school: the deputy closes a quarter in «Календарь и периоды»
/// and a teacher's mark in it is refused; the КТП check lists a class with no plan.
@Suite(.serialized) struct SchoolYearEndToEndTests {
    /// Signs in and waits for the home.
    static func signIn(_ tmux: TmuxSession, _ login: String, home: String = "[М] Разделы") throws {
        try DemoTerminal.signIn(tmux, login)
        #expect(tmux.waitFor(home), "\(tmux.screen())")
    }

    @Test(.requires(Tools.tmux)) func theDeputyClosesAQuarterAndTheTeachersMarkInItIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, deputy) = try DemoTerminal.start(dir)
        defer { deputy.close() }
        let teacher = try TmuxSession(command: "\(ZhurnalBinary.url.path) --db \(path)")
        defer { teacher.close() }
        #expect(teacher.waitFor("Логин:"), "\(teacher.screen())")
        try Self.signIn(teacher, "teacher", home: "Сегодня")
        try teacher.press("F3")
        #expect(teacher.waitFor("Мои классы"), "\(teacher.screen())")
        try teacher.press("Enter")
        #expect(teacher.waitFor("Журнал "), "\(teacher.screen())")

        // the period the teacher's grid shows, chosen in the calendar's list of periods
        let db = try AppDatabase.open(path: path)
        let current = try #require(try db.currentPeriod(on: JournalSchool.realToday))
        let index = try #require(try db.periodLocks().firstIndex { $0.info.id == current.id })
        try Self.signIn(deputy, "deputy")
        try deputy.type("м")
        try deputy.type("к")
        #expect(deputy.waitFor("Календарь и периоды"), "\(deputy.screen())")
        try deputy.press("Tab")
        for _ in 0..<index { try deputy.press("Down") }
        try deputy.press("F7")
        #expect(deputy.waitFor("Закрыть «\(current.period.name)»?"), "\(deputy.screen())")
        try deputy.press("Right", "Enter")
        #expect(deputy.waitFor("Период «\(current.period.name)» закрыт."), "\(deputy.screen())")
        #expect(try db.periodLocks().first { $0.info.id == current.id }?.info.period.locked == true)

        try teacher.type("5")
        #expect(teacher.waitFor("период «\(current.period.name)» закрыт"), "\(teacher.screen())")
        #expect(try db.auditTrail(filter: .none, by: .serverOperator).contains { $0.tableName == "period" })
    }

    @Test(.requires(Tools.tmux)) func theDeputysCheckListsAClassWithNoPlan() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, deputy) = try DemoTerminal.start(dir)
        defer { deputy.close() }
        let db = try AppDatabase.open(path: path)
        let line = try #require(try db.planOverview(by: .serverOperator).first { $0.grade == 7 && $0.status == .agrees })
        try db.editPlan(line.unit, .replace([]), by: .serverOperator)

        try Self.signIn(deputy, "deputy")
        try deputy.type("м")
        try deputy.type("т")
        #expect(deputy.waitFor("Учебный план и КТП"), "\(deputy.screen())")
        try deputy.press("F3")
        #expect(deputy.waitFor("проверка КТП: расхождений"), "\(deputy.screen())")
        try deputy.type(line.ownerName)
        #expect(deputy.waitUntil { screen in
            screen.split(separator: "\n").contains { $0.contains(line.ownerName) && $0.contains("нет КТП") }
        }, "\(deputy.screen())")

        let check = try ZhurnalBinary.run(["plan", "check", "--format", "json", "--db", path])
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stdout.contains("\"owner\" : \"\(line.ownerName)\""), "\(check.stdout)")
        #expect(check.stdout.contains("\"status\" : \"missing\""), "\(check.stdout)")
    }

    @Test func thePlanImportCommandTakesAGoodFileAndRefusesABadOneWithFileAndLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try AppDatabase.open(path: path, create: true).load(FamilySchool.snapshot(), options: LoadOptions(source: "e2e"))
        let good = dir.path("ktp.csv"), bad = dir.path("bad.csv")
        try "\u{FEFF}№;Тема;Часы\n1;Дроби;2\n2;Проценты;3\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "Дроби;2\n;3\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try ZhurnalBinary.run(["plan", "import", bad, "--class", "5a", "--subject", "math", "--teacher", "ivanova", "--db", path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("bad.csv:2: пустая тема"), "\(refused.stderr)")
        let other = try ZhurnalBinary.run(["plan", "import", good, "--class", "5a", "--subject", "math", "--teacher", "fizruk", "--db", path])
        #expect(other.status == 1)
        #expect(other.stderr.contains("нет прав"), "\(other.stderr)")
        let imported = try ZhurnalBinary.run(["plan", "import", good, "--class", "5a", "--subject", "math", "--teacher", "ivanova", "--db", path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("КТП загружен: тем 2, часов 5."), "\(imported.stdout)")
    }
}
