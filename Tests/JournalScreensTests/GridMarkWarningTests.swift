import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// A mark typed where it is unusual (the student missed the lesson, the final
/// mark for the period is given) gets a word first, once per cell; the next
/// press puts it. An ordinary cell takes its mark at once.
@Suite struct GridMarkWarningTests {
    @Test func aMarkOverAnAbsenceIsWarnedOnceThenPut() throws {
        let h = try ScreenHarness.grid()
        h.press(.character("н"), .up)
        #expect(h.grid?.selectedCell?.student == StudentID(1))
        h.press(.character("4"))
        #expect(try h.marks(lesson: "today-1", student: 1).isEmpty)
        #expect(h.status.contains("В клетке «н»: ученика не было на уроке. Чтобы поставить 4, нажмите 4 ещё раз."))
        #expect(h.style(1, 22) == .warning)
        #expect(h.grid?.selectedCell?.student == StudentID(1))   // still there, for the second press
        h.press(.character("4"))
        #expect(try h.marks(lesson: "today-1", student: 1) == [4])
        #expect(h.status.contains("Сохранено."))
        #expect(h.grid?.selectedCell?.student == StudentID(2))
        // once per cell: the next mark there goes in at once
        h.press(.up, .character("5"))
        #expect(try h.marks(lesson: "today-1", student: 1) == [4, 5])
        // and an ordinary cell never waits
        h.press(.character("3"))
        #expect(try h.marks(lesson: "today-1", student: 2) == [3])
    }

    @Test func aMarkAfterThePeriodsFinalMarkIsWarnedOnceThenPut() throws {
        let h = try ScreenHarness.grid()
        let ivanova = try #require(h.context.user)
        try h.db.setFinalMark(student: StudentID(1), subject: SubjectID(1), period: PeriodID(1), value: .mark(5), by: ivanova)
        h.press(.character("["))   // the past quarter, on its last lesson
        #expect(h.lines[1].contains("1 четверть"))
        let lesson = try #require(h.grid?.selectedCell?.lesson)
        h.press(.character("3"))
        #expect(h.status.contains("Итоговая за 1 четверть уже стоит: 5. Чтобы поставить 3, нажмите 3 ещё раз."))
        let admin = try #require(try h.db.actingUser(login: "admin"))
        let marks = { try h.db.lessonSheet(lesson, by: admin).marks[StudentID(1)]?.map(\.value) ?? [] }
        #expect(try marks().isEmpty)
        h.press(.character("3"))
        #expect(try marks() == [3])
        // Борисова has no final mark: hers goes in at once
        #expect(h.grid?.selectedCell?.student == StudentID(2))
        h.press(.character("4"))
        #expect(try h.db.lessonSheet(lesson, by: admin).marks[StudentID(2)]?.map(\.value) == [4])
    }
}
