import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// The lesson editor shows exactly one focus: where the next key goes.
@Suite struct LessonEditorFocusTests {
    /// The body's rows that show a focus of any kind: a lit row, lit dimly, or
    /// a field being typed into.
    static func focusedRows(_ h: ScreenHarness) -> [Int] {
        let focusStyles: [StyleRole] = [.selected, .selectedInactive, .inputFocused]
        return (2..<21).filter { y in (0..<80).contains { x in h.style(x, y).map(focusStyles.contains) ?? false } }
    }

    @Test func afterF3TheTopicIsTheOnlyFocusAndTheRollIsNotLit() throws {
        let h = try ScreenHarness.grid()
        h.press(.function(2), .function(3))
        let topic = try #require(h.row(containing: "Тема:"))
        #expect(Self.focusedRows(h) == [topic])
        #expect(h.backend.cursor?.y == topic)
        h.type(" и их запись")
        #expect(try h.db.lessonSheet(JournalSchool.lessonID("today-1"), by: try #require(h.context.user)).lesson.topic == "Натуральные числа")
        #expect(h.lines[topic].contains("Натуральные числа и их запись"))
        // Tab to the roll: now a student's row is the one focus, and no cursor blinks in a field
        h.press(.tab, .tab, .tab, .tab)
        let andreev = try #require(h.row(containing: "Андреев Илья"))
        #expect(Self.focusedRows(h) == [andreev])
        #expect(h.backend.cursor == nil)
        // and back up into «урок проведён»: the roll's row goes dark, its cursor is kept
        h.press(.up)
        let held = try #require(h.row(containing: "Проведён:"))
        #expect(Self.focusedRows(h) == [held])
        h.press(.down)
        #expect(Self.focusedRows(h) == [andreev])
    }
}
