import Foundation
import JournalCore
import JournalScreens
import JournalStore
import ReadinessMetrics
import TerminalUI
import TestFixtures
import Testing

/// The dashboard follows other processes' commits, computes only then (or on
/// F2), and keeps the cursor.
@Suite(.serialized) struct LiveDashboardTests {
    @Test func redrawsAndKeysDoNotComputeAgain() throws {
        let h = try DashboardHarness()
        let first = h.source.total
        #expect(first >= 1)
        for _ in 0..<20 { h.app.draw() }
        h.press(.down, .down, .up, .pageDown, .home, .end)
        h.press(.function(1))
        h.press(.escape)
        #expect(h.source.total == first)
        // a window seen once is not computed again when it comes round
        h.press(.function(3))
        let afterYear = h.source.total
        #expect(afterYear > first)
        for _ in 0..<4 { h.press(.function(3)) }   // round to the year again
        let round = h.source.total
        for _ in 0..<4 { h.press(.function(3)) }
        #expect(h.source.total == round)
        // so are drill-downs
        h.press(.down, .enter)
        let drilled = h.source.total
        h.press(.tab, .tab, .tab, .enter, .escape, .enter, .escape, .escape, .enter)
        let again = h.source.total
        h.press(.escape, .enter, .escape)
        #expect(h.source.total == again)
        #expect(again > drilled)
        // planning by class came with on time by class: one pass for the lesson indicators
        #expect(h.lines[1].contains("Готовность к ББЖ"))
        h.press(.home, .down)
        let before = h.source.breakdowns
        h.press(.enter)
        #expect(h.lines[1].contains("Ведение планирования — по классам"))
        #expect(h.source.breakdowns == before)
    }

    @Test func anotherProcessCommitsAndTheNumberChangesInPlace() throws {
        let h = try DashboardHarness()
        h.press(.down, .down)                // journal
        let before = h.source.reports
        let lesson = try h.lessonWithoutTopic()
        let screenBefore = try #require(h.backend.screen)
        try h.commitElsewhere { db, admin in try db.setTopic(lesson: lesson, "Имя существительное", by: admin) }
        #expect(h.source.reports > before)
        let planning = try #require(h.line(containing: "Ведение планирования"))
        #expect(planning.contains("✓") && planning.contains("100,0 %") && planning.contains("2 / 2"))
        // the cursor stayed on journal: Enter opens it
        let changed = try #require(h.backend.screen).changedCellCount(since: screenBefore)
        #expect(changed < 40, "a refresh that changes one indicator repaints \(changed) cells")
        h.press(.enter)
        #expect(h.lines[1].contains("Ведение журнала — по классам"))
    }

    @Test func nothingIsComputedWhenNobodyCommits() throws {
        let h = try DashboardHarness()
        let before = h.source.total
        for _ in 0..<5 {
            h.app.refreshIfOthersCommitted()
            h.app.draw()
        }
        #expect(h.source.total == before)
    }

    @Test func aCommitSeenDeepInTheDrillDownRefreshesEveryLevel() throws {
        let h = try DashboardHarness()
        h.press(.down, .enter, .enter)       // planning → 5А → the lesson without a topic
        #expect(h.text.contains("Уроки без темы и домашнего задания: 1"))
        let lesson = try h.lessonWithoutTopic()
        try h.commitElsewhere { db, admin in try db.setHomework(lesson: lesson, "№ 15", by: admin) }
        #expect(h.text.contains("Ничего: недобора нет."))
        h.press(.escape)
        #expect(h.text.contains("по школе ✓ 100,0 % (2 / 2)"))
        h.press(.escape)
        #expect(h.line(containing: "Ведение планирования")?.contains("2 / 2") == true)
    }

    @Test func cursorStaysOnTheSameRowWhenTheOrderChanges() throws {
        let h = try DashboardHarness()
        h.press(.down, .enter, .tab)         // planning by teacher: Петров (0/1) first, Иванова (1/1) second
        h.press(.down)
        #expect(h.style(of: "Иванова Анна Петровна") == .selected)
        let lesson = try h.lessonWithoutTopic()
        try h.commitElsewhere { db, admin in try db.setTopic(lesson: lesson, "Части речи", by: admin) }
        // both at 100 % now: sorted by name, Иванова first; the cursor followed her
        #expect(h.style(of: "Иванова Анна Петровна") == .selected)
    }

    @Test func refreshKeyComputesAsOfNow() throws {
        // two minutes, well inside the shared PC's idle lock
        let clock = TestClock(Date(timeIntervalSince1970: TimeInterval(TinySchool.time("2024-09-03T11:59").seconds - 3 * 3600)))
        let h = try DashboardHarness(clock: clock)
        #expect(h.text.contains("на 03.09.2024 11:59"))
        clock.advance(seconds: 120)
        h.app.draw()
        #expect(h.text.contains("на 03.09.2024 11:59"))   // nothing changed: nothing computed
        h.press(.function(2))
        #expect(h.text.contains("на 03.09.2024 12:01"))
        #expect(h.status.contains("Пересчитано на 12:01."))
        // the attendance entered at 12:00:01 is seen now, one second late
        #expect(h.line(containing: "Своевременное ведение журнала")?.contains("1 / 2") == true)
    }
}
