import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Issue 16's «Done when», first line: on a generated school of a whole past
/// year the closing checklist is worked down to empty — the deputy confirms
/// year marks by `zhurnal year marks accept`, fills the forgotten lesson from
/// «Закрытие года» in tmux, the periods are closed by
/// `zhurnal period lock` — and `zhurnal year close` then closes the year
/// without --force.
@Suite(.serialized) struct YearChecklistEndToEndTests {
    static let password = "весна в школе"

    /// A small school whose journal runs the whole year 2025/2026.
    static func school(_ dir: TemporaryDirectory) throws -> String {
        try GeneratedSchool.create(in: dir, "--size", "small", "--start", "2025-09-01", "--weeks", "40")
    }

    /// The checklist's lines per kind, as `zhurnal year check --format json` counts them.
    static func counts(_ path: String) throws -> (status: Int32, counts: [String: Int]) {
        let check = try ZhurnalBinary.run(["year", "check", "--format", "json", "--db", path])
        let object = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let counts = (object?["counts"] as? [String: Int] ?? [:]).filter { $0.value > 0 }
        return (check.status, counts)
    }

    @Test(.requires(Tools.tmux)) func theChecklistOfAGeneratedYearIsWorkedDownToEmptyAndTheYearClosesWithoutForce() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try Self.school(dir)
        let db = try AppDatabase.open(path: path)
        let year = try db.school().academicYear
        #expect(year == "2025/2026")

        // what is left of the generated year: open periods and a forgotten lesson, nothing of the school's making
        let before = try Self.counts(path)
        #expect(before.status == 1)
        #expect(Set(before.counts.keys) == ["open_period", "empty_lessons"], "\(before.counts)")
        let emptyItems = try db.yearEndChecklist(by: .serverOperator).items.filter { $0.kind == .emptyLessons }
        #expect(emptyItems.count == 1, "\(emptyItems.map { $0.text(in: .ru) })")
        let refused = try ZhurnalBinary.run(["year", "close", "--db", path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("нельзя закрыть"), "\(refused.stderr)")

        // 6А's year marks in mathematics not confirmed yet: the deputy confirms the proposals in bulk
        let deputyUser = try #require(try db.actingUser(login: "deputy"))
        let math = try db.planUnit(classCode: "6a", groupCode: nil, subjectCode: "math")
        let yearPeriod = try #require(try db.periodLocks().first { $0.info.period.kind == .year }?.info.id)
        let students = try db.yearMarks(math.owner, subject: math.subject, yearPeriod: yearPeriod, by: deputyUser).grid.students.prefix(3)
        for student in students {
            try db.setFinalMark(student: student.id, subject: math.subject, period: yearPeriod, value: nil, by: deputyUser)
        }
        #expect(try Self.counts(path).counts["year_marks"] == 1)
        let badFilter = try ZhurnalBinary.run(["year", "marks", "accept", "--as", "deputy", "--class", "6a", "--db", path])
        #expect(badFilter.status == 1)
        #expect(badFilter.stderr.contains("вместе с предметом (--subject)"), "\(badFilter.stderr)")
        let accepted = try ZhurnalBinary.run(["year", "marks", "accept", "--as", "deputy", "--class", "6a", "--subject", "math",
                                              "--db", path])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("6А · Математика: подтверждено годовых — 3 из 3."), "\(accepted.stdout)")
        #expect(accepted.stdout.contains("Подтверждено годовых отметок: 3; без предложения осталось учеников: 0."), "\(accepted.stdout)")
        #expect(try Self.counts(path).counts["year_marks"] == nil)

        // the deputy opens the empty lesson from «Закрытие года» and writes its topic
        try db.setPassword(login: "deputy", to: Self.password, by: .serverOperator)
        let deputy = try TmuxSession(command: "\(ZhurnalBinary.url.path) --db \(path)")
        defer { deputy.close() }
        #expect(deputy.waitFor("Логин:"), "\(deputy.screen())")
        try deputy.type("deputy")
        try deputy.press("Tab")
        try deputy.type(Self.password)
        try deputy.press("Enter")
        #expect(deputy.waitFor("[М] Разделы"), "\(deputy.screen())")
        try deputy.type("м")
        #expect(deputy.waitFor("[Г] Закрытие года"), "\(deputy.screen())")
        try deputy.type("г")
        #expect(deputy.waitFor("Закрытие года 2025/2026"), "\(deputy.screen())")
        try deputy.type("уроки")
        #expect(deputy.waitFor("без записей"), "\(deputy.screen())")
        try deputy.press("Enter")
        #expect(deputy.waitFor("Журнал "), "\(deputy.screen())")
        try deputy.press("F3")
        #expect(deputy.waitFor("Enter — сохранить"), "\(deputy.screen())")
        try deputy.type("Повторение изученного за год")
        try deputy.press("Enter")
        #expect(deputy.waitFor("Тема сохранена"), "\(deputy.screen())")
        #expect(try Self.counts(path).counts["empty_lessons"] == nil)

        // the periods of the year are closed by the deputy's command, each one audited
        let open = try db.periodLocks().filter { !$0.info.period.locked && $0.info.period.kind != .year }
        #expect(open.count == before.counts["open_period"])
        for period in open {
            let locked = try ZhurnalBinary.run(["period", "lock", period.info.period.code, "--db", path])
            #expect(locked.status == 0, "\(locked.stderr)")
        }
        #expect(try Self.counts(path).counts["open_period"] == nil)

        let check = try ZhurnalBinary.run(["year", "check", "--db", path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("Мешающих пунктов нет"), "\(check.stdout)")
        let closed = try ZhurnalBinary.run(["year", "close", "--db", path])
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(closed.stdout.contains("Учебный год 2025/2026 закрыт"), "\(closed.stdout)")
        #expect(!closed.stdout.contains("принудительно"), "\(closed.stdout)")
        #expect(try db.yearEndChecklist(by: .serverOperator).closing?.forced == false)
        let audit = try db.auditTrail(filter: .none, by: .serverOperator)
        #expect(audit.filter { $0.tableName == "year_closing" }.count == 1)
        #expect(audit.filter { $0.tableName == "period" }.count >= open.count)
    }
}
