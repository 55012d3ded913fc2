import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// The journal screens on a TestBackend over `JournalSchool`, today being
/// Wednesday 11 September 2024 at 10:00 unless a test moves the clock.
extension ScreenHarness {
    static func journal(login: String = "ivanova", clock: TestClock = JournalSchool.clock(JournalSchool.wednesday),
                        lockPreviousQuarter: Bool = false, backend: TestBackend = TestBackend()) throws -> ScreenHarness {
        let db = try JournalSchool.database(clock: clock, lockPreviousQuarter: lockPreviousQuarter)
        let h = try ScreenHarness(db: db, backend: backend)
        try h.signInDirectly(login)
        return h
    }

    /// Signed in, with the grid of `lesson`'s class and subject open on it.
    static func grid(_ lesson: String = "today-1", login: String = "ivanova",
                     clock: TestClock = JournalSchool.clock(JournalSchool.wednesday),
                     lockPreviousQuarter: Bool = false, backend: TestBackend = TestBackend()) throws -> ScreenHarness {
        let h = try journal(login: login, clock: clock, lockPreviousQuarter: lockPreviousQuarter, backend: backend)
        try h.open(ClassGridScreen.forLesson(JournalSchool.lessonID(lesson), context: h.context))
        return h
    }

    /// Иванова signed in with other roles: a deputy or an administrator who also teaches.
    static func ivanova(as roles: [Role]) throws -> ScreenHarness {
        var school = JournalSchool.snapshot(today: JournalSchool.wednesday)
        let index = try #require(school.accounts.firstIndex { $0.login == "ivanova" })
        school.accounts[index].roles = roles
        let h = try ScreenHarness(clock: JournalSchool.clock(JournalSchool.wednesday), school: school)
        try h.signInDirectly("ivanova")
        return h
    }

    /// The screen under a home's shortcuts (F7 «Уроки», F8 «Учётки», «Аудит»).
    static func innermost(_ screen: (any Screen)?) -> (any Screen)? {
        if let banner = screen as? InboxBanner { return innermost(banner.inner) }
        return (screen as? ShortcutScreen).map { innermost($0.inner) } ?? screen
    }

    func open(_ screen: any Screen) {
        app.apply(screenEffects: [.push(screen)])
        app.draw()
    }

    var grid: ClassGridScreen? { app.topScreen as? ClassGridScreen }

    /// The screen row of a student in the grid (by surname).
    func gridRow(_ surname: String) -> Int? {
        lines.indices.first { $0 >= 4 && $0 < 18 && lines[$0].contains(surname) }
    }

    /// The grid cell text under the first header that reads `header` in
    /// `headerRow` (2: dates, 3: weekdays, «сег», «отмен»).
    func cell(_ surname: String, under header: String, headerRow: Int = 3) -> String? {
        guard let row = gridRow(surname), let x = column(of: header, inRow: headerRow) else { return nil }
        return String(Array(lines[row])[x..<(x + 5)]).trimmingCharacters(in: .whitespaces)
    }

    func cellStyle(_ surname: String, under header: String, headerRow: Int = 3) -> StyleRole? {
        guard let row = gridRow(surname), let x = column(of: header, inRow: headerRow) else { return nil }
        let text = Array(lines[row])[x..<(x + 5)]
        let offset = text.firstIndex { $0 != " " }.map { $0 - x } ?? 2
        return style(x + offset, row)
    }

    // MARK: The database

    func marks(lesson: String, student: Int) throws -> [Int] {
        try db.lessonSheet(JournalSchool.lessonID(lesson), by: try #require(try db.actingUser(login: "admin")))
            .marks[StudentID(Int64(student))]?.map(\.value) ?? []
    }

    func attendance(lesson: String, student: Int) throws -> AttendanceCode? {
        try db.lessonSheet(JournalSchool.lessonID(lesson), by: try #require(try db.actingUser(login: "admin")))
            .attendance[StudentID(Int64(student))]
    }

    func markCount() throws -> Int {
        try db.snapshot(by: .serverOperator).marks.count
    }
}
