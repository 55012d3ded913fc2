import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import ReadinessMetrics
import TerminalUI
import TestFixtures
import Testing

/// The teacher's «против вас» list is the deputy's drill-down by teacher for
/// her: the same lessons and entries, reason by reason.
@Suite struct TeacherShortfallTests {
    /// Иванова's school on Wednesday with something late: a mark and an
    /// absence put this morning into Monday's first lesson (due Tuesday noon),
    /// and a topic but no entries on Tuesday's first.
    static func school() throws -> AppDatabase {
        let db = try JournalSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday))
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        let monday = try #require(try db.lessons(of: ivanova, on: JournalSchool.wednesday.adding(days: -2)).first)
        try db.addMark(lesson: monday.id, student: StudentID(3), value: try MarkValue(4), by: ivanova)
        try db.setAttendance(lesson: monday.id, student: StudentID(4), code: .absent, by: ivanova)
        let tuesday = try #require(try db.lessons(of: ivanova, on: JournalSchool.wednesday.adding(days: -1)).first)
        try db.setTopic(lesson: tuesday.id, "Сложение", by: ivanova)
        return db
    }

    /// The deputy's way: the dashboard's indicator, Enter, Tab to «по учителям»,
    /// Иванова's row, Enter; what that screen lists.
    static func deputysDrillDown(_ h: ScreenHarness, _ key: IndicatorKey, teacher: AccountID) throws -> [ShortfallItem] {
        while h.app.topScreen is ShortfallScreen || h.app.topScreen is BreakdownScreen { h.press(.escape) }
        let dashboard = try #require(ScreenHarness.innermost(h.app.topScreen) as? ReadinessDashboardScreen)
        let keys = try dashboard.currentReport().report.indicators.map(\.key)
        h.press(.home)
        let position = try #require(keys.firstIndex(of: key))
        for _ in 0..<position { h.press(.down) }
        h.press(.enter)
        let breakdown = try #require(h.app.topScreen as? BreakdownScreen)
        while breakdown.dimension != .teacher { h.press(.tab) }
        let row = try #require(try breakdown.rows().firstIndex { $0.group == .teacher(teacher) })
        h.press(.home)
        for _ in 0..<row { h.press(.down) }
        h.press(.enter)
        return try #require(h.app.topScreen as? ShortfallScreen).items()
    }

    @Test func theTeachersListIsTheDeputysDrillDownForHer() throws {
        let db = try Self.school()
        let teacher = try ScreenHarness(db: db)
        try teacher.signInDirectly("ivanova")
        let deputy = try ScreenHarness(db: db)
        try deputy.signInDirectly("deputy")
        let ivanova = try #require(teacher.context.user).accountID
        let shortfall = try #require((ScreenHarness.innermost(teacher.app.topScreen) as? TodayScreen)?.shortfall)
        #expect(shortfall.groups.map(\.indicator) == [.planning, .journal, .onTime])
        for key in TeacherShortfall.lessonIndicators {
            let mine = shortfall.groups.first { $0.indicator == key }?.items ?? []
            let deputys = try Self.deputysDrillDown(deputy, key, teacher: ivanova)
            #expect(!mine.isEmpty, "\(key)")
            #expect(mine == deputys, "\(key): the teacher sees \(mine.count), the deputy \(deputys.count)")
        }
        // and what each reason means, in her list: a topic is planning, an entry is the journal
        let user = try #require(teacher.context.user)
        let tuesday = try #require(try db.lessons(of: user, on: JournalSchool.wednesday.adding(days: -1)).first)
        #expect(!(shortfall.groups[0].lessons.contains { $0.lesson.id == tuesday.id }))
        #expect(shortfall.groups[1].lessons.contains { $0.lesson.id == tuesday.id })
        #expect(shortfall.groups[2].lessons.map(\.lesson.date) == [JournalSchool.wednesday.adding(days: -2)])
        #expect(shortfall.groups[2].lessons[0].items.count == 2)
    }

    @Test func theScreenGroupsThemUnderTheDrillDownsWords() throws {
        let h = try ScreenHarness(db: try Self.school())
        try h.signInDirectly("ivanova")
        #expect(h.contains("Против вас в отчёте о готовности за 2 четверть (профиль kchr):"))
        h.press(.end)
        #expect(h.contains(" Записи, внесённые позже срока: 2 (уроков: 1)"))
        let late = try #require(h.row(containing: " 1 09.09  5А    Математика"))
        #expect(h.lines[late].contains("позже срока: 2, до 22 ч"))
        #expect(h.style(3, late) == .selected)
        // the drill-down's full line for it underneath, and Enter opens the lesson
        #expect(h.contains("09.09.2024, урок 1, 5А · Математика, Иванова Анна Петровна"))
        h.press(.enter)
        #expect(h.lines[20].contains("пн 09.09.2024 · 1-й урок"))
    }
}
