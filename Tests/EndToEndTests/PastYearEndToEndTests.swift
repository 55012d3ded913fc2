import Foundation
import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing
import TmuxDriver

/// Issue 16's «the new year starts, and the old year's grid opens read-only»:
/// the built binary on a school whose last year is closed, in tmux at 80×24
/// and by `zhurnal report … --period` of last year's quarter.
@Suite(.serialized) struct PastYearEndToEndTests {
    static let lastYear = "2024/2025"
    static let thisYear = "2025/2026"

    /// `JournalSchool` of a hundred days ago in a file, taken through the
    /// year's end as the secretary does it: `zhurnal year close` (forced: the
    /// test school's checklist is not worked down), `year promote` by order
    /// (5А's students go to a new 6А) and `year new` for the next year.
    static func twoYearSchool(_ dir: TemporaryDirectory) throws -> String {
        let path = dir.path("school.sqlite")
        let today = JournalSchool.realToday, oldToday = today.adding(days: -100)
        let db = try AppDatabase.open(path: path, create: true)
        try db.load(JournalSchool.snapshot(today: oldToday), options: LoadOptions(source: "e2e"))
        try db.setPassword(login: "ivanova", to: "весна в школе", by: .serverOperator)
        let closed = try ZhurnalBinary.run(["year", "close", "--force", "--db", path])
        #expect(closed.status == 0, "\(closed.stderr)")
        let yearEnd = try db.promotionProposal(by: .serverOperator).yearEnd
        let promoted = try ZhurnalBinary.run(["year", "promote", "--order", "7", "--date", yearEnd.iso, "--apply", "--db", path])
        #expect(promoted.status == 0, "\(promoted.stderr)")
        let started = try ZhurnalBinary.run(["year", "new", "--year", thisYear, "--db", path])
        #expect(started.status == 0, "\(started.stderr)")
        let years = try db.academicYears().map(\.code)
        #expect(years == [lastYear, thisYear], "\(years) \(started.stdout)")
        return path
    }

    @Test(.requires(Tools.tmux)) func aTeacherOpensLastYearsGridAndAMarkIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try Self.twoYearSchool(dir)
        let marksBefore = try AppDatabase.open(path: path).snapshot(by: .serverOperator).marks.count
        let tmux = try TmuxSession(command: "\(ZhurnalBinary.url.path) --db \(path)")
        defer { tmux.close() }
        #expect(tmux.waitFor("Логин:", timeout: 30), "\(tmux.screen())")
        try tmux.type("ivanova")
        try tmux.press("Enter")
        try tmux.type("весна в школе")
        try tmux.press("Enter")
        #expect(tmux.waitFor("F3"), "\(tmux.screen())")
        try tmux.press("F3")
        #expect(tmux.waitFor("Мои классы"), "\(tmux.screen())")
        try tmux.type("(")   // { on the Russian layout
        #expect(tmux.waitFor("Мои классы · 2024/2025 · только чтение"), "\(tmux.screen())")
        #expect(tmux.waitFor("Математика"), "\(tmux.screen())")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Журнал 5А · Математика · 2 четверть · 2024/2025 · только чтение"), "\(tmux.screen())")
        #expect(tmux.screen().contains("Андреев И. С."))
        try tmux.type("4")
        #expect(tmux.waitFor("2024/2025 учебный год закрыт: изменить можно, когда администратор его откроет"), "\(tmux.screen())")
        try tmux.type("}")
        #expect(tmux.waitFor("Текущий учебный год 2025/2026"), "\(tmux.screen())")
        #expect(try AppDatabase.open(path: path).snapshot(by: .serverOperator).marks.count == marksBefore)
    }

    @Test func aReportOfLastYearsQuarterIsMadeByItsCode() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try Self.twoYearSchool(dir)
        let past = try ZhurnalBinary.run(["report", "marks-count", "--period", "q2", "--format", "json", "--db", path])
        #expect(past.status == 0, "\(past.stderr)")
        #expect(past.stdout.contains("\"from\": \"\(JournalSchool.realToday.adding(days: -120).iso)\""), "\(past.stdout.prefix(600))")
        // last year's class and students, though they are in 6А now
        #expect(past.stdout.contains("{\"class\": \"5А\", \"group\": \"\", \"subject\": \"Математика\""), "\(past.stdout.prefix(600))")
        #expect(past.stdout.contains("\"student\": \"Андреев Илья Сергеевич\", \"marks\": 1"), "\(past.stdout.prefix(900))")
        let unknown = try ZhurnalBinary.run(["report", "marks-count", "--period", "q9", "--format", "json", "--db", path])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("q9"), "\(unknown.stderr)")
    }
}
