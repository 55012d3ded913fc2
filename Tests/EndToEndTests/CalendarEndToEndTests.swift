import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// The deputy makes today a holiday from the command line while a teacher has
/// «Сегодня» open in another process: her three lessons leave the screen, the
/// readiness report stops counting them, and the calendar lists the day.
@Suite(.serialized) struct CalendarEndToEndTests {
    @Test(.requires(Tools.tmux)) func aHolidaySetFromTheCommandLineTakesTodaysLessonsOffTodayAndOutOfReadiness() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try JournalEndToEndTests.school(in: dir)
        let today = JournalSchool.realToday
        #expect(try plannedLessons(path, today) == 3)

        let tmux = try JournalEndToEndTests.signInTeacher(path)
        defer { tmux.close() }

        let set = try ZhurnalBinary.run(["calendar", "set", today.iso, "holiday", "--note", "Праздник", "--db", path])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("\(today.russian) — нерабочий день"))
        #expect(set.stdout.contains("уроков отменено: 3"))

        #expect(tmux.waitFor("Сегодня у вас уроков нет."), "\(tmux.screen())")
        #expect(!tmux.screen().contains("уроков: 3"))
        #expect(try plannedLessons(path, today) == 0)
        let list = try ZhurnalBinary.run(["calendar", "list", "--from", today.iso, "--to", today.iso, "--db", path])
        #expect(list.stdout.contains("\(today.russian)") && list.stdout.contains("нерабочий день") && list.stdout.contains("Праздник"))
    }

    /// The denominator of `planning` for today, as `zhurnal report readiness` prints it in JSON.
    private func plannedLessons(_ path: String, _ today: SchoolDate) throws -> Int? {
        let report = try ZhurnalBinary.run(["report", "readiness", "--from", today.iso, "--to", today.iso, "--as-of", today.iso,
                                            "--profile", "kchr", "--format", "json", "--db", path])
        #expect(report.status == 0, "\(report.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let indicators = json?["indicators"] as? [[String: Any]]
        return indicators?.first { $0["key"] as? String == "planning" }?["denominator"] as? Int
    }
}
